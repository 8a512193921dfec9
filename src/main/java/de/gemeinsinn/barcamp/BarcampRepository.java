package de.gemeinsinn.barcamp;

import de.gemeinsinn.barcamp.Stored.Barcamp;
import de.gemeinsinn.barcamp.Stored.Change;
import de.gemeinsinn.barcamp.Stored.FileInfo;
import de.gemeinsinn.barcamp.Stored.Link;
import de.gemeinsinn.barcamp.Stored.Revision;
import de.gemeinsinn.barcamp.Stored.Room;
import de.gemeinsinn.barcamp.Stored.Session;
import de.gemeinsinn.barcamp.Stored.Slot;
import de.gemeinsinn.barcamp.Stored.StoredFile;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** All SQL of the module. */
@Repository
class BarcampRepository {

    private final JdbcClient jdbc;

    BarcampRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    static Timestamp ts(Instant i) {
        return i == null ? null : Timestamp.from(i);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static String[] strings(Array array) throws SQLException {
        return array == null ? new String[0] : (String[]) array.getArray();
    }

    // ---- barcamp

    private static Barcamp barcamp(ResultSet rs, int n) throws SQLException {
        return new Barcamp(
                rs.getObject("id", UUID.class),
                rs.getObject("event_id", UUID.class),
                Phase.valueOf(rs.getString("phase")),
                instant(rs, "published_at"),
                rs.getLong("board_version"),
                rs.getLong("plan_version"),
                rs.getString("last_solve"));
    }

    Optional<Barcamp> byEvent(UUID eventId) {
        return jdbc.sql("SELECT * FROM barcamp.barcamp WHERE event_id = ?")
                .param(eventId)
                .query(BarcampRepository::barcamp)
                .optional();
    }

    Optional<Barcamp> find(UUID id) {
        return jdbc.sql("SELECT * FROM barcamp.barcamp WHERE id = ?")
                .param(id)
                .query(BarcampRepository::barcamp)
                .optional();
    }

    /** Locks the BarCamp row for the rest of the transaction (serialises grid changes). */
    Barcamp lock(UUID id) {
        return jdbc.sql("SELECT * FROM barcamp.barcamp WHERE id = ? FOR UPDATE")
                .param(id)
                .query(BarcampRepository::barcamp)
                .single();
    }

    List<Barcamp> all() {
        return jdbc.sql("SELECT * FROM barcamp.barcamp")
                .query(BarcampRepository::barcamp)
                .list();
    }

    void insert(UUID id, UUID eventId) {
        jdbc.sql("INSERT INTO barcamp.barcamp (id, event_id) VALUES (?, ?) ON CONFLICT (event_id) DO NOTHING")
                .params(id, eventId)
                .update();
    }

    void setPhase(UUID id, Phase phase) {
        jdbc.sql("UPDATE barcamp.barcamp SET phase = ?, board_version = board_version + 1 WHERE id = ?")
                .params(phase.name(), id)
                .update();
    }

    void publish(UUID id, Instant at) {
        jdbc.sql("UPDATE barcamp.barcamp SET published_at = ?, board_version = board_version + 1 WHERE id = ?")
                .params(ts(at), id)
                .update();
    }

    void unpublish(UUID id) {
        jdbc.sql("UPDATE barcamp.barcamp SET published_at = NULL, board_version = board_version + 1 WHERE id = ?")
                .param(id)
                .update();
    }

    void boardChanged(UUID id) {
        jdbc.sql("UPDATE barcamp.barcamp SET board_version = board_version + 1 WHERE id = ?")
                .param(id)
                .update();
    }

    void planChanged(UUID id) {
        jdbc.sql(
                        "UPDATE barcamp.barcamp SET plan_version = plan_version + 1, board_version = board_version + 1 WHERE id = ?")
                .param(id)
                .update();
    }

    void saveLastSolve(UUID id, String json) {
        jdbc.sql("UPDATE barcamp.barcamp SET last_solve = ? WHERE id = ?")
                .params(json, id)
                .update();
    }

    /** Board versions of the given BarCamps (one query for all boards this instance serves). */
    Map<UUID, Long> boardVersions(Collection<UUID> ids) {
        Map<UUID, Long> out = new HashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        jdbc.sql("SELECT id, board_version FROM barcamp.barcamp WHERE id = ANY(?)")
                .param(ids.toArray(UUID[]::new))
                .query(rs -> {
                    out.put(rs.getObject("id", UUID.class), rs.getLong("board_version"));
                });
        return out;
    }

    // ---- rooms and slots

    private static Room room(ResultSet rs, int n) throws SQLException {
        return new Room(
                rs.getObject("id", UUID.class),
                rs.getString("name"),
                rs.getInt("capacity"),
                Feature.parse(strings(rs.getArray("features"))),
                rs.getInt("position"));
    }

    List<Room> rooms(UUID barcampId) {
        return jdbc.sql("SELECT * FROM barcamp.room WHERE barcamp_id = ? ORDER BY position, name")
                .param(barcampId)
                .query(BarcampRepository::room)
                .list();
    }

    void insertRoom(UUID barcampId, UUID id, String name, int capacity, Set<Feature> features) {
        jdbc.sql("""
                        INSERT INTO barcamp.room (id, barcamp_id, name, capacity, features, position)
                        VALUES (?, ?, ?, ?, ?, (SELECT coalesce(max(position), 0) + 1 FROM barcamp.room WHERE barcamp_id = ?))
                        """)
                .params(id, barcampId, name, capacity, Feature.names(features), barcampId)
                .update();
    }

    int deleteRoom(UUID barcampId, UUID roomId) {
        return jdbc.sql("DELETE FROM barcamp.room WHERE id = ? AND barcamp_id = ?")
                .params(roomId, barcampId)
                .update();
    }

    private static Slot slot(ResultSet rs, int n) throws SQLException {
        return new Slot(rs.getObject("id", UUID.class), instant(rs, "starts_at"), instant(rs, "ends_at"));
    }

    List<Slot> slots(UUID barcampId) {
        return jdbc.sql("SELECT * FROM barcamp.slot WHERE barcamp_id = ? ORDER BY starts_at, ends_at")
                .param(barcampId)
                .query(BarcampRepository::slot)
                .list();
    }

    void insertSlot(UUID barcampId, UUID id, Instant start, Instant end) {
        jdbc.sql("INSERT INTO barcamp.slot (id, barcamp_id, starts_at, ends_at) VALUES (?, ?, ?, ?)")
                .params(id, barcampId, ts(start), ts(end))
                .update();
    }

    int deleteSlot(UUID barcampId, UUID slotId) {
        return jdbc.sql("DELETE FROM barcamp.slot WHERE id = ? AND barcamp_id = ?")
                .params(slotId, barcampId)
                .update();
    }

    // ---- sessions

    private static Session session(ResultSet rs, int n) throws SQLException {
        int hands = rs.getInt("hands");
        Integer handsOrNull = rs.wasNull() ? null : hands;
        return new Session(
                rs.getObject("id", UUID.class),
                rs.getObject("barcamp_id", UUID.class),
                rs.getString("title"),
                rs.getString("description"),
                rs.getString("host_names"),
                HostVisibility.parse(rs.getString("host_visibility")),
                Feature.parse(strings(rs.getArray("needs"))),
                rs.getObject("proposer_registration_id", UUID.class),
                rs.getObject("proposer_person_id", UUID.class),
                rs.getBoolean("proposer_hosts"),
                handsOrNull,
                rs.getObject("room_id", UUID.class),
                rs.getObject("slot_id", UUID.class),
                rs.getBoolean("pinned"),
                rs.getInt("ical_sequence"),
                rs.getString("notes"),
                rs.getString("results"),
                rs.getInt("doc_version"),
                instant(rs, "doc_updated_at"),
                instant(rs, "created_at"));
    }

    List<Session> sessions(UUID barcampId) {
        return jdbc.sql("SELECT * FROM barcamp.session WHERE barcamp_id = ? ORDER BY created_at, id")
                .param(barcampId)
                .query(BarcampRepository::session)
                .list();
    }

    Optional<Session> session(UUID barcampId, UUID sessionId) {
        return jdbc.sql("SELECT * FROM barcamp.session WHERE id = ? AND barcamp_id = ?")
                .params(sessionId, barcampId)
                .query(BarcampRepository::session)
                .optional();
    }

    Optional<Session> session(UUID sessionId) {
        return jdbc.sql("SELECT * FROM barcamp.session WHERE id = ?")
                .param(sessionId)
                .query(BarcampRepository::session)
                .optional();
    }

    void insertSession(
            UUID id,
            UUID barcampId,
            String title,
            String description,
            String hostNames,
            HostVisibility visibility,
            Set<Feature> needs,
            UUID proposerRegistrationId,
            UUID proposerPersonId,
            boolean proposerHosts,
            Integer hands) {
        jdbc.sql("""
                        INSERT INTO barcamp.session (id, barcamp_id, title, description, host_names, host_visibility,
                            needs, proposer_registration_id, proposer_person_id, proposer_hosts, hands)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """)
                .params(
                        id,
                        barcampId,
                        title,
                        description,
                        hostNames,
                        visibility.name(),
                        Feature.names(needs),
                        proposerRegistrationId,
                        proposerPersonId,
                        proposerHosts,
                        hands)
                .update();
    }

    void setHands(UUID sessionId, Integer hands) {
        jdbc.sql("UPDATE barcamp.session SET hands = ? WHERE id = ?")
                .params(hands, sessionId)
                .update();
    }

    void place(UUID sessionId, UUID roomId, UUID slotId) {
        jdbc.sql("""
                        UPDATE barcamp.session SET room_id = ?, slot_id = ?, ical_sequence = ical_sequence + 1
                        WHERE id = ? AND (room_id IS DISTINCT FROM ? OR slot_id IS DISTINCT FROM ?)
                        """).params(roomId, slotId, sessionId, roomId, slotId).update();
    }

    void setPinned(UUID sessionId, boolean pinned) {
        jdbc.sql("UPDATE barcamp.session SET pinned = ? WHERE id = ?")
                .params(pinned, sessionId)
                .update();
    }

    Map<UUID, Integer> voteCounts(UUID barcampId) {
        Map<UUID, Integer> out = new HashMap<>();
        jdbc.sql("""
                        SELECT v.session_id, count(*) AS n FROM barcamp.vote v
                        JOIN barcamp.session s ON s.id = v.session_id WHERE s.barcamp_id = ? GROUP BY v.session_id
                        """).param(barcampId).query(rs -> {
            out.put(rs.getObject("session_id", UUID.class), rs.getInt("n"));
        });
        return out;
    }

    /** registration id → voted session ids, for the solver. */
    Map<UUID, List<UUID>> votesByRegistration(UUID barcampId) {
        Map<UUID, List<UUID>> out = new HashMap<>();
        jdbc.sql("""
                        SELECT v.registration_id, v.session_id FROM barcamp.vote v
                        JOIN barcamp.session s ON s.id = v.session_id WHERE s.barcamp_id = ?
                        ORDER BY v.registration_id, v.session_id
                        """).param(barcampId).query(rs -> {
            out.computeIfAbsent(rs.getObject("registration_id", UUID.class), k -> new java.util.ArrayList<>())
                    .add(rs.getObject("session_id", UUID.class));
        });
        return out;
    }

    /** Slots each participant is away in, by registration. */
    Map<UUID, List<UUID>> awayByRegistration(UUID barcampId) {
        Map<UUID, List<UUID>> out = new HashMap<>();
        jdbc.sql(
                        "SELECT registration_id, slot_id FROM barcamp.away WHERE barcamp_id = ? ORDER BY registration_id, slot_id")
                .param(barcampId)
                .query(rs -> {
                    out.computeIfAbsent(rs.getObject("registration_id", UUID.class), k -> new java.util.ArrayList<>())
                            .add(rs.getObject("slot_id", UUID.class));
                });
        return out;
    }

    Set<UUID> awayOf(UUID barcampId, UUID registrationId) {
        return Set.copyOf(jdbc.sql("SELECT slot_id FROM barcamp.away WHERE barcamp_id = ? AND registration_id = ?")
                .params(barcampId, registrationId)
                .query(UUID.class)
                .list());
    }

    /** Replaces the participant's away slots; ids of other BarCamps' slots are ignored. */
    void setAway(UUID barcampId, UUID registrationId, Set<UUID> slots) {
        jdbc.sql("DELETE FROM barcamp.away WHERE barcamp_id = ? AND registration_id = ?")
                .params(barcampId, registrationId)
                .update();
        if (!slots.isEmpty()) {
            jdbc.sql("""
                            INSERT INTO barcamp.away (barcamp_id, registration_id, slot_id)
                            SELECT ?, ?, t.id FROM barcamp.slot t WHERE t.barcamp_id = ? AND t.id = ANY(?::uuid[])
                            """)
                    .params(barcampId, registrationId, barcampId, slots.toArray(UUID[]::new))
                    .update();
        }
    }

    Set<UUID> votedBy(UUID barcampId, UUID registrationId) {
        return Set.copyOf(jdbc.sql("""
                        SELECT v.session_id FROM barcamp.vote v JOIN barcamp.session s ON s.id = v.session_id
                        WHERE s.barcamp_id = ? AND v.registration_id = ?
                        """)
                .params(barcampId, registrationId)
                .query(UUID.class)
                .list());
    }

    Set<UUID> starredBy(UUID barcampId, UUID registrationId) {
        return Set.copyOf(jdbc.sql("""
                        SELECT st.session_id FROM barcamp.star st JOIN barcamp.session s ON s.id = st.session_id
                        WHERE s.barcamp_id = ? AND st.registration_id = ?
                        """)
                .params(barcampId, registrationId)
                .query(UUID.class)
                .list());
    }

    /** Toggles; returns whether the vote exists afterwards. */
    boolean toggle(String table, UUID sessionId, UUID registrationId, UUID personId, boolean on) {
        if (!table.equals("vote") && !table.equals("star")) {
            throw new IllegalArgumentException(table);
        }
        if (on) {
            jdbc.sql("INSERT INTO barcamp." + table
                            + " (session_id, registration_id, person_id) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")
                    .params(sessionId, registrationId, personId)
                    .update();
        } else {
            jdbc.sql("DELETE FROM barcamp." + table + " WHERE session_id = ? AND registration_id = ?")
                    .params(sessionId, registrationId)
                    .update();
        }
        return on;
    }

    /** Registrations that starred the session and asked for change mails. */
    List<UUID> notifiedStarrers(UUID barcampId, UUID sessionId) {
        return jdbc.sql("""
                        SELECT st.registration_id FROM barcamp.star st
                        JOIN barcamp.participant p ON p.barcamp_id = ? AND p.registration_id = st.registration_id
                        WHERE st.session_id = ? AND p.notify_changes
                        """).params(barcampId, sessionId).query(UUID.class).list();
    }

    // ---- participants (feed token, change mails)

    record Participant(UUID barcampId, UUID registrationId, UUID personId, String feedToken, boolean notifyChanges) {}

    private static Participant participant(ResultSet rs, int n) throws SQLException {
        return new Participant(
                rs.getObject("barcamp_id", UUID.class),
                rs.getObject("registration_id", UUID.class),
                rs.getObject("person_id", UUID.class),
                rs.getString("feed_token"),
                rs.getBoolean("notify_changes"));
    }

    Participant participant(UUID barcampId, UUID registrationId, UUID personId, String newToken) {
        jdbc.sql("""
                        INSERT INTO barcamp.participant (barcamp_id, registration_id, person_id, feed_token)
                        VALUES (?, ?, ?, ?) ON CONFLICT (barcamp_id, registration_id) DO NOTHING
                        """).params(barcampId, registrationId, personId, newToken).update();
        return jdbc.sql("SELECT * FROM barcamp.participant WHERE barcamp_id = ? AND registration_id = ?")
                .params(barcampId, registrationId)
                .query(BarcampRepository::participant)
                .single();
    }

    Optional<Participant> participantByFeedToken(String token) {
        return jdbc.sql("SELECT * FROM barcamp.participant WHERE feed_token = ?")
                .param(token)
                .query(BarcampRepository::participant)
                .optional();
    }

    void setNotify(UUID barcampId, UUID registrationId, boolean on) {
        jdbc.sql("UPDATE barcamp.participant SET notify_changes = ? WHERE barcamp_id = ? AND registration_id = ?")
                .params(on, barcampId, registrationId)
                .update();
    }

    // ---- access links

    record AccessLink(UUID barcampId, UUID registrationId, String email, Instant expiresAt) {}

    void insertAccessLink(
            String tokenHash, UUID barcampId, UUID registrationId, String email, UUID personId, Instant expires) {
        jdbc.sql("""
                        INSERT INTO barcamp.access_link (token_hash, barcamp_id, registration_id, email, person_id, expires_at)
                        VALUES (?, ?, ?, ?, ?, ?)
                        """)
                .params(tokenHash, barcampId, registrationId, email, personId, ts(expires))
                .update();
    }

    int accessLinksSince(UUID barcampId, UUID registrationId, Instant since) {
        return jdbc.sql(
                        "SELECT count(*) FROM barcamp.access_link WHERE barcamp_id = ? AND registration_id = ? AND created_at > ?")
                .params(barcampId, registrationId, ts(since))
                .query(Integer.class)
                .single();
    }

    Optional<AccessLink> accessLink(String tokenHash) {
        return jdbc.sql("SELECT * FROM barcamp.access_link WHERE token_hash = ?")
                .param(tokenHash)
                .query((rs, n) -> new AccessLink(
                        rs.getObject("barcamp_id", UUID.class),
                        rs.getObject("registration_id", UUID.class),
                        rs.getString("email"),
                        instant(rs, "expires_at")))
                .optional();
    }

    // ---- change log

    void insertChange(UUID barcampId, UUID sessionId, String message) {
        jdbc.sql("INSERT INTO barcamp.change (barcamp_id, session_id, message) VALUES (?, ?, ?)")
                .params(barcampId, sessionId, message)
                .update();
    }

    List<Change> changes(UUID barcampId, int limit) {
        return jdbc.sql("SELECT * FROM barcamp.change WHERE barcamp_id = ? ORDER BY id DESC LIMIT ?")
                .params(barcampId, limit)
                .query((rs, n) -> new Change(
                        rs.getLong("id"),
                        rs.getObject("session_id", UUID.class),
                        rs.getString("message"),
                        instant(rs, "created_at").truncatedTo(java.time.temporal.ChronoUnit.SECONDS)))
                .list();
    }

    // ---- documentation

    /** Saves when the stored version is still {@code expectedVersion}; false means someone was faster. */
    boolean saveDoc(UUID sessionId, int expectedVersion, String notes, String results) {
        return jdbc.sql("""
                                UPDATE barcamp.session SET notes = ?, results = ?, doc_version = doc_version + 1,
                                    doc_updated_at = now()
                                WHERE id = ? AND doc_version = ?
                                """).params(notes, results, sessionId, expectedVersion).update() == 1;
    }

    void insertRevision(
            UUID sessionId,
            int version,
            String notes,
            String results,
            UUID authorPersonId,
            UUID authorRegistrationId,
            String authorName) {
        jdbc.sql("""
                        INSERT INTO barcamp.doc_revision (session_id, version, notes, results, author_person_id,
                            author_registration_id, author_name) VALUES (?, ?, ?, ?, ?, ?, ?)
                        """)
                .params(sessionId, version, notes, results, authorPersonId, authorRegistrationId, authorName)
                .update();
    }

    List<Revision> revisions(UUID sessionId) {
        return jdbc.sql("SELECT * FROM barcamp.doc_revision WHERE session_id = ? ORDER BY version DESC")
                .param(sessionId)
                .query((rs, n) -> new Revision(
                        rs.getLong("id"),
                        rs.getInt("version"),
                        rs.getString("notes"),
                        rs.getString("results"),
                        rs.getString("author_name"),
                        instant(rs, "created_at").truncatedTo(java.time.temporal.ChronoUnit.SECONDS)))
                .list();
    }

    void insertLink(UUID sessionId, String url, String label, UUID personId, String name) {
        jdbc.sql("""
                        INSERT INTO barcamp.link (id, session_id, url, label, added_by_person_id, added_by_name)
                        VALUES (?, ?, ?, ?, ?, ?)
                        """)
                .params(UUID.randomUUID(), sessionId, url, label, personId, name)
                .update();
    }

    List<Link> links(UUID sessionId) {
        return jdbc.sql("SELECT * FROM barcamp.link WHERE session_id = ? ORDER BY created_at")
                .param(sessionId)
                .query((rs, n) -> new Link(
                        rs.getObject("id", UUID.class),
                        rs.getObject("session_id", UUID.class),
                        rs.getString("url"),
                        rs.getString("label"),
                        rs.getString("added_by_name"),
                        instant(rs, "created_at")))
                .list();
    }

    void insertFile(
            UUID id, UUID sessionId, String filename, String contentType, byte[] data, UUID personId, String name) {
        jdbc.sql("""
                        INSERT INTO barcamp.file (id, session_id, filename, content_type, size, data,
                            uploaded_by_person_id, uploaded_by_name) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                        """)
                .params(id, sessionId, filename, contentType, data.length, data, personId, name)
                .update();
    }

    List<FileInfo> files(UUID sessionId) {
        return jdbc.sql("""
                        SELECT id, session_id, filename, content_type, size, uploaded_by_name, created_at
                        FROM barcamp.file WHERE session_id = ? ORDER BY created_at
                        """)
                .param(sessionId)
                .query((rs, n) -> new FileInfo(
                        rs.getObject("id", UUID.class),
                        rs.getObject("session_id", UUID.class),
                        rs.getString("filename"),
                        rs.getString("content_type"),
                        rs.getInt("size"),
                        rs.getString("uploaded_by_name"),
                        instant(rs, "created_at")))
                .list();
    }

    Optional<StoredFile> file(UUID sessionId, UUID fileId) {
        return jdbc.sql("SELECT filename, content_type, data FROM barcamp.file WHERE id = ? AND session_id = ?")
                .params(fileId, sessionId)
                .query((rs, n) ->
                        new StoredFile(rs.getString("filename"), rs.getString("content_type"), rs.getBytes("data")))
                .optional();
    }

    // ---- personal data

    List<Map<String, Object>> rowsOf(String sql, UUID personId) {
        return jdbc.sql(sql).param(personId).query().listOfRows();
    }

    void erase(UUID personId, String formerMember) {
        jdbc.sql("DELETE FROM barcamp.vote WHERE person_id = ?").param(personId).update();
        jdbc.sql("DELETE FROM barcamp.star WHERE person_id = ?").param(personId).update();
        jdbc.sql("DELETE FROM barcamp.participant WHERE person_id = ?")
                .param(personId)
                .update();
        jdbc.sql("DELETE FROM barcamp.access_link WHERE person_id = ?")
                .param(personId)
                .update();
        jdbc.sql("""
                        UPDATE barcamp.session SET host_names = CASE WHEN proposer_hosts THEN ? ELSE host_names END,
                            proposer_person_id = NULL, proposer_registration_id = NULL, proposer_hosts = false
                        WHERE proposer_person_id = ?
                        """).params(formerMember, personId).update();
        jdbc.sql("""
                        UPDATE barcamp.doc_revision SET author_person_id = NULL, author_registration_id = NULL,
                            author_name = ? WHERE author_person_id = ?
                        """).params(formerMember, personId).update();
        jdbc.sql("UPDATE barcamp.link SET added_by_person_id = NULL, added_by_name = ? WHERE added_by_person_id = ?")
                .params(formerMember, personId)
                .update();
        jdbc.sql(
                        "UPDATE barcamp.file SET uploaded_by_person_id = NULL, uploaded_by_name = ? WHERE uploaded_by_person_id = ?")
                .params(formerMember, personId)
                .update();
    }
}
