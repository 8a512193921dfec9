package de.gemeinsinn.meetings;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Decisions and action items in PostgreSQL. */
@Repository
class WorkStore {

    static final String SELECT_DECISION = "SELECT d.id, d.group_id, d.number, d.text, d.method, d.votes_yes, "
            + "d.votes_no, d.votes_abstain, d.status, d.meeting_id, d.decided_on FROM meetings.decision d ";

    static final String SELECT_ACTION = "SELECT a.id, a.group_id, a.title, a.owner_id, a.due_on, a.status, "
            + "a.meeting_id, a.decision_id FROM meetings.action_item a ";

    /** Open actions first by due date (none last), then done/dropped by last change. */
    static final String ACTION_ORDER =
            " ORDER BY (a.status IN ('OPEN', 'IN_PROGRESS')) DESC, " + "a.due_on NULLS LAST, a.created_at, a.id";

    private final JdbcClient jdbc;

    WorkStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    static Decision decision(ResultSet rs, int row) throws SQLException {
        return new Decision(
                rs.getObject("id", UUID.class),
                rs.getObject("group_id", UUID.class),
                rs.getInt("number"),
                rs.getString("text"),
                DecisionMethod.valueOf(rs.getString("method")),
                (Integer) rs.getObject("votes_yes"),
                (Integer) rs.getObject("votes_no"),
                (Integer) rs.getObject("votes_abstain"),
                WorkStatus.valueOf(rs.getString("status")),
                rs.getObject("meeting_id", UUID.class),
                rs.getDate("decided_on").toLocalDate());
    }

    static ActionItem action(ResultSet rs, int row) throws SQLException {
        Date due = rs.getDate("due_on");
        return new ActionItem(
                rs.getObject("id", UUID.class),
                rs.getObject("group_id", UUID.class),
                rs.getString("title"),
                rs.getObject("owner_id", UUID.class),
                due == null ? null : due.toLocalDate(),
                WorkStatus.valueOf(rs.getString("status")),
                rs.getObject("meeting_id", UUID.class),
                rs.getObject("decision_id", UUID.class));
    }

    static Date sqlDate(LocalDate d) {
        return d == null ? null : Date.valueOf(d);
    }

    // ---- decisions ----------------------------------------------------------------------

    /**
     * The next number of the group: the upsert takes the counter row's lock, so concurrent
     * decisions of one group queue up and each gets its own number.
     */
    int nextNumber(UUID groupId) {
        return jdbc.sql("INSERT INTO meetings.decision_counter (group_id, last) VALUES (?, "
                        + "(SELECT coalesce(max(number), 0) + 1 FROM meetings.decision WHERE group_id = ?)) "
                        + "ON CONFLICT (group_id) DO UPDATE SET last = meetings.decision_counter.last + 1 "
                        + "RETURNING last")
                .params(groupId, groupId)
                .query(Integer.class)
                .single();
    }

    Decision insertDecision(
            UUID groupId,
            String text,
            DecisionMethod method,
            Integer yes,
            Integer no,
            Integer abstain,
            WorkStatus status,
            UUID meetingId,
            LocalDate decidedOn,
            UUID by) {
        UUID id = UUID.randomUUID();
        int number = nextNumber(groupId);
        jdbc.sql("INSERT INTO meetings.decision (id, group_id, number, text, method, votes_yes, votes_no, "
                        + "votes_abstain, status, meeting_id, decided_on, created_by) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        id,
                        groupId,
                        number,
                        text,
                        method.name(),
                        yes,
                        no,
                        abstain,
                        status.name(),
                        meetingId,
                        sqlDate(decidedOn),
                        by)
                .update();
        return new Decision(id, groupId, number, text, method, yes, no, abstain, status, meetingId, decidedOn);
    }

    void updateDecision(
            UUID id, String text, DecisionMethod method, Integer yes, Integer no, Integer abstain, WorkStatus status) {
        jdbc.sql("UPDATE meetings.decision SET text = ?, method = ?, votes_yes = ?, votes_no = ?, votes_abstain = ?, "
                        + "status = ?, updated_at = now() WHERE id = ?")
                .params(text, method.name(), yes, no, abstain, status.name(), id)
                .update();
    }

    Optional<Decision> decision(UUID groupId, int number) {
        return jdbc.sql(SELECT_DECISION + "WHERE d.group_id = ? AND d.number = ?")
                .params(groupId, number)
                .query(WorkStore::decision)
                .optional();
    }

    Optional<Decision> decisionById(UUID id) {
        return jdbc.sql(SELECT_DECISION + "WHERE d.id = ?")
                .param(id)
                .query(WorkStore::decision)
                .optional();
    }

    List<Decision> decisions(UUID groupId) {
        return jdbc.sql(SELECT_DECISION + "WHERE d.group_id = ? ORDER BY d.number DESC")
                .param(groupId)
                .query(WorkStore::decision)
                .list();
    }

    List<Decision> recentDecisions(UUID groupId, int limit) {
        return jdbc.sql(SELECT_DECISION + "WHERE d.group_id = ? ORDER BY d.number DESC LIMIT ?")
                .params(groupId, limit)
                .query(WorkStore::decision)
                .list();
    }

    List<Decision> decisionsOfMeeting(UUID meetingId) {
        return jdbc.sql(SELECT_DECISION + "WHERE d.meeting_id = ? ORDER BY d.number")
                .param(meetingId)
                .query(WorkStore::decision)
                .list();
    }

    /** The latest {@code perGroup} decisions of each group, in one query. */
    Map<UUID, List<Decision>> recentDecisions(Collection<UUID> groupIds, int perGroup) {
        Map<UUID, List<Decision>> out = new HashMap<>();
        if (groupIds.isEmpty()) {
            return out;
        }
        jdbc.sql("SELECT * FROM (SELECT d.id, d.group_id, d.number, d.text, d.method, d.votes_yes, d.votes_no, "
                        + "d.votes_abstain, d.status, d.meeting_id, d.decided_on, "
                        + "row_number() OVER (PARTITION BY d.group_id ORDER BY d.number DESC) AS rn "
                        + "FROM meetings.decision d WHERE d.group_id = ANY(?)) x WHERE rn <= ? ORDER BY number DESC")
                .params(groupIds.toArray(UUID[]::new), perGroup)
                .query(WorkStore::decision)
                .list()
                .forEach(d ->
                        out.computeIfAbsent(d.groupId(), k -> new ArrayList<>()).add(d));
        return out;
    }

    // ---- actions ------------------------------------------------------------------------

    ActionItem insertAction(
            UUID groupId, String title, UUID ownerId, LocalDate due, UUID meetingId, UUID decisionId, UUID by) {
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO meetings.action_item (id, group_id, title, owner_id, due_on, meeting_id, decision_id, "
                        + "created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(id, groupId, title, ownerId, sqlDate(due), meetingId, decisionId, by)
                .update();
        return new ActionItem(id, groupId, title, ownerId, due, WorkStatus.OPEN, meetingId, decisionId);
    }

    void updateAction(UUID id, String title, UUID ownerId, LocalDate due, WorkStatus status, UUID decisionId) {
        jdbc.sql("UPDATE meetings.action_item SET title = ?, owner_id = ?, due_on = ?, status = ?, decision_id = ?, "
                        + "updated_at = now() WHERE id = ?")
                .params(title, ownerId, sqlDate(due), status.name(), decisionId, id)
                .update();
    }

    void setActionStatus(UUID id, WorkStatus status) {
        jdbc.sql("UPDATE meetings.action_item SET status = ?, updated_at = now() WHERE id = ?")
                .params(status.name(), id)
                .update();
    }

    Optional<ActionItem> action(UUID id) {
        return jdbc.sql(SELECT_ACTION + "WHERE a.id = ?")
                .param(id)
                .query(WorkStore::action)
                .optional();
    }

    List<ActionItem> actions(UUID groupId, WorkStatus onlyStatus, boolean onlyOpen) {
        if (onlyStatus != null) {
            return jdbc.sql(SELECT_ACTION + "WHERE a.group_id = ? AND a.status = ?" + ACTION_ORDER)
                    .params(groupId, onlyStatus.name())
                    .query(WorkStore::action)
                    .list();
        }
        return jdbc.sql(SELECT_ACTION + "WHERE a.group_id = ?"
                        + (onlyOpen ? " AND a.status IN ('OPEN', 'IN_PROGRESS')" : "") + ACTION_ORDER)
                .param(groupId)
                .query(WorkStore::action)
                .list();
    }

    /** The first open actions of a group and how many are open, in one query. */
    record OpenActions(List<ActionItem> first, int total) {}

    OpenActions openActions(UUID groupId, int limit) {
        List<ActionItem> first = new ArrayList<>();
        int[] total = {0};
        jdbc.sql(SELECT_ACTION.replace("FROM", ", count(*) OVER () AS total FROM")
                        + "WHERE a.group_id = ? AND a.status IN ('OPEN', 'IN_PROGRESS')" + ACTION_ORDER + " LIMIT ?")
                .params(groupId, limit)
                .query(rs -> {
                    first.add(action(rs, 0));
                    total[0] = rs.getInt("total");
                });
        return new OpenActions(first, total[0]);
    }

    List<ActionItem> actionsOfMeeting(UUID meetingId) {
        return jdbc.sql(SELECT_ACTION + "WHERE a.meeting_id = ?" + ACTION_ORDER)
                .param(meetingId)
                .query(WorkStore::action)
                .list();
    }

    /** The person's actions across all groups: open ones, and closed ones of the last 30 days. */
    List<ActionItem> actionsOf(UUID personId, boolean all) {
        return jdbc.sql(SELECT_ACTION + "WHERE a.owner_id = ?"
                        + (all
                                ? ""
                                : " AND (a.status IN ('OPEN', 'IN_PROGRESS') OR a.updated_at > now() - interval '30 days')")
                        + ACTION_ORDER)
                .param(personId)
                .query(WorkStore::action)
                .list();
    }

    /** Counts of actions per status for each group, in one query. */
    Map<UUID, Map<WorkStatus, Integer>> actionCounts(Collection<UUID> groupIds) {
        Map<UUID, Map<WorkStatus, Integer>> out = new HashMap<>();
        if (groupIds.isEmpty()) {
            return out;
        }
        jdbc.sql("SELECT group_id, status, count(*) FROM meetings.action_item WHERE group_id = ANY(?) "
                        + "GROUP BY group_id, status")
                .param(groupIds.toArray(UUID[]::new))
                .query(rs -> {
                    out.computeIfAbsent(rs.getObject(1, UUID.class), k -> new EnumMap<>(WorkStatus.class))
                            .put(WorkStatus.valueOf(rs.getString(2)), rs.getInt(3));
                });
        return out;
    }

    /** Open actions of a group not yet on the agenda of this meeting. */
    List<ActionItem> offeredFor(UUID groupId, UUID meetingIdOrNull) {
        return jdbc.sql(SELECT_ACTION + "WHERE a.group_id = ? AND a.status IN ('OPEN', 'IN_PROGRESS') "
                        + "AND NOT EXISTS (SELECT 1 FROM meetings.agenda_item i WHERE i.action_id = a.id "
                        + "AND i.meeting_id = ?)" + ACTION_ORDER)
                .params(groupId, meetingIdOrNull == null ? new UUID(0, 0) : meetingIdOrNull)
                .query(WorkStore::action)
                .list();
    }

    /** Unassigns the person's open actions in a group (they left it). */
    void unassignOpen(UUID groupId, UUID personId) {
        jdbc.sql("UPDATE meetings.action_item SET owner_id = NULL, updated_at = now() WHERE group_id = ? "
                        + "AND owner_id = ? AND status IN ('OPEN', 'IN_PROGRESS')")
                .params(groupId, personId)
                .update();
    }
}
