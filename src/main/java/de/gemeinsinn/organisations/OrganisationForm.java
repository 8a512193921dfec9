package de.gemeinsinn.organisations;

import org.springframework.web.multipart.MultipartFile;

/**
 * What the registration and edit forms send; kept apart from {@link Organisation}. {@link
 * OrganisationFormValidator} checks everything.
 *
 * @param city city slug (only used when registering; an organisation never moves city)
 * @param contactPersonal the contact address is the person's own and they agree to show it
 */
record OrganisationForm(
        String city,
        String name,
        String type,
        String quartier,
        String description,
        String website,
        String contactEmail,
        Boolean contactPersonal,
        Boolean removeLogo,
        MultipartFile logo,
        Integer version) {

    static OrganisationForm empty(String city) {
        return new OrganisationForm(city, "", "", "", "", "", "", false, false, null, null);
    }

    static OrganisationForm of(Organisation o) {
        return new OrganisationForm(
                o.citySlug(),
                o.name(),
                o.type().name(),
                o.quartier() == null ? "" : o.quartier(),
                o.description(),
                o.website() == null ? "" : o.website(),
                o.contactEmail() == null ? "" : o.contactEmail(),
                o.contactPersonal(),
                false,
                null,
                o.version());
    }

    static String trimmed(String s) {
        return s == null ? "" : s.strip();
    }

    static String orNull(String s) {
        String t = trimmed(s);
        return t.isEmpty() ? null : t;
    }

    boolean hasLogo() {
        return logo != null && !logo.isEmpty();
    }

    boolean removesLogo() {
        return Boolean.TRUE.equals(removeLogo);
    }

    boolean personal() {
        return Boolean.TRUE.equals(contactPersonal);
    }

    OrganisationType typeOrNull() {
        try {
            return OrganisationType.valueOf(trimmed(type));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
