package de.gemeinsinn.search.engine;

import static de.gemeinsinn.search.engine.IndexFields.*;

import de.gemeinsinn.search.SearchDocument;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LatLonDocValuesField;
import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;

/** Turns a {@link SearchDocument} into a Lucene document; the only place that knows both. */
final class DocumentMapper {

    /** Facet dimensions, in the order the API reports them. */
    static final String[] FACET_DIMENSIONS = {TYPE, CITY, REGION};

    /** Stored, tokenised, with offsets in the postings so highlighting needs no re-analysis. */
    private static final FieldType HIGHLIGHTABLE = new FieldType(TextField.TYPE_STORED);

    static {
        HIGHLIGHTABLE.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        HIGHLIGHTABLE.freeze();
    }

    private final FacetsConfig facets = new FacetsConfig();

    FacetsConfig facetsConfig() {
        return facets;
    }

    Document toLucene(SearchDocument d) {
        Document doc = new Document();
        doc.add(new StringField(KEY, d.key(), Field.Store.NO));
        doc.add(new StringField(TYPE, d.type(), Field.Store.YES));
        doc.add(new StoredField(ID, d.id()));
        doc.add(new StoredField(URL, d.url()));
        doc.add(new Field(TITLE, d.title(), HIGHLIGHTABLE));
        doc.add(new Field(TEXT, d.text(), HIGHLIGHTABLE));
        String tags = String.join(", ", d.tags());
        doc.add(new TextField(TAGS, tags, Field.Store.YES));
        doc.add(new TextField(PARTS, d.title() + "\n" + d.text() + "\n" + tags, Field.Store.NO));
        if (d.isPublic()) {
            doc.add(new StringField(AUDIENCE, PUBLIC, Field.Store.NO));
            // did-you-mean and completions come from this field: internal words must not leak
            doc.add(new TextField(SPELL, d.title() + "\n" + d.text() + "\n" + tags, Field.Store.NO));
        } else {
            d.audience().forEach(key -> doc.add(new StringField(AUDIENCE, key, Field.Store.NO)));
        }
        doc.add(new SortedSetDocValuesFacetField(TYPE, d.type()));
        if (d.citySlug() != null) {
            doc.add(new StringField(CITY, d.citySlug(), Field.Store.YES));
            doc.add(new SortedSetDocValuesFacetField(CITY, d.citySlug()));
        }
        if (d.cityName() != null) {
            doc.add(new StoredField(CITY_NAME, d.cityName()));
        }
        if (d.region() != null) {
            doc.add(new StringField(REGION, d.region(), Field.Store.YES));
            doc.add(new SortedSetDocValuesFacetField(REGION, d.region()));
        }
        if (d.lat() != null && d.lon() != null) {
            doc.add(new LatLonPoint(GEO, d.lat(), d.lon()));
            doc.add(new LatLonDocValuesField(GEO, d.lat(), d.lon()));
            doc.add(new StoredField(LAT, d.lat()));
            doc.add(new StoredField(LON, d.lon()));
        }
        if (d.date() != null) {
            doc.add(new StoredField(DATE, d.date().toEpochMilli()));
        }
        try {
            return facets.build(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
