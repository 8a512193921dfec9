package de.gemeinsinn.search;

import java.util.stream.Stream;

/** A module's complete set of searchable documents, read from PostgreSQL for a rebuild. */
public interface SearchSource {

    /** The document type this source provides, e.g. {@code city}. */
    String type();

    /** All current documents of this type; the caller closes the stream. */
    Stream<SearchDocument> documents();
}
