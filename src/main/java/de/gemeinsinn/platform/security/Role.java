package de.gemeinsinn.platform.security;

/** The roles a person can hold; all but {@link #NETWORK_ADMIN} are scoped. */
public enum Role {
    /** Runs the whole network; scope is ignored. */
    NETWORK_ADMIN,
    /** Coordination office of one city; scope is the city slug. */
    CITY_COORDINATOR,
    /** Maintains one organisation; scope is the organisation id. */
    ORG_MANAGER,
    /** Leads one working group; scope is the group id. */
    GROUP_LEAD,
    /** Ordinary member or volunteer; scope is empty. */
    MEMBER
}
