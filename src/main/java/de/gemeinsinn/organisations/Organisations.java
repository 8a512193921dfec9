package de.gemeinsinn.organisations;

import de.gemeinsinn.platform.images.ImageProcessor;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Organisations, their managers and logos in the {@code organisations} schema. */
@Repository
class Organisations {

    static final String SELECT = """
            SELECT o.id, o.slug, o.city_slug, o.name, o.type, o.quartier, o.description, o.website,
                   o.contact_email, o.contact_personal, o.logo_id, o.status, o.registered_by, o.registered_at,
                   o.decision_note, o.version
              FROM organisations.organisation o
            """;

    record StoredLogo(byte[] data, String contentType) {}

    private final JdbcClient jdbc;

    Organisations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Organisation> bySlug(String slug) {
        return jdbc.sql(SELECT + " WHERE o.slug = ?")
                .param(slug)
                .query(Organisations::map)
                .optional();
    }

    Optional<Organisation> byId(UUID id) {
        return jdbc.sql(SELECT + " WHERE o.id = ?")
                .param(id)
                .query(Organisations::map)
                .optional();
    }

    List<Organisation> ofCity(String citySlug, OrganisationStatus status) {
        return jdbc.sql(SELECT + " WHERE o.city_slug = ? AND o.status = ? ORDER BY o.name")
                .params(citySlug, status.name())
                .query(Organisations::map)
                .list();
    }

    long countApproved(String citySlug) {
        return jdbc.sql("SELECT count(*) FROM organisations.organisation WHERE city_slug = ? AND status = 'APPROVED'")
                .param(citySlug)
                .query(Long.class)
                .single();
    }

    boolean slugExists(String slug) {
        return jdbc.sql("SELECT count(*) FROM organisations.organisation WHERE slug = ?")
                        .param(slug)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    boolean nameTaken(String citySlug, String name, UUID except) {
        return jdbc.sql("SELECT count(*) FROM organisations.organisation WHERE city_slug = ? "
                                + "AND lower(name) = lower(?) AND id IS DISTINCT FROM ?::uuid")
                        .params(citySlug, name, except)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    void insert(Organisation o, Instant consentAt) {
        jdbc.sql("""
                        INSERT INTO organisations.organisation (id, slug, city_slug, name, type, quartier, description,
                            website, contact_email, contact_personal, contact_consent_at, logo_id, status,
                            registered_by, registered_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """)
                .params(
                        o.id(),
                        o.slug(),
                        o.citySlug(),
                        o.name(),
                        o.type().name(),
                        o.quartier(),
                        o.description(),
                        o.website(),
                        o.contactEmail(),
                        o.contactPersonal(),
                        ts(consentAt),
                        o.logoId(),
                        o.status().name(),
                        o.registeredBy(),
                        ts(o.registeredAt()))
                .update();
    }

    /** Updates the editable fields; false when someone else saved in between (version changed). */
    boolean update(Organisation o, Instant consentAt) {
        return jdbc.sql("""
                                UPDATE organisations.organisation SET name = ?, type = ?, quartier = ?, description = ?,
                                    website = ?, contact_email = ?, contact_personal = ?,
                                    contact_consent_at = CASE WHEN ? THEN COALESCE(contact_consent_at, ?) END,
                                    logo_id = ?, version = version + 1
                                 WHERE id = ? AND version = ?
                                """)
                        .params(
                                o.name(),
                                o.type().name(),
                                o.quartier(),
                                o.description(),
                                o.website(),
                                o.contactEmail(),
                                o.contactPersonal(),
                                o.contactPersonal(),
                                ts(consentAt),
                                o.logoId(),
                                o.id(),
                                o.version())
                        .update()
                == 1;
    }

    void decide(UUID id, OrganisationStatus status, UUID by, String note) {
        jdbc.sql("UPDATE organisations.organisation SET status = ?, decided_by = ?, decided_at = now(), "
                        + "decision_note = ?, version = version + 1 WHERE id = ?")
                .params(status.name(), by, note, id)
                .update();
    }

    void addManager(UUID organisationId, UUID personId) {
        jdbc.sql("INSERT INTO organisations.manager (organisation_id, person_id) VALUES (?, ?) ON CONFLICT DO NOTHING")
                .params(organisationId, personId)
                .update();
    }

    boolean isManager(UUID organisationId, UUID personId) {
        return jdbc.sql("SELECT count(*) FROM organisations.manager WHERE organisation_id = ? AND person_id = ?")
                        .params(organisationId, personId)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    List<UUID> managers(UUID organisationId) {
        return jdbc.sql("SELECT person_id FROM organisations.manager WHERE organisation_id = ? ORDER BY since")
                .param(organisationId)
                .query(UUID.class)
                .list();
    }

    List<Organisation> managedBy(UUID personId) {
        return jdbc.sql(SELECT + " JOIN organisations.manager m ON m.organisation_id = o.id WHERE m.person_id = ? "
                        + "ORDER BY o.name")
                .param(personId)
                .query(Organisations::map)
                .list();
    }

    /** Erasure: the person no longer manages anything, and nothing points to them any more. */
    void forget(UUID personId) {
        jdbc.sql("DELETE FROM organisations.manager WHERE person_id = ?")
                .param(personId)
                .update();
        jdbc.sql("UPDATE organisations.organisation SET contact_email = NULL, contact_personal = false, "
                        + "contact_consent_at = NULL WHERE registered_by = ? AND contact_personal")
                .param(personId)
                .update();
        jdbc.sql("UPDATE organisations.organisation SET registered_by = NULL WHERE registered_by = ?")
                .param(personId)
                .update();
        jdbc.sql("UPDATE organisations.organisation SET decided_by = NULL WHERE decided_by = ?")
                .param(personId)
                .update();
    }

    UUID insertLogo(ImageProcessor.Processed image) {
        return jdbc.sql("INSERT INTO organisations.logo (content_type, data, thumbnail, width, height)"
                        + " VALUES ('image/jpeg', ?, ?, ?, ?) RETURNING id")
                .params(image.data(), image.thumbnail(), image.width(), image.height())
                .query(UUID.class)
                .single();
    }

    Optional<StoredLogo> logo(UUID id, boolean thumbnail) {
        String column = thumbnail ? "thumbnail" : "data";
        return jdbc.sql("SELECT " + column + " AS bytes, content_type FROM organisations.logo WHERE id = ?")
                .param(id)
                .query((rs, n) -> new StoredLogo(rs.getBytes("bytes"), rs.getString("content_type")))
                .optional();
    }

    void deleteUnusedLogo(UUID id) {
        if (id != null) {
            jdbc.sql("DELETE FROM organisations.logo l WHERE l.id = ? AND NOT EXISTS "
                            + "(SELECT 1 FROM organisations.organisation o WHERE o.logo_id = l.id)")
                    .param(id)
                    .update();
        }
    }

    private static Timestamp ts(Instant i) {
        return i == null ? null : Timestamp.from(i);
    }

    static Organisation map(ResultSet rs, int row) throws SQLException {
        return new Organisation(
                rs.getObject("id", UUID.class),
                rs.getString("slug"),
                rs.getString("city_slug"),
                rs.getString("name"),
                OrganisationType.valueOf(rs.getString("type")),
                rs.getString("quartier"),
                rs.getString("description"),
                rs.getString("website"),
                rs.getString("contact_email"),
                rs.getBoolean("contact_personal"),
                rs.getObject("logo_id", UUID.class),
                OrganisationStatus.valueOf(rs.getString("status")),
                rs.getObject("registered_by", UUID.class),
                rs.getTimestamp("registered_at").toInstant(),
                rs.getString("decision_note"),
                rs.getInt("version"));
    }
}
