package de.gemeinsinn.organisations;

import de.gemeinsinn.network.CityDirectory;
import de.gemeinsinn.platform.images.ImageProcessor;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/**
 * Checks a submitted organisation form and cleans an attached logo, so that the service only sees
 * valid input. Messages are keys in {@code i18n/organisations*.properties}.
 */
@Component
class OrganisationFormValidator {

    static final int NAME_MAX = 120;
    static final int DESCRIPTION_MAX = 1000;
    static final int URL_MAX = 300;
    static final int EMAIL_MAX = 200;
    static final int LOGO_WIDTH = 600;
    static final int LOGO_THUMB_WIDTH = 160;

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private final CityDirectory cities;
    private final Organisations organisations;
    private final ImageProcessor images;

    OrganisationFormValidator(CityDirectory cities, Organisations organisations, ImageProcessor images) {
        this.cities = cities;
        this.organisations = organisations;
        this.images = images;
    }

    /**
     * Returns the cleaned logo, or null when none was attached or it was refused.
     *
     * @param citySlug the city of the organisation (from the form when registering)
     * @param id the organisation's id when editing, null when registering
     * @param ownEmail the signed-in person's own address (a personal contact needs their consent)
     */
    ImageProcessor.Processed validate(OrganisationForm form, String citySlug, UUID id, String ownEmail, Errors errors) {
        boolean cityKnown = citySlug != null && cities.find(citySlug).isPresent();
        if (!cityKnown) {
            errors.rejectValue("city", "organisations.form.city.required");
        }
        String name = OrganisationForm.trimmed(form.name());
        if (name.isEmpty()) {
            errors.rejectValue("name", "organisations.form.name.required");
        } else if (name.length() > NAME_MAX) {
            errors.rejectValue("name", "organisations.form.tooLong", new Object[] {NAME_MAX}, null);
        } else if (cityKnown && organisations.nameTaken(citySlug, name, id)) {
            errors.rejectValue("name", "organisations.form.name.taken");
        }
        if (form.typeOrNull() == null) {
            errors.rejectValue("type", "organisations.form.type.required");
        }
        String quartier = OrganisationForm.trimmed(form.quartier());
        if (!quartier.isEmpty() && cityKnown && !cities.quartiere(citySlug).contains(quartier)) {
            errors.rejectValue("quartier", "organisations.form.quartier.unknown");
        }
        String description = OrganisationForm.trimmed(form.description());
        if (description.isEmpty()) {
            errors.rejectValue("description", "organisations.form.description.required");
        } else if (description.length() > DESCRIPTION_MAX) {
            errors.rejectValue("description", "organisations.form.tooLong", new Object[] {DESCRIPTION_MAX}, null);
        }
        String website = OrganisationForm.trimmed(form.website());
        if (!website.isEmpty() && (website.length() > URL_MAX || !isWebAddress(website))) {
            errors.rejectValue("website", "organisations.form.website.invalid");
        }
        String email = OrganisationForm.trimmed(form.contactEmail());
        if (!email.isEmpty()
                && (email.length() > EMAIL_MAX || !EMAIL.matcher(email).matches())) {
            errors.rejectValue("contactEmail", "organisations.form.contactEmail.invalid");
        } else if (!email.isEmpty() && email.equalsIgnoreCase(ownEmail) && !form.personal()) {
            errors.rejectValue("contactEmail", "organisations.form.contactEmail.consent");
        } else if (email.isEmpty() && form.personal()) {
            errors.rejectValue("contactPersonal", "organisations.form.contactPersonal.noEmail");
        }
        if (!form.hasLogo()) {
            return null;
        }
        try {
            return images.process(form.logo().getBytes(), LOGO_WIDTH, LOGO_THUMB_WIDTH);
        } catch (ImageProcessor.RejectedImage e) {
            errors.rejectValue("logo", e.messageKey());
        } catch (IOException e) {
            errors.rejectValue("logo", "image.type");
        }
        return null;
    }

    /** Only http and https addresses with a host: no javascript:, no relative links. */
    static boolean isWebAddress(String value) {
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme();
            return ("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme))
                    && uri.getHost() != null
                    && !uri.getHost().isBlank();
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
