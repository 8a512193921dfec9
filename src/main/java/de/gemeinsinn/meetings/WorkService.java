package de.gemeinsinn.meetings;

import de.gemeinsinn.platform.web.NotFoundException;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Decisions and action items; callers checked the permissions on the {@link GroupContext}. */
@Service
@Transactional
class WorkService {

    private final WorkStore store;
    private final MeetingStore meetings;
    private final Notifications notifications;
    private final MeetingsSearch search;

    WorkService(WorkStore store, MeetingStore meetings, Notifications notifications, MeetingsSearch search) {
        this.store = store;
        this.meetings = meetings;
        this.notifications = notifications;
        this.search = search;
    }

    @Transactional(readOnly = true)
    Decision decision(GroupContext c, int number) {
        return store.decision(c.group().id(), number)
                .orElseThrow(() -> new NotFoundException("Beschluss nicht gefunden"));
    }

    @Transactional(readOnly = true)
    ActionItem action(GroupContext c, UUID id) {
        return store.action(id)
                .filter(a -> a.groupId().equals(c.group().id()))
                .orElseThrow(() -> new NotFoundException("Aufgabe nicht gefunden"));
    }

    /** The meeting must belong to the group; anything else is ignored (null). */
    UUID ownMeeting(GroupContext c, UUID meetingId) {
        return meetingId == null
                ? null
                : meetings.find(meetingId)
                        .filter(m -> m.groupId().equals(c.group().id()))
                        .map(Meeting::id)
                        .orElse(null);
    }

    UUID ownDecision(GroupContext c, UUID decisionId) {
        return decisionId == null
                ? null
                : store.decisionById(decisionId)
                        .filter(d -> d.groupId().equals(c.group().id()))
                        .map(Decision::id)
                        .orElse(null);
    }

    Decision createDecision(GroupContext c, DecisionForm.Input in) {
        Decision d = store.insertDecision(
                c.group().id(),
                in.text(),
                in.method(),
                in.yes(),
                in.no(),
                in.abstain(),
                in.status(),
                ownMeeting(c, in.meetingId()),
                in.decidedOn(),
                c.user() == null ? null : c.user().personId());
        search.decisionChanged(d);
        return d;
    }

    void updateDecision(Decision d, DecisionForm.Input in) {
        store.updateDecision(d.id(), in.text(), in.method(), in.yes(), in.no(), in.abstain(), in.status());
        search.decisionChanged(store.decisionById(d.id()).orElseThrow());
    }

    ActionItem createAction(GroupContext c, ActionForm.Input in) {
        ActionItem a = store.insertAction(
                c.group().id(),
                in.title(),
                in.ownerId(),
                in.dueOn(),
                ownMeeting(c, in.meetingId()),
                ownDecision(c, in.decisionId()),
                c.user() == null ? null : c.user().personId());
        if (in.status() != WorkStatus.OPEN) {
            store.setActionStatus(a.id(), in.status());
        }
        assigned(c, a.id(), null, in.ownerId());
        search.actionChanged(store.action(a.id()).orElseThrow());
        return a;
    }

    void updateAction(GroupContext c, ActionItem a, ActionForm.Input in) {
        store.updateAction(a.id(), in.title(), in.ownerId(), in.dueOn(), in.status(), ownDecision(c, in.decisionId()));
        assigned(c, a.id(), a.ownerId(), in.ownerId());
        search.actionChanged(store.action(a.id()).orElseThrow());
    }

    void setStatus(ActionItem a, WorkStatus status) {
        store.setActionStatus(a.id(), status);
        search.actionChanged(store.action(a.id()).orElseThrow());
    }

    /** Tells a new owner about the action, unless they assigned it to themselves. */
    private void assigned(GroupContext c, UUID actionId, UUID before, UUID after) {
        UUID me = c.user() == null ? null : c.user().personId();
        if (after != null && !Objects.equals(before, after) && !after.equals(me)) {
            notifications.queue(List.of(after), MailKind.ACTION_ASSIGNED, actionId);
        }
    }
}
