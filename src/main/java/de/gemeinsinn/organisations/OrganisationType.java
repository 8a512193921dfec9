package de.gemeinsinn.organisations;

/** Kinds of organisations; the German labels are in {@code i18n/organisations.properties}. */
public enum OrganisationType {
    VEREIN,
    INITIATIVE,
    /** Administration unit: Fachbereich, Dezernat, Amt. */
    VERWALTUNG,
    UNTERNEHMEN,
    STIFTUNG,
    /** Schools and other education. */
    BILDUNG,
    /** Faith communities. */
    RELIGION,
    SONSTIGE
}
