package de.gemeinsinn.meetings;

import de.gemeinsinn.groups.GroupDirectory;
import de.gemeinsinn.groups.GroupMemberRef;
import de.gemeinsinn.platform.web.NotFoundException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Date polls: create, answer, and turn the chosen time into a meeting. */
@Service
@Transactional
class PollService {

    /** Counts of one proposed time. */
    record Tally(DatePoll.Option option, int yes, int ifNeedBe, int no, boolean best) {}

    private final PollStore store;
    private final MeetingService meetings;
    private final GroupDirectory groups;
    private final Notifications notifications;

    PollService(PollStore store, MeetingService meetings, GroupDirectory groups, Notifications notifications) {
        this.store = store;
        this.meetings = meetings;
        this.groups = groups;
        this.notifications = notifications;
    }

    @Transactional(readOnly = true)
    DatePoll find(GroupContext c, UUID id) {
        return store.find(id)
                .filter(p -> p.groupId().equals(c.group().id()))
                .orElseThrow(() -> new NotFoundException("Terminumfrage nicht gefunden"));
    }

    UUID create(GroupContext c, PollForm.Input in) {
        UUID id = store.insert(
                c.group().id(),
                in.title(),
                in.place(),
                in.onlineUrl(),
                in.options(),
                c.user().personId());
        notifications.queue(meetings.others(c), MailKind.POLL, id);
        return id;
    }

    /** Stores the person's answers; unknown options are ignored. */
    void answer(GroupContext c, DatePoll poll, Map<UUID, PollAnswer> answers) {
        for (DatePoll.Option o : poll.options()) {
            PollAnswer a = answers.get(o.id());
            if (a != null) {
                store.answer(o.id(), c.user().personId(), a);
            }
        }
    }

    /** Yes counts most, then "if need be", then the earlier time. */
    static List<Tally> tally(DatePoll poll, Map<UUID, Map<UUID, PollAnswer>> answers) {
        List<Tally> out = new ArrayList<>();
        for (DatePoll.Option o : poll.options()) {
            Map<UUID, PollAnswer> a = answers.getOrDefault(o.id(), Map.of());
            int yes = (int) a.values().stream().filter(x -> x == PollAnswer.YES).count();
            int maybe = (int)
                    a.values().stream().filter(x -> x == PollAnswer.IF_NEED_BE).count();
            int no = (int) a.values().stream().filter(x -> x == PollAnswer.NO).count();
            out.add(new Tally(o, yes, maybe, no, false));
        }
        Tally best = out.stream()
                .min(Comparator.comparingInt((Tally t) -> -t.yes())
                        .thenComparingInt(t -> -t.ifNeedBe())
                        .thenComparing(t -> t.option().startsAt()))
                .orElse(null);
        return out.stream()
                .map(t -> new Tally(t.option(), t.yes(), t.ifNeedBe(), t.no(), t == best))
                .toList();
    }

    /** Turns the chosen time into a meeting, closes the poll and tells every member; null when closed meanwhile. */
    Meeting schedule(GroupContext c, UUID pollId, UUID optionId) {
        DatePoll poll = store.findForUpdate(pollId)
                .filter(p -> p.groupId().equals(c.group().id()))
                .orElseThrow(() -> new NotFoundException("Terminumfrage nicht gefunden"));
        if (!poll.open()) {
            return null;
        }
        DatePoll.Option o = poll.options().stream()
                .filter(x -> x.id().equals(optionId))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Termin nicht gefunden"));
        Meeting m = meetings.create(
                c,
                new MeetingInput(poll.title(), o.startsAt(), o.endsAt(), poll.place(), poll.onlineUrl(), List.of()),
                List.of(),
                MailKind.SCHEDULED);
        store.close(poll.id(), m.id());
        return m;
    }

    @Transactional(readOnly = true)
    List<GroupMemberRef> members(GroupContext c) {
        return groups.members(c.group().id());
    }
}
