package de.gemeinsinn.meetings;

import de.gemeinsinn.groups.GroupDirectory;
import de.gemeinsinn.groups.GroupMemberRef;
import de.gemeinsinn.platform.web.NotFoundException;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Meetings with their agenda, RSVPs and minutes. Callers pass a {@link GroupContext} whose
 * permissions they checked; every change is one transaction with its search update and mails.
 */
@Service
@Transactional
class MeetingService {

    /** A save of minutes that lost against someone else's: their current text and version. */
    record MinutesConflict(AgendaItem current) {}

    private final MeetingStore store;
    private final WorkStore work;
    private final GroupDirectory groups;
    private final Notifications notifications;
    private final MeetingsSearch search;

    MeetingService(
            MeetingStore store,
            WorkStore work,
            GroupDirectory groups,
            Notifications notifications,
            MeetingsSearch search) {
        this.store = store;
        this.work = work;
        this.groups = groups;
        this.notifications = notifications;
        this.search = search;
    }

    @Transactional(readOnly = true)
    Meeting find(GroupContext c, UUID id) {
        return store.find(id)
                .filter(m -> m.groupId().equals(c.group().id()))
                .orElseThrow(() -> new NotFoundException("Treffen nicht gefunden"));
    }

    /** Creates the meeting, puts the chosen open actions on its agenda and invites the members. */
    Meeting create(GroupContext c, MeetingInput in, Collection<UUID> offeredActions, MailKind invitation) {
        UUID id = UUID.randomUUID();
        UUID by = c.user() == null ? null : c.user().personId();
        store.insert(id, c.group().id(), in.title(), in.startsAt(), in.endsAt(), in.place(), in.onlineUrl(), by);
        for (String item : in.agenda()) {
            store.addItem(id, item, "", null);
        }
        Set<UUID> wanted = Set.copyOf(offeredActions);
        for (ActionItem a : work.offeredFor(c.group().id(), null)) {
            if (wanted.contains(a.id())) {
                store.addItem(id, "Offene Aufgabe: " + a.title(), "", a.id());
            }
        }
        Meeting m = store.find(id).orElseThrow();
        search.meetingChanged(m);
        notifications.queue(others(c), invitation, id);
        return m;
    }

    void update(GroupContext c, Meeting m, MeetingInput in) {
        store.update(m.id(), in.title(), in.startsAt(), in.endsAt(), in.place(), in.onlineUrl());
        Meeting changed = store.find(m.id()).orElseThrow();
        search.meetingChanged(changed);
        if (!changed.cancelled()) {
            notifications.queue(others(c), MailKind.CHANGED, m.id());
        }
    }

    void cancel(GroupContext c, Meeting m) {
        if (m.cancelled()) {
            return;
        }
        store.cancel(m.id());
        search.meetingChanged(store.find(m.id()).orElseThrow());
        notifications.queue(others(c), MailKind.CANCELLED, m.id());
    }

    void addItem(Meeting m, String title, UUID actionId) {
        store.addItem(m.id(), title, "", actionId);
        search.meetingChanged(m);
    }

    void addOfferedAction(GroupContext c, Meeting m, UUID actionId) {
        ActionItem a = work.offeredFor(c.group().id(), m.id()).stream()
                .filter(x -> x.id().equals(actionId))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Aufgabe nicht gefunden"));
        addItem(m, "Offene Aufgabe: " + a.title(), a.id());
    }

    void moveItem(Meeting m, UUID itemId, int direction) {
        store.findForUpdate(m.id());
        store.move(m.id(), itemId, direction);
    }

    void removeItem(Meeting m, UUID itemId) {
        store.removeItem(m.id(), itemId);
        search.meetingChanged(m);
    }

    void rsvp(GroupContext c, Meeting m, Rsvp answer) {
        store.rsvp(m.id(), c.user().personId(), answer);
    }

    /**
     * Saves minutes if nobody else saved since {@code version}; otherwise nothing is written and
     * the conflict carries the other person's text.
     */
    MinutesConflict saveMinutes(GroupContext c, AgendaItem item, int version, String text) {
        if (store.saveMinutes(item.id(), version, text, c.user().personId())) {
            return null;
        }
        return new MinutesConflict(store.item(item.id()).orElseThrow());
    }

    /** Approves and publishes the minutes to all members. */
    void approve(GroupContext c, Meeting m) {
        if (m.minutesApproved()) {
            return;
        }
        store.approveMinutes(m.id(), c.user().personId());
        search.meetingChanged(store.find(m.id()).orElseThrow());
        notifications.queue(others(c), MailKind.MINUTES, m.id());
    }

    void setSummary(Meeting m, String summary) {
        store.setSummary(m.id(), summary);
        search.meetingChanged(store.find(m.id()).orElseThrow());
    }

    /** Every member but the acting person. */
    List<UUID> others(GroupContext c) {
        UUID me = c.user() == null ? null : c.user().personId();
        return groups.members(c.group().id()).stream()
                .map(GroupMemberRef::personId)
                .filter(p -> !p.equals(me))
                .collect(Collectors.toList());
    }
}
