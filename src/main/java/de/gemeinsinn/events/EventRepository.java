package de.gemeinsinn.events;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Events in {@code events.event}. */
@Repository
class EventRepository {

    static final String COLUMNS = """
            e.id, e.slug, e.title, e.description_markdown, e.description_html, e.programme_markdown,
            e.programme_html, e.starts_at, e.ends_at, e.city_slug, e.region_code, e.venue_name,
            e.venue_address, e.venue_postcode, e.venue_city, e.venue_accessibility, e.venue_lat,
            e.venue_lon, e.organiser_name, e.image_id, e.image_alt, e.registration_enabled, e.capacity,
            e.per_city_quota, e.registration_opens_at, e.registration_closes_at, e.status,
            e.ical_sequence, e.created_by, e.updated_at, e.version
            """;

    private final JdbcClient jdbc;

    EventRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Event> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM events.event e WHERE e.id = ?")
                .param(id)
                .query(EventRepository::map)
                .optional();
    }

    Optional<Event> findBySlug(String slug) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM events.event e WHERE e.slug = ?")
                .param(slug)
                .query(EventRepository::map)
                .optional();
    }

    boolean slugExists(String slug) {
        return jdbc.sql("SELECT count(*) FROM events.event WHERE slug = ?")
                        .param(slug)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    boolean exists(UUID id) {
        return jdbc.sql("SELECT count(*) FROM events.event WHERE id = ?")
                        .param(id)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    /** Events filtered; every argument may be null. Ordered by start. */
    List<Event> list(EventFilter f, int limit, int offset) {
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM events.event e WHERE true");
        List<Object> params = new ArrayList<>();
        where(f, sql, params);
        sql.append(f.descending() ? " ORDER BY e.starts_at DESC, e.slug" : " ORDER BY e.starts_at, e.slug");
        sql.append(" LIMIT ? OFFSET ?");
        params.add(limit);
        params.add(offset);
        return jdbc.sql(sql.toString())
                .params(params)
                .query(EventRepository::map)
                .list();
    }

    int count(EventFilter f) {
        StringBuilder sql = new StringBuilder("SELECT count(*) FROM events.event e WHERE true");
        List<Object> params = new ArrayList<>();
        where(f, sql, params);
        return jdbc.sql(sql.toString()).params(params).query(Integer.class).single();
    }

    private static void where(EventFilter f, StringBuilder sql, List<Object> params) {
        if (f.from() != null) {
            sql.append(" AND e.ends_at >= ?");
            params.add(ts(f.from()));
        }
        if (f.to() != null) {
            sql.append(" AND e.starts_at < ?");
            params.add(ts(f.to()));
        }
        if (f.regionCode() != null) {
            // a region's events: its network events and the events of its cities
            sql.append(" AND (e.region_code = ?");
            params.add(f.regionCode());
            if (!f.regionCities().isEmpty()) {
                sql.append(" OR e.city_slug = ANY (?)");
                params.add(f.regionCities().toArray(String[]::new));
            }
            sql.append(")");
        }
        if (f.citySlug() != null) {
            sql.append(" AND e.city_slug = ?");
            params.add(f.citySlug());
        }
        if (f.networkOnly()) {
            sql.append(" AND e.city_slug IS NULL");
        }
    }

    List<Event> all() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM events.event e ORDER BY e.starts_at")
                .query(EventRepository::map)
                .list();
    }

    void insert(Event e) {
        jdbc.sql("""
                        INSERT INTO events.event (id, slug, title, description_markdown, description_html,
                            programme_markdown, programme_html, starts_at, ends_at, city_slug, region_code,
                            venue_name, venue_address, venue_postcode, venue_city, venue_accessibility,
                            venue_lat, venue_lon, organiser_name, image_id, image_alt, registration_enabled,
                            capacity, per_city_quota, registration_opens_at, registration_closes_at, status,
                            ical_sequence, created_by)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?)
                        """)
                .params(
                        e.id(),
                        e.slug(),
                        e.title(),
                        e.descriptionMarkdown(),
                        e.descriptionHtml(),
                        e.programmeMarkdown(),
                        e.programmeHtml(),
                        ts(e.startsAt()),
                        ts(e.endsAt()),
                        e.citySlug(),
                        e.regionCode(),
                        e.venue().name(),
                        e.venue().address(),
                        e.venue().postcode(),
                        e.venue().city(),
                        e.venue().accessibility(),
                        e.venue().lat(),
                        e.venue().lon(),
                        e.organiserName(),
                        e.imageId(),
                        e.imageAlt(),
                        e.registrationEnabled(),
                        e.capacity(),
                        e.perCityQuota(),
                        ts(e.registrationOpensAt()),
                        ts(e.registrationClosesAt()),
                        e.cancelled() ? "CANCELLED" : "SCHEDULED",
                        e.createdBy())
                .update();
    }

    /**
     * Updates everything but id and slug; bumps the iCalendar sequence. Optimistic: false when the
     * version changed meanwhile.
     */
    boolean update(Event e) {
        return jdbc.sql("""
                        UPDATE events.event SET title = ?, description_markdown = ?, description_html = ?,
                            programme_markdown = ?, programme_html = ?, starts_at = ?, ends_at = ?,
                            city_slug = ?, region_code = ?, venue_name = ?, venue_address = ?,
                            venue_postcode = ?, venue_city = ?, venue_accessibility = ?, venue_lat = ?,
                            venue_lon = ?, organiser_name = ?, image_id = ?, image_alt = ?,
                            registration_enabled = ?, capacity = ?, per_city_quota = ?,
                            registration_opens_at = ?, registration_closes_at = ?, status = ?,
                            ical_sequence = ical_sequence + 1, updated_at = now(), version = version + 1
                         WHERE id = ? AND version = ?
                        """)
                        .params(
                                e.title(),
                                e.descriptionMarkdown(),
                                e.descriptionHtml(),
                                e.programmeMarkdown(),
                                e.programmeHtml(),
                                ts(e.startsAt()),
                                ts(e.endsAt()),
                                e.citySlug(),
                                e.regionCode(),
                                e.venue().name(),
                                e.venue().address(),
                                e.venue().postcode(),
                                e.venue().city(),
                                e.venue().accessibility(),
                                e.venue().lat(),
                                e.venue().lon(),
                                e.organiserName(),
                                e.imageId(),
                                e.imageAlt(),
                                e.registrationEnabled(),
                                e.capacity(),
                                e.perCityQuota(),
                                ts(e.registrationOpensAt()),
                                ts(e.registrationClosesAt()),
                                e.cancelled() ? "CANCELLED" : "SCHEDULED",
                                e.id(),
                                e.version())
                        .update()
                == 1;
    }

    List<UUID> organisers(UUID eventId) {
        return jdbc.sql("SELECT person_id FROM events.organiser WHERE event_id = ? ORDER BY person_id")
                .param(eventId)
                .query(UUID.class)
                .list();
    }

    boolean isOrganiser(UUID eventId, UUID personId) {
        return jdbc.sql("SELECT count(*) FROM events.organiser WHERE event_id = ? AND person_id = ?")
                        .params(eventId, personId)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    void addOrganiser(UUID eventId, UUID personId) {
        jdbc.sql("INSERT INTO events.organiser (event_id, person_id) VALUES (?, ?) ON CONFLICT DO NOTHING")
                .params(eventId, personId)
                .update();
    }

    void removeOrganiser(UUID eventId, UUID personId) {
        jdbc.sql("DELETE FROM events.organiser WHERE event_id = ? AND person_id = ?")
                .params(eventId, personId)
                .update();
    }

    /** Events the person is named organiser of. */
    List<UUID> organisedBy(UUID personId) {
        return jdbc.sql("SELECT event_id FROM events.organiser WHERE person_id = ?")
                .param(personId)
                .query(UUID.class)
                .list();
    }

    void removeOrganiser(UUID personId) {
        jdbc.sql("DELETE FROM events.organiser WHERE person_id = ?")
                .param(personId)
                .update();
    }

    static Timestamp ts(Instant i) {
        return i == null ? null : Timestamp.from(i);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    static Event map(ResultSet rs, int row) throws SQLException {
        Double lat = rs.getObject("venue_lat", Double.class);
        Double lon = rs.getObject("venue_lon", Double.class);
        Integer quota = rs.getObject("per_city_quota", Integer.class);
        return new Event(
                rs.getObject("id", UUID.class),
                rs.getString("slug"),
                rs.getString("title"),
                rs.getString("description_markdown"),
                rs.getString("description_html"),
                rs.getString("programme_markdown"),
                rs.getString("programme_html"),
                instant(rs, "starts_at"),
                instant(rs, "ends_at"),
                rs.getString("city_slug"),
                rs.getString("region_code"),
                new Venue(
                        rs.getString("venue_name"),
                        rs.getString("venue_address"),
                        rs.getString("venue_postcode"),
                        rs.getString("venue_city"),
                        rs.getString("venue_accessibility"),
                        lat,
                        lon),
                rs.getString("organiser_name"),
                rs.getObject("image_id", UUID.class),
                rs.getString("image_alt"),
                rs.getBoolean("registration_enabled"),
                rs.getInt("capacity"),
                quota,
                instant(rs, "registration_opens_at"),
                instant(rs, "registration_closes_at"),
                "CANCELLED".equals(rs.getString("status")),
                rs.getInt("ical_sequence"),
                rs.getObject("created_by", UUID.class),
                instant(rs, "updated_at"),
                rs.getInt("version"));
    }

    static OffsetDateTime utc(Instant i) {
        return i == null ? null : i.atOffset(ZoneOffset.UTC);
    }
}
