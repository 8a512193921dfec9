/**
 * Organisations of a member city (associations, initiatives, administration units, companies,
 * foundations, schools, faith communities): self-registration, approval by the city's
 * coordination office, maintenance by organisation managers, public list and pages. Other modules
 * look organisations up through {@link de.gemeinsinn.organisations.OrganisationDirectory}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Organisations")
package de.gemeinsinn.organisations;
