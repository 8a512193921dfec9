package de.gemeinsinn.groups;

import de.gemeinsinn.platform.security.GemeinsinnUser;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Read access to working groups and the permission rules for them, for other modules (meetings,
 * events ...). Every check fails closed: unknown groups and anonymous users mean no.
 */
public interface GroupDirectory {

    Optional<GroupRef> find(UUID groupId);

    Optional<GroupRef> findBySlug(String slug);

    /** The person's role in the group, empty when they are not a member. */
    Optional<GroupRole> roleOf(UUID groupId, UUID personId);

    /** All members, leads first, then by name; one query however many members there are. */
    List<GroupMemberRef> members(UUID groupId);

    /**
     * May this person see the group and its content for members? Public groups: everyone (also
     * {@code null}, i.e. anonymous). Internal groups: members, the coordinators of the group's city
     * and network admins.
     */
    boolean canRead(UUID groupId, GemeinsinnUser userOrNull);

    /**
     * May this person see what only members see (internal documents, minutes before publication,
     * members' names they only show to members)? Members, the city's coordinators and network
     * admins.
     */
    boolean canSeeInternals(UUID groupId, GemeinsinnUser userOrNull);

    /**
     * May this person manage the group (data, members, meetings)? Its leads, the coordinators of
     * the group's city and network admins (who may manage every group, network-level ones
     * included).
     */
    boolean canManage(UUID groupId, GemeinsinnUser user);

    /** The groups the person is a member of (any role), ordered by name. */
    List<GroupRef> groupsOf(UUID personId);

    /** The groups of one city (network-level groups: {@code null}), ordered by name. */
    List<GroupRef> groupsOfCity(String citySlugOrNull);
}
