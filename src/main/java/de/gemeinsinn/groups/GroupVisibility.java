package de.gemeinsinn.groups;

/** Who may see a group at all. */
public enum GroupVisibility {
    /** Everyone, also without login; the group is listed and searchable. */
    PUBLIC,
    /** Only members, the coordinators of the group's city and network admins. */
    INTERNAL
}
