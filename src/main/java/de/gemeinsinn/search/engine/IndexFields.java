package de.gemeinsinn.search.engine;

/** Names of the Lucene fields and which analyzer fills them. */
final class IndexFields {

    /** {@code type:id}, the unique key for updates and deletes. */
    static final String KEY = "key";

    static final String TYPE = "type";
    static final String ID = "id";
    static final String URL = "url";
    static final String CITY = "city";
    static final String CITY_NAME = "cityName";
    static final String REGION = "region";
    static final String LAT = "lat";
    static final String LON = "lon";
    static final String DATE = "date";

    /** Who may find the document: {@link #PUBLIC} or the document's audience keys. */
    static final String AUDIENCE = "audience";

    static final String PUBLIC = "public";

    /** Point and doc values for distance filter and sort. */
    static final String GEO = "geo";

    /** Analysed with {@link GermanAnalysis#exact()}, stored with offsets for highlighting. */
    static final String TITLE = "title";

    static final String TEXT = "text";
    static final String TAGS = "tags";

    /** Title, text and tags, decompounded with {@link GermanAnalysis#compound()}. */
    static final String PARTS = "parts";

    /** Title and text as lower-cased words, with {@link GermanAnalysis#spelling()}. */
    static final String SPELL = "spell";

    private IndexFields() {}
}
