package de.gemeinsinn.events;

/** What a person enters to register (already validated). */
record NewRegistration(
        String name,
        String email,
        String citySlug,
        String organisation,
        String accessibilityNeeds,
        String dietaryWishes,
        boolean showInList,
        boolean consent) {

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
