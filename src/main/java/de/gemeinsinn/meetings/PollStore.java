package de.gemeinsinn.meetings;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Date polls, their proposed times and the members' answers. */
@Repository
class PollStore {

    private final JdbcClient jdbc;

    PollStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    UUID insert(UUID groupId, String title, String place, String url, List<Instant[]> options, UUID by) {
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO meetings.date_poll (id, group_id, title, place, online_url, created_by) "
                        + "VALUES (?, ?, ?, ?, ?, ?)")
                .params(id, groupId, title, place, url, by)
                .update();
        for (Instant[] o : options) {
            jdbc.sql("INSERT INTO meetings.poll_option (id, poll_id, starts_at, ends_at) VALUES (?, ?, ?, ?)")
                    .params(UUID.randomUUID(), id, MeetingStore.ts(o[0]), MeetingStore.ts(o[1]))
                    .update();
        }
        return id;
    }

    Optional<DatePoll> find(UUID id) {
        return findAll("WHERE p.id = ?", id).stream().findFirst();
    }

    Optional<DatePoll> findForUpdate(UUID id) {
        jdbc.sql("SELECT id FROM meetings.date_poll WHERE id = ? FOR UPDATE")
                .param(id)
                .query(UUID.class)
                .optional();
        return find(id);
    }

    List<DatePoll> ofGroup(UUID groupId) {
        return findAll("WHERE p.group_id = ?", groupId);
    }

    private List<DatePoll> findAll(String where, UUID param) {
        Map<UUID, List<DatePoll.Option>> options = new HashMap<>();
        List<Object[]> polls = new ArrayList<>();
        jdbc.sql("SELECT p.id, p.group_id, p.title, p.place, p.online_url, p.meeting_id, p.closed_at, "
                        + "o.id AS oid, o.starts_at, o.ends_at FROM meetings.date_poll p "
                        + "LEFT JOIN meetings.poll_option o ON o.poll_id = p.id " + where
                        + " ORDER BY p.created_at DESC, p.id, o.starts_at")
                .param(param)
                .query(rs -> {
                    UUID id = rs.getObject("id", UUID.class);
                    if (!options.containsKey(id)) {
                        options.put(id, new ArrayList<>());
                        polls.add(new Object[] {
                            id,
                            rs.getObject("group_id", UUID.class),
                            rs.getString("title"),
                            rs.getString("place"),
                            rs.getString("online_url"),
                            rs.getObject("meeting_id", UUID.class),
                            MeetingStore.instant(rs, "closed_at")
                        });
                    }
                    UUID oid = rs.getObject("oid", UUID.class);
                    if (oid != null) {
                        options.get(id)
                                .add(new DatePoll.Option(
                                        oid,
                                        rs.getTimestamp("starts_at").toInstant(),
                                        rs.getTimestamp("ends_at").toInstant()));
                    }
                });
        return polls.stream()
                .map(p -> new DatePoll(
                        (UUID) p[0],
                        (UUID) p[1],
                        (String) p[2],
                        (String) p[3],
                        (String) p[4],
                        (UUID) p[5],
                        (Instant) p[6],
                        List.copyOf(options.get((UUID) p[0]))))
                .toList();
    }

    /** Answers: option id → person id → answer. */
    Map<UUID, Map<UUID, PollAnswer>> answers(UUID pollId) {
        Map<UUID, Map<UUID, PollAnswer>> out = new HashMap<>();
        jdbc.sql("SELECT a.option_id, a.person_id, a.answer FROM meetings.poll_answer a "
                        + "JOIN meetings.poll_option o ON o.id = a.option_id WHERE o.poll_id = ?")
                .param(pollId)
                .query(rs -> {
                    out.computeIfAbsent(rs.getObject(1, UUID.class), k -> new HashMap<>())
                            .put(rs.getObject(2, UUID.class), PollAnswer.valueOf(rs.getString(3)));
                });
        return out;
    }

    void answer(UUID optionId, UUID personId, PollAnswer answer) {
        jdbc.sql(
                        "INSERT INTO meetings.poll_answer (option_id, person_id, answer) VALUES (?, ?, ?) "
                                + "ON CONFLICT (option_id, person_id) DO UPDATE SET answer = excluded.answer, answered_at = now()")
                .params(optionId, personId, answer.name())
                .update();
    }

    void close(UUID pollId, UUID meetingId) {
        jdbc.sql("UPDATE meetings.date_poll SET closed_at = now(), meeting_id = ? WHERE id = ?")
                .params(meetingId, pollId)
                .update();
    }
}
