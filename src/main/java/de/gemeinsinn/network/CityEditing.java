package de.gemeinsinn.network;

import de.gemeinsinn.network.CityViews.QuartierItem;
import de.gemeinsinn.search.SearchIndexer;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Saves city profiles with optimistic locking and re-indexes them in the same transaction. */
@Service
class CityEditing {

    enum Outcome {
        SAVED,
        CONFLICT
    }

    private final JdbcClient jdbc;
    private final CitySearchDocuments documents;
    private final SearchIndexer indexer;

    CityEditing(JdbcClient jdbc, CitySearchDocuments documents, SearchIndexer indexer) {
        this.jdbc = jdbc;
        this.documents = documents;
        this.indexer = indexer;
    }

    @Transactional
    Outcome save(String slug, CityEditForm form) {
        UUID id = jdbc.sql("""
                        UPDATE network.city
                           SET profile = :profile, office_name = :officeName, office_email = :officeEmail,
                               office_phone = :officePhone, focus_topics = string_to_array(:topics, '|'),
                               member_since = :memberSince, version = version + 1
                         WHERE slug = :slug AND version = :version
                        RETURNING id
                        """)
                .param("profile", nullToEmpty(form.profile()).strip())
                .param("officeName", form.officeName().strip())
                .param("officeEmail", form.officeEmail().strip())
                .param("officePhone", nullToEmpty(form.officePhone()).strip())
                .param("topics", String.join("|", form.topicList()))
                .param("memberSince", form.memberSinceYear())
                .param("slug", slug)
                .param("version", form.versionNumber())
                .query(UUID.class)
                .optional()
                .orElse(null);
        if (id == null) {
            return Outcome.CONFLICT;
        }
        syncQuartiere(id, form.quartierList());
        documents.forCity(slug).ifPresent(indexer::upsert);
        return Outcome.SAVED;
    }

    /** Removes Quartiere no longer listed and adds or updates the others; ids of kept ones stay. */
    private void syncQuartiere(UUID cityId, List<QuartierItem> quartiere) {
        String[] names = quartiere.stream().map(QuartierItem::name).toArray(String[]::new);
        jdbc.sql("DELETE FROM network.quartier WHERE city_id = ? AND NOT (name = ANY (?))")
                .params(cityId, names)
                .update();
        int position = 0;
        for (QuartierItem q : quartiere) {
            jdbc.sql("""
                            INSERT INTO network.quartier (city_id, district, name, position) VALUES (?, ?, ?, ?)
                            ON CONFLICT (city_id, name) DO UPDATE SET district = EXCLUDED.district,
                                                                      position = EXCLUDED.position
                            """).params(cityId, q.district(), q.name(), position++).update();
        }
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
