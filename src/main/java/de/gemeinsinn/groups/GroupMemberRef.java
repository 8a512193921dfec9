package de.gemeinsinn.groups;

import java.util.UUID;

/**
 * One member of a group as other modules see it.
 *
 * @param personId the person (accounts module)
 * @param displayName the person's name
 * @param role lead, member or guest
 * @param organisationName the organisation or department the person is in the group for, or null
 * @param namePublic whether the member allows their name to be shown to people outside the group;
 *     when false, show the name only to members, the city's coordinators and network admins
 */
public record GroupMemberRef(
        UUID personId, String displayName, GroupRole role, String organisationName, boolean namePublic) {}
