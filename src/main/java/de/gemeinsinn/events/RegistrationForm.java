package de.gemeinsinn.events;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/** The registration form (web) and its checks, shared with the API. */
record RegistrationForm(
        String name,
        String email,
        String citySlug,
        String organisation,
        String accessibilityNeeds,
        String dietaryWishes,
        boolean showInList,
        boolean consent) {

    static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}");

    static RegistrationForm empty() {
        return new RegistrationForm("", "", "", "", "", "", false, false);
    }

    /** Field → German message; empty when valid. */
    Map<String, String> validate(Regions regions) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (name == null || name.isBlank()) {
            errors.put("name", "Bitte deinen Namen angeben.");
        } else if (name.length() > 200) {
            errors.put("name", "Der Name darf höchstens 200 Zeichen lang sein.");
        }
        if (email == null
                || email.length() > 254
                || !EMAIL.matcher(email.trim()).matches()) {
            errors.put("email", "Bitte eine gültige E-Mail-Adresse angeben.");
        }
        if (citySlug != null
                && !citySlug.isBlank()
                && regions.city(citySlug.trim()).isEmpty()) {
            errors.put("citySlug", "Diese Stadt ist keine Mitgliedsstadt.");
        }
        if (organisation != null && organisation.length() > 200) {
            errors.put("organisation", "Die Organisation darf höchstens 200 Zeichen lang sein.");
        }
        if (accessibilityNeeds != null && accessibilityNeeds.length() > 2000) {
            errors.put("accessibilityNeeds", "Höchstens 2.000 Zeichen.");
        }
        if (dietaryWishes != null && dietaryWishes.length() > 2000) {
            errors.put("dietaryWishes", "Höchstens 2.000 Zeichen.");
        }
        if (!consent) {
            errors.put("consent", "Ohne Einwilligung in die Datenverarbeitung ist keine Anmeldung möglich.");
        }
        return errors;
    }

    NewRegistration toNew() {
        return new NewRegistration(
                name,
                email,
                citySlug == null || citySlug.isBlank() ? null : citySlug.trim(),
                organisation,
                accessibilityNeeds,
                dietaryWishes,
                showInList,
                consent);
    }
}
