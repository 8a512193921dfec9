package de.gemeinsinn.organisations;

/** Where an organisation stands: registered, approved by the city's coordination office, or not. */
enum OrganisationStatus {
    PENDING,
    APPROVED,
    REJECTED
}
