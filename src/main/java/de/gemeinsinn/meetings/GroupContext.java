package de.gemeinsinn.meetings;

import de.gemeinsinn.groups.GroupRef;
import de.gemeinsinn.groups.GroupRole;
import de.gemeinsinn.platform.security.GemeinsinnUser;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;

/**
 * A group as the current viewer may use it, computed once per request.
 *
 * @param group the group
 * @param user the signed-in person, or null
 * @param role their role in the group, or null when not a member
 * @param internals may see what only members see (members, the city's coordinators, admins)
 * @param manage may manage the group (leads, the city's coordinators, network admins)
 */
record GroupContext(GroupRef group, GemeinsinnUser user, GroupRole role, boolean internals, boolean manage) {

    public boolean member() {
        return role != null;
    }

    /** Leads, members and managers write minutes and action items; guests only read. */
    public boolean canWrite() {
        return manage || role == GroupRole.LEAD || role == GroupRole.MEMBER;
    }

    public boolean canEdit(ActionItem a) {
        return canWrite() || (user != null && user.personId().equals(a.ownerId()));
    }

    public String slug() {
        return group.slug();
    }

    public String base() {
        return "/gruppen/" + group.slug();
    }

    /** Who may find this group's internal content in the search. */
    public List<String> audience() {
        return Audiences.of(group);
    }

    public void requireInternals() {
        if (!internals) {
            throw new AccessDeniedException("members only");
        }
    }

    public void requireManage() {
        if (!manage) {
            throw new AccessDeniedException("group lead or coordinator required");
        }
    }

    public void requireWrite() {
        if (!canWrite()) {
            throw new AccessDeniedException("group member required");
        }
    }

    public void requireMember() {
        if (!member()) {
            throw new AccessDeniedException("group member required");
        }
    }
}
