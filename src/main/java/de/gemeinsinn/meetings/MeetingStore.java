package de.gemeinsinn.meetings;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Meetings, agenda items, minutes and RSVPs in PostgreSQL (schema {@code meetings}). */
@Repository
class MeetingStore {

    static final String SELECT = "SELECT m.id, m.group_id, m.title, m.starts_at, m.ends_at, m.place, m.online_url, "
            + "m.status, m.sequence, m.minutes_status, m.minutes_approved_at, m.public_summary, m.updated_at "
            + "FROM meetings.meeting m ";

    private final JdbcClient jdbc;

    MeetingStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    static Meeting map(ResultSet rs, int row) throws SQLException {
        return new Meeting(
                rs.getObject("id", UUID.class),
                rs.getObject("group_id", UUID.class),
                rs.getString("title"),
                rs.getTimestamp("starts_at").toInstant(),
                rs.getTimestamp("ends_at").toInstant(),
                rs.getString("place"),
                rs.getString("online_url"),
                MeetingStatus.valueOf(rs.getString("status")),
                rs.getInt("sequence"),
                "APPROVED".equals(rs.getString("minutes_status")),
                instant(rs, "minutes_approved_at"),
                rs.getString("public_summary"),
                instant(rs, "updated_at"));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    static Timestamp ts(Instant i) {
        return i == null ? null : Timestamp.from(i);
    }

    Optional<Meeting> find(UUID id) {
        return jdbc.sql(SELECT + "WHERE m.id = ?")
                .param(id)
                .query(MeetingStore::map)
                .optional();
    }

    Optional<Meeting> findForUpdate(UUID id) {
        return jdbc.sql(SELECT + "WHERE m.id = ? FOR UPDATE")
                .param(id)
                .query(MeetingStore::map)
                .optional();
    }

    void insert(UUID id, UUID groupId, String title, Instant start, Instant end, String place, String url, UUID by) {
        jdbc.sql(
                        "INSERT INTO meetings.meeting (id, group_id, title, starts_at, ends_at, place, online_url, created_by) "
                                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(id, groupId, title, ts(start), ts(end), place, url, by)
                .update();
    }

    /** Changes what a calendar shows and counts the iCalendar SEQUENCE up. */
    void update(UUID id, String title, Instant start, Instant end, String place, String url) {
        jdbc.sql("UPDATE meetings.meeting SET title = ?, starts_at = ?, ends_at = ?, place = ?, online_url = ?, "
                        + "sequence = sequence + 1, updated_at = now() WHERE id = ?")
                .params(title, ts(start), ts(end), place, url, id)
                .update();
    }

    void cancel(UUID id) {
        jdbc.sql("UPDATE meetings.meeting SET status = 'CANCELLED', sequence = sequence + 1, updated_at = now() "
                        + "WHERE id = ?")
                .param(id)
                .update();
    }

    void approveMinutes(UUID id, UUID by) {
        jdbc.sql("UPDATE meetings.meeting SET minutes_status = 'APPROVED', minutes_approved_at = now(), "
                        + "minutes_approved_by = ?, updated_at = now() WHERE id = ?")
                .params(by, id)
                .update();
    }

    void setSummary(UUID id, String summary) {
        jdbc.sql("UPDATE meetings.meeting SET public_summary = ?, updated_at = now() WHERE id = ?")
                .params(summary, id)
                .update();
    }

    /** Meetings of a group, newest first (limit) . */
    List<Meeting> ofGroup(UUID groupId) {
        return jdbc.sql(SELECT + "WHERE m.group_id = ? ORDER BY m.starts_at DESC")
                .param(groupId)
                .query(MeetingStore::map)
                .list();
    }

    /** Scheduled meetings of a group that have not ended yet, soonest first. */
    List<Meeting> upcoming(UUID groupId, int limit) {
        return jdbc.sql(SELECT + "WHERE m.group_id = ? AND m.status = 'SCHEDULED' AND m.ends_at > now() "
                        + "ORDER BY m.starts_at LIMIT ?")
                .params(groupId, limit)
                .query(MeetingStore::map)
                .list();
    }

    /** Meetings of these groups from {@code since} on (all statuses, for calendar feeds). */
    List<Meeting> ofGroups(Collection<UUID> groupIds, Instant since) {
        if (groupIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT + "WHERE m.group_id = ANY(?) AND m.ends_at >= ? ORDER BY m.starts_at")
                .params(groupIds.toArray(UUID[]::new), ts(since))
                .query(MeetingStore::map)
                .list();
    }

    /** The latest meeting of each group with a public summary. */
    Map<UUID, Meeting> latestSummaries(Collection<UUID> groupIds) {
        Map<UUID, Meeting> out = new HashMap<>();
        if (groupIds.isEmpty()) {
            return out;
        }
        jdbc.sql("SELECT DISTINCT ON (m.group_id) m.id, m.group_id, m.title, m.starts_at, m.ends_at, m.place, "
                        + "m.online_url, m.status, m.sequence, m.minutes_status, m.minutes_approved_at, "
                        + "m.public_summary, m.updated_at FROM meetings.meeting m "
                        + "WHERE m.group_id = ANY(?) AND m.public_summary <> '' AND m.status = 'SCHEDULED' "
                        + "ORDER BY m.group_id, m.starts_at DESC")
                .param(groupIds.toArray(UUID[]::new))
                .query(MeetingStore::map)
                .list()
                .forEach(m -> out.put(m.groupId(), m));
        return out;
    }

    // ---- agenda -------------------------------------------------------------------------

    static AgendaItem item(ResultSet rs, int row) throws SQLException {
        return new AgendaItem(
                rs.getObject("id", UUID.class),
                rs.getObject("meeting_id", UUID.class),
                rs.getInt("position"),
                rs.getString("title"),
                rs.getString("notes"),
                rs.getObject("action_id", UUID.class),
                rs.getString("minutes"),
                rs.getInt("minutes_version"),
                instant(rs, "minutes_updated_at"));
    }

    static final String SELECT_ITEM = "SELECT id, meeting_id, position, title, notes, action_id, minutes, "
            + "minutes_version, minutes_updated_at FROM meetings.agenda_item ";

    List<AgendaItem> agenda(UUID meetingId) {
        return jdbc.sql(SELECT_ITEM + "WHERE meeting_id = ? ORDER BY position, title")
                .param(meetingId)
                .query(MeetingStore::item)
                .list();
    }

    /** Agenda titles of many meetings in one query. */
    Map<UUID, List<String>> agendaTitles(Collection<UUID> meetingIds) {
        Map<UUID, List<String>> out = new HashMap<>();
        if (meetingIds.isEmpty()) {
            return out;
        }
        jdbc.sql(
                        "SELECT meeting_id, title FROM meetings.agenda_item WHERE meeting_id = ANY(?) ORDER BY position, title")
                .param(meetingIds.toArray(UUID[]::new))
                .query(rs -> {
                    out.computeIfAbsent(rs.getObject(1, UUID.class), k -> new java.util.ArrayList<>())
                            .add(rs.getString(2));
                });
        return out;
    }

    Optional<AgendaItem> item(UUID itemId) {
        return jdbc.sql(SELECT_ITEM + "WHERE id = ?")
                .param(itemId)
                .query(MeetingStore::item)
                .optional();
    }

    void addItem(UUID meetingId, String title, String notes, UUID actionId) {
        jdbc.sql("INSERT INTO meetings.agenda_item (id, meeting_id, position, title, notes, action_id) "
                        + "VALUES (?, ?, (SELECT coalesce(max(position), 0) + 1 FROM meetings.agenda_item "
                        + "WHERE meeting_id = ?), ?, ?, ?)")
                .params(UUID.randomUUID(), meetingId, meetingId, title, notes, actionId)
                .update();
    }

    /** Swaps the item with its neighbour above (-1) or below (+1); renumbers 1..n first. */
    void move(UUID meetingId, UUID itemId, int direction) {
        List<AgendaItem> items = agenda(meetingId);
        int index = -1;
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).id().equals(itemId)) {
                index = i;
            }
        }
        int other = index + direction;
        if (index < 0 || other < 0 || other >= items.size()) {
            return;
        }
        List<AgendaItem> reordered = new java.util.ArrayList<>(items);
        java.util.Collections.swap(reordered, index, other);
        for (int i = 0; i < reordered.size(); i++) {
            jdbc.sql("UPDATE meetings.agenda_item SET position = ? WHERE id = ?")
                    .params(i + 1, reordered.get(i).id())
                    .update();
        }
    }

    void removeItem(UUID meetingId, UUID itemId) {
        jdbc.sql("DELETE FROM meetings.agenda_item WHERE id = ? AND meeting_id = ?")
                .params(itemId, meetingId)
                .update();
    }

    /** Saves minutes only when nobody saved since {@code version}; false means a conflict. */
    boolean saveMinutes(UUID itemId, int version, String text, UUID author) {
        int n = jdbc.sql("UPDATE meetings.agenda_item SET minutes = ?, minutes_version = minutes_version + 1, "
                        + "minutes_updated_at = now() WHERE id = ? AND minutes_version = ?")
                .params(text, itemId, version)
                .update();
        if (n == 1) {
            jdbc.sql("INSERT INTO meetings.minutes_author (agenda_item_id, person_id) VALUES (?, ?) "
                            + "ON CONFLICT (agenda_item_id, person_id) DO UPDATE SET saved_at = now()")
                    .params(itemId, author)
                    .update();
        }
        return n == 1;
    }

    /** Authors per agenda item of a meeting (null person = erased account). */
    Map<UUID, List<UUID>> authors(UUID meetingId) {
        Map<UUID, List<UUID>> out = new HashMap<>();
        jdbc.sql("SELECT a.agenda_item_id, a.person_id FROM meetings.minutes_author a "
                        + "JOIN meetings.agenda_item i ON i.id = a.agenda_item_id WHERE i.meeting_id = ? "
                        + "ORDER BY a.saved_at")
                .param(meetingId)
                .query(rs -> {
                    out.computeIfAbsent(rs.getObject(1, UUID.class), k -> new java.util.ArrayList<>())
                            .add(rs.getObject(2, UUID.class));
                });
        return out;
    }

    // ---- RSVP ---------------------------------------------------------------------------

    void rsvp(UUID meetingId, UUID personId, Rsvp answer) {
        jdbc.sql(
                        "INSERT INTO meetings.rsvp (meeting_id, person_id, answer) VALUES (?, ?, ?) "
                                + "ON CONFLICT (meeting_id, person_id) DO UPDATE SET answer = excluded.answer, answered_at = now()")
                .params(meetingId, personId, answer.name())
                .update();
    }

    Map<UUID, Rsvp> rsvps(UUID meetingId) {
        Map<UUID, Rsvp> out = new HashMap<>();
        jdbc.sql("SELECT person_id, answer FROM meetings.rsvp WHERE meeting_id = ?")
                .param(meetingId)
                .query(rs -> {
                    out.put(rs.getObject(1, UUID.class), Rsvp.valueOf(rs.getString(2)));
                });
        return out;
    }

    /** This person's answers for many meetings at once. */
    Map<UUID, Rsvp> rsvpsOf(UUID personId, Collection<UUID> meetingIds) {
        Map<UUID, Rsvp> out = new HashMap<>();
        if (meetingIds.isEmpty() || personId == null) {
            return out;
        }
        jdbc.sql("SELECT meeting_id, answer FROM meetings.rsvp WHERE person_id = ? AND meeting_id = ANY(?)")
                .params(personId, meetingIds.toArray(UUID[]::new))
                .query(rs -> {
                    out.put(rs.getObject(1, UUID.class), Rsvp.valueOf(rs.getString(2)));
                });
        return out;
    }
}
