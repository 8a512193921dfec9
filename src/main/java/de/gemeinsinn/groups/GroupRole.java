package de.gemeinsinn.groups;

/** A person's role in one working group. */
public enum GroupRole {
    /** Leads the group: manages members, requests, invitations, documents and the group's data. */
    LEAD,
    /** Full member. */
    MEMBER,
    /** Takes part as a guest (e.g. from another city or for one topic). */
    GUEST
}
