package de.gemeinsinn.groups;

import de.gemeinsinn.accounts.PersonErased;
import de.gemeinsinn.platform.privacy.PersonalDataExporter;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the groups module holds about a person: memberships with their settings, open join
 * requests. On erasure memberships and requests go; groups and links they created stay without
 * the person's id.
 */
@Component
class GroupsPersonalData implements PersonalDataExporter {

    record MembershipExport(
            String group,
            String url,
            String role,
            String nameShown,
            String organisationOrDepartment,
            Instant joinedAt) {}

    record RequestExport(String group, String message, Instant createdAt) {}

    private final GroupStore store;
    private final ApplicationEventPublisher events;

    GroupsPersonalData(GroupStore store, ApplicationEventPublisher events) {
        this.store = store;
        this.events = events;
    }

    @Override
    public String section() {
        return "groups";
    }

    @Override
    public Object export(UUID personId) {
        List<MembershipExport> memberships = store.membershipsOf(personId).stream()
                .map(m -> store.byId(m.groupId())
                        .map(g -> new MembershipExport(
                                g.name(),
                                g.url(),
                                m.role().name(),
                                m.namePublic() ? "PUBLIC" : "MEMBERS",
                                m.represents(),
                                m.joinedAt()))
                        .orElse(null))
                .filter(java.util.Objects::nonNull)
                .toList();
        List<RequestExport> requests = store.requestsOf(personId).stream()
                .map(r -> new RequestExport(
                        store.byId(r.groupId()).map(Group::name).orElse(""), r.message(), r.createdAt()))
                .toList();
        return Map.of("memberships", memberships, "joinRequests", requests);
    }

    /** Open invitations to the person's address stay until they expire (14 days) or are withdrawn. */
    @EventListener
    @Transactional
    void on(PersonErased event) {
        List<UUID> groups = store.membershipsOf(event.personId()).stream()
                .map(GroupStore.Membership::groupId)
                .toList();
        store.forget(event.personId());
        groups.forEach(g -> events.publishEvent(new MemberLeft(g, event.personId())));
    }
}
