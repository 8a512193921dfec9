package de.gemeinsinn.search.index;

import de.gemeinsinn.search.SearchDocument;
import de.gemeinsinn.search.engine.LuceneIndex;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Applies {@code search.outbox} rows to this instance's index, in id order, every 500 ms. The
 * last applied id is committed with the index, so a restart resumes there.
 *
 * <p>Identity values are handed out at insert but become visible at commit, so a row with a
 * smaller id can appear after a larger one was applied. Missing ids are therefore remembered as
 * gaps and re-read for {@link #GAP_TIMEOUT}; after that they are taken to be rolled back.
 */
@Component
public class OutboxTailer {

    static final int BATCH = 1_000;
    static final Duration GAP_TIMEOUT = Duration.ofSeconds(30);
    static final int MAX_GAPS = 10_000;

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final LuceneIndex index;
    private final Map<Long, Instant> gaps = new HashMap<>();

    public OutboxTailer(JdbcClient jdbc, JsonMapper json, LuceneIndex index) {
        this.jdbc = jdbc;
        this.json = json;
        this.index = index;
    }

    record Row(long id, String docKey, String operation, String payload) {}

    /** Applies all pending rows; returns how many. Does nothing before the first rebuild. */
    @Scheduled(fixedDelay = 500, initialDelay = 500)
    public int poll() {
        synchronized (index.writeLock()) {
            OptionalLong last = index.lastOutboxId();
            if (last.isEmpty()) {
                return 0;
            }
            int applied = 0;
            List<Row> rows;
            long position = last.getAsLong();
            do {
                rows = pending(position);
                for (Row row : rows) {
                    noteGaps(position, row.id());
                    apply(row);
                    gaps.remove(row.id());
                    position = Math.max(position, row.id());
                }
                applied += rows.size();
                if (!rows.isEmpty()) {
                    index.commit(position);
                }
            } while (rows.size() == BATCH);
            Instant expiry = Instant.now().minus(GAP_TIMEOUT);
            gaps.values().removeIf(seen -> seen.isBefore(expiry));
            return applied;
        }
    }

    private List<Row> pending(long position) {
        String gapFilter = gaps.isEmpty()
                ? ""
                : " OR id IN (" + gaps.keySet().stream().map(String::valueOf).collect(Collectors.joining(",")) + ")";
        return jdbc.sql("SELECT id, doc_key, operation, payload::text AS payload FROM search.outbox WHERE id > ?"
                        + gapFilter + " ORDER BY id LIMIT " + BATCH)
                .param(position)
                .query((rs, n) -> new Row(
                        rs.getLong("id"), rs.getString("doc_key"), rs.getString("operation"), rs.getString("payload")))
                .list();
    }

    private void noteGaps(long position, long id) {
        Instant now = Instant.now();
        for (long missing = position + 1; missing < id && gaps.size() < MAX_GAPS; missing++) {
            gaps.putIfAbsent(missing, now);
        }
    }

    private void apply(Row row) {
        if ("DELETE".equals(row.operation())) {
            index.delete(row.docKey());
        } else {
            index.upsert(json.readValue(row.payload(), SearchDocument.class));
        }
    }
}
