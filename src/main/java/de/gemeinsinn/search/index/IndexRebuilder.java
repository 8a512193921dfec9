package de.gemeinsinn.search.index;

import de.gemeinsinn.search.SearchDocument;
import de.gemeinsinn.search.SearchSource;
import de.gemeinsinn.search.engine.LuceneIndex;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Rebuilds the index from every {@link SearchSource}. The outbox position is read first, so every
 * change after it is applied again by the {@link OutboxTailer} afterwards (upserts are
 * idempotent). Runs at startup when the index is new, or older than the outbox retention.
 */
@Component
public class IndexRebuilder {

    private static final Logger log = LoggerFactory.getLogger(IndexRebuilder.class);

    private final List<SearchSource> sources;
    private final LuceneIndex index;
    private final JdbcClient jdbc;

    IndexRebuilder(List<SearchSource> sources, LuceneIndex index, JdbcClient jdbc) {
        this.sources = sources;
        this.index = index;
        this.jdbc = jdbc;
    }

    @EventListener(ApplicationReadyEvent.class)
    void rebuildIfNeeded() {
        Instant horizon = Instant.now().minus(OutboxPruner.RETENTION).plus(Duration.ofHours(1));
        if (index.lastOutboxId().isEmpty() || index.committedAt().isBefore(horizon)) {
            rebuild();
        }
    }

    /** Replaces the whole index; returns the number of documents indexed. */
    public int rebuild() {
        synchronized (index.writeLock()) {
            long start = jdbc.sql("SELECT coalesce(max(id), 0) FROM search.outbox")
                    .query(Long.class)
                    .single();
            index.deleteAll();
            int count = 0;
            for (SearchSource source : sources) {
                try (Stream<SearchDocument> documents = source.documents()) {
                    Iterator<SearchDocument> it = documents.iterator();
                    while (it.hasNext()) {
                        index.upsert(it.next());
                        count++;
                    }
                }
            }
            index.commit(start);
            log.info(
                    "Search index rebuilt: {} documents from {} sources, outbox position {}",
                    count,
                    sources.size(),
                    start);
            return count;
        }
    }
}
