package de.gemeinsinn.search;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/** Writes index changes to {@code search.outbox}; {@code OutboxTailer} applies them. */
@Component
class OutboxSearchIndexer implements SearchIndexer {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    OutboxSearchIndexer(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Override
    @Transactional
    public void upsert(SearchDocument document) {
        jdbc.sql("INSERT INTO search.outbox (doc_key, operation, payload) VALUES (?, 'UPSERT', CAST(? AS jsonb))")
                .params(document.key(), json.writeValueAsString(document))
                .update();
    }

    @Override
    @Transactional
    public void delete(String type, String id) {
        jdbc.sql("INSERT INTO search.outbox (doc_key, operation) VALUES (?, 'DELETE')")
                .params(type + ":" + id)
                .update();
    }
}
