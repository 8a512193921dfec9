package de.gemeinsinn.meetings;

import de.gemeinsinn.groups.GroupDirectory;
import de.gemeinsinn.groups.GroupRef;
import de.gemeinsinn.groups.GroupRole;
import de.gemeinsinn.platform.security.Access;
import de.gemeinsinn.platform.security.GemeinsinnUser;
import de.gemeinsinn.platform.web.NotFoundException;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/** Loads a group for the current viewer and checks what they may do; every check fails closed. */
@Component
class MeetingAccess {

    private final GroupDirectory groups;
    private final Access access;

    MeetingAccess(GroupDirectory groups, Access access) {
        this.groups = groups;
        this.access = access;
    }

    /** The group by slug for a viewer who may read it (404 when unknown, 403 when not allowed). */
    GroupContext readable(String slug) {
        GroupRef group = groups.findBySlug(slug).orElseThrow(() -> new NotFoundException("Gruppe nicht gefunden"));
        return context(group);
    }

    GroupContext readable(UUID groupId) {
        GroupRef group = groups.find(groupId).orElseThrow(() -> new NotFoundException("Gruppe nicht gefunden"));
        return context(group);
    }

    /** For the group's internal pages: members, the city's coordinators and network admins. */
    GroupContext internal(String slug) {
        GroupContext c = readable(slug);
        c.requireInternals();
        return c;
    }

    GroupContext context(GroupRef group) {
        GemeinsinnUser user = access.currentUser().orElse(null);
        GroupRole role =
                user == null ? null : groups.roleOf(group.id(), user.personId()).orElse(null);
        boolean manage = user != null && groups.canManage(group.id(), user);
        boolean internals = manage || role != null || (user != null && groups.canSeeInternals(group.id(), user));
        if (!group.isPublic() && !internals) {
            throw new AccessDeniedException("internal group");
        }
        return new GroupContext(group, user, role, internals, manage);
    }

    /** Without the read check, for section contributions on pages that checked already. */
    GroupContext contextOrNull(UUID groupId, GemeinsinnUser user) {
        GroupRef group = groups.find(groupId).orElse(null);
        if (group == null) {
            return null;
        }
        GroupRole role =
                user == null ? null : groups.roleOf(group.id(), user.personId()).orElse(null);
        boolean manage = user != null && groups.canManage(group.id(), user);
        boolean internals = manage || role != null || (user != null && groups.canSeeInternals(group.id(), user));
        return new GroupContext(group, user, role, internals, manage);
    }
}
