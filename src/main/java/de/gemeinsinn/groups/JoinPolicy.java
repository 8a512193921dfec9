package de.gemeinsinn.groups;

/** How people become members. */
public enum JoinPolicy {
    /** Anyone logged in who may see the group joins with one click. */
    OPEN,
    /** People ask; a lead approves or declines. */
    REQUEST,
    /** Only by an invitation from a lead or coordinator. */
    INVITATION
}
