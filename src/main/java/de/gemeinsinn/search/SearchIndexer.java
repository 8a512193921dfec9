package de.gemeinsinn.search;

/**
 * Queues index changes in the search outbox, inside the caller's transaction: when the
 * caller's write commits, every instance picks the change up within seconds; when it rolls
 * back, nothing happens.
 */
public interface SearchIndexer {

    void upsert(SearchDocument document);

    void delete(String type, String id);
}
