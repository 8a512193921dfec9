package de.gemeinsinn.events;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Registrations in {@code events.registration}; status changes only through {@link Allocation}. */
@Repository
class RegistrationRepository {

    static final String COLUMNS = """
            r.id, r.event_id, r.name, r.email, r.city_slug, r.organisation, r.accessibility_needs,
            r.dietary_wishes, r.show_in_list, r.consent_version, r.consented_at, r.person_id, r.status,
            r.queue_no, r.checked_in_at, r.created_at
            """;

    private final JdbcClient jdbc;

    RegistrationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Registration> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM events.registration r WHERE r.id = ?")
                .param(id)
                .query(RegistrationRepository::map)
                .optional();
    }

    /** The registration of this address that is not cancelled. */
    Optional<Registration> activeByEmail(UUID eventId, String email) {
        return jdbc.sql(
                        "SELECT " + COLUMNS
                                + " FROM events.registration r WHERE r.event_id = ? AND r.email_key = ? AND r.status <> 'CANCELLED'")
                .params(eventId, Registration.emailKey(email))
                .query(RegistrationRepository::map)
                .optional();
    }

    Optional<Registration> activeByPerson(UUID eventId, UUID personId) {
        return jdbc.sql("SELECT " + COLUMNS
                        + " FROM events.registration r WHERE r.event_id = ? AND r.person_id = ?"
                        + " AND r.status IN ('CONFIRMED', 'WAITLISTED') ORDER BY r.queue_no LIMIT 1")
                .params(eventId, personId)
                .query(RegistrationRepository::map)
                .optional();
    }

    List<Registration> byStatus(UUID eventId, RegistrationStatus status) {
        return jdbc.sql(
                        "SELECT " + COLUMNS
                                + " FROM events.registration r WHERE r.event_id = ? AND r.status = ? ORDER BY r.queue_no, r.created_at")
                .params(eventId, status.name())
                .query(RegistrationRepository::map)
                .list();
    }

    /** For organisers: filtered list, arrival order. */
    List<Registration> list(UUID eventId, RegistrationStatus status, String citySlug, String query) {
        StringBuilder sql = new StringBuilder(
                "SELECT " + COLUMNS + " FROM events.registration r WHERE r.event_id = ? AND r.status <> 'PENDING'");
        List<Object> params = new ArrayList<>();
        params.add(eventId);
        if (status != null) {
            sql.append(" AND r.status = ?");
            params.add(status.name());
        }
        if (citySlug != null) {
            sql.append(" AND r.city_slug = ?");
            params.add(citySlug);
        }
        if (query != null && !query.isBlank()) {
            sql.append(" AND (r.name ILIKE ? OR r.email ILIKE ? OR r.organisation ILIKE ?)");
            String like =
                    "%" + query.trim().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            params.add(like);
            params.add(like);
            params.add(like);
        }
        sql.append(" ORDER BY CASE r.status WHEN 'CONFIRMED' THEN 0 WHEN 'WAITLISTED' THEN 1 ELSE 2 END,"
                + " r.queue_no NULLS LAST, r.created_at");
        return jdbc.sql(sql.toString())
                .params(params)
                .query(RegistrationRepository::map)
                .list();
    }

    /** Confirmed participants who agreed to be shown, by name. */
    List<Registration> publicParticipants(UUID eventId) {
        return jdbc.sql("SELECT " + COLUMNS
                        + " FROM events.registration r WHERE r.event_id = ? AND r.status = 'CONFIRMED'"
                        + " AND r.show_in_list ORDER BY lower(r.name)")
                .param(eventId)
                .query(RegistrationRepository::map)
                .list();
    }

    Counts counts(UUID eventId) {
        return jdbc.sql("""
                        SELECT count(*) FILTER (WHERE status = 'CONFIRMED') AS confirmed,
                               count(*) FILTER (WHERE status = 'WAITLISTED') AS waitlisted,
                               count(*) FILTER (WHERE status = 'CANCELLED') AS cancelled,
                               count(*) FILTER (WHERE status = 'CONFIRMED' AND checked_in_at IS NOT NULL) AS present
                          FROM events.registration WHERE event_id = ?
                        """)
                .param(eventId)
                .query((rs, n) -> new Counts(
                        rs.getInt("confirmed"), rs.getInt("waitlisted"), rs.getInt("cancelled"), rs.getInt("present")))
                .single();
    }

    /** 1-based place on the waiting list, or null when not waitlisted. */
    Integer waitlistPosition(Registration r) {
        if (r.status() != RegistrationStatus.WAITLISTED || r.queueNo() == null) {
            return null;
        }
        return jdbc.sql(
                        "SELECT count(*) FROM events.registration WHERE event_id = ? AND status = 'WAITLISTED' AND queue_no <= ?")
                .params(r.eventId(), r.queueNo())
                .query(Integer.class)
                .single();
    }

    /** All registrations with this address or account, for "Meine Daten". */
    List<Registration> ofPerson(UUID personId, String email) {
        return jdbc.sql("SELECT " + COLUMNS
                        + " FROM events.registration r WHERE r.person_id = ? OR r.email_key = ? ORDER BY r.created_at")
                .params(personId, Registration.emailKey(email))
                .query(RegistrationRepository::map)
                .list();
    }

    static Registration map(ResultSet rs, int row) throws SQLException {
        return new Registration(
                rs.getObject("id", UUID.class),
                rs.getObject("event_id", UUID.class),
                rs.getString("name"),
                rs.getString("email"),
                rs.getString("city_slug"),
                rs.getString("organisation"),
                rs.getString("accessibility_needs"),
                rs.getString("dietary_wishes"),
                rs.getBoolean("show_in_list"),
                rs.getString("consent_version"),
                EventRepository.instant(rs, "consented_at"),
                rs.getObject("person_id", UUID.class),
                RegistrationStatus.valueOf(rs.getString("status")),
                rs.getObject("queue_no", Long.class),
                EventRepository.instant(rs, "checked_in_at"),
                EventRepository.instant(rs, "created_at"));
    }

    /** Figures of one event. */
    record Counts(int confirmed, int waitlisted, int cancelled, int present) {}
}
