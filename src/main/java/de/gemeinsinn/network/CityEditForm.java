package de.gemeinsinn.network;

import de.gemeinsinn.network.CityViews.CityProfile;
import de.gemeinsinn.network.CityViews.QuartierItem;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Year;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.validation.Errors;

/**
 * What a coordinator can change about a city. Focus topics are comma-separated; Quartiere one per
 * line, optionally as "Stadtbezirk / Quartier".
 */
record CityEditForm(
        @Size(max = 2000, message = "Der Profiltext darf höchstens 2000 Zeichen lang sein.")
        String profile,

        @NotBlank(message = "Bitte geben Sie den Namen der Ansprechperson an.")
        @Size(max = 120, message = "Der Name darf höchstens 120 Zeichen lang sein.")
        String officeName,

        @NotBlank(message = "Bitte geben Sie eine E-Mail-Adresse an.")
        @Email(message = "Bitte geben Sie eine gültige E-Mail-Adresse an, z. B. engagement@stadt.de.")
        @Size(max = 200, message = "Die E-Mail-Adresse darf höchstens 200 Zeichen lang sein.")
        String officeEmail,

        @Size(max = 40, message = "Die Telefonnummer darf höchstens 40 Zeichen lang sein.")
        @Pattern(
                regexp = "[0-9+()/ \\-]*",
                message = "Die Telefonnummer darf nur Ziffern, Leerzeichen und + ( ) / - enthalten.")
        String officePhone,

        @Size(max = 500, message = "Die Schwerpunkte dürfen zusammen höchstens 500 Zeichen lang sein.")
        String focusTopics,

        @NotBlank(message = "Bitte geben Sie das Beitrittsjahr an.")
        String memberSince,

        @Size(max = 10000, message = "Die Liste der Quartiere ist zu lang.")
        String quartiere,

        String version) {

    static final int MAX_TOPICS = 10;

    static CityEditForm of(CityProfile c) {
        return new CityEditForm(
                c.profile(),
                c.officeName(),
                c.officeEmail(),
                c.officePhone(),
                String.join(", ", c.focusTopics()),
                c.memberSince() == null ? "" : c.memberSince().toString(),
                c.quartiere().stream()
                        .map(q -> q.district() == null ? q.name() : q.district() + " / " + q.name())
                        .collect(Collectors.joining("\n")),
                Integer.toString(c.version()));
    }

    CityEditForm withVersion(int newVersion) {
        return new CityEditForm(
                profile,
                officeName,
                officeEmail,
                officePhone,
                focusTopics,
                memberSince,
                quartiere,
                Integer.toString(newVersion));
    }

    /** The year, or null when it is not a number (then {@link #check} reports it). */
    Integer memberSinceYear() {
        return memberSince != null && memberSince.strip().matches("\\d{4}")
                ? Integer.valueOf(memberSince.strip())
                : null;
    }

    /** The version the form was loaded with; a tampered value simply counts as a conflict. */
    int versionNumber() {
        return version != null && version.matches("\\d{1,9}") ? Integer.parseInt(version) : -1;
    }

    List<String> topicList() {
        return focusTopics == null
                ? List.of()
                : Arrays.stream(focusTopics.split(","))
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .distinct()
                        .toList();
    }

    List<QuartierItem> quartierList() {
        if (quartiere == null) {
            return List.of();
        }
        return quartiere
                .lines()
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .map(line -> {
                    int slash = line.indexOf('/');
                    return slash < 0
                            ? new QuartierItem(null, line)
                            : new QuartierItem(
                                    blankToNull(line.substring(0, slash).strip()),
                                    line.substring(slash + 1).strip());
                })
                .toList();
    }

    /** Checks that need more than one annotation; messages in German. */
    void check(Errors errors) {
        Integer year = memberSinceYear();
        if (memberSince != null && !memberSince.isBlank()) {
            if (year == null) {
                errors.rejectValue("memberSince", "year", "Bitte geben Sie das Jahr vierstellig an, z. B. 2016.");
            } else if (year < 2015) {
                errors.rejectValue(
                        "memberSince", "early", "Das Netzwerk besteht seit 2015; bitte ein Jahr ab 2015 angeben.");
            } else if (year > Year.now().getValue()) {
                errors.rejectValue("memberSince", "future", "Das Beitrittsjahr darf nicht in der Zukunft liegen.");
            }
        }
        List<String> topics = topicList();
        if (topics.size() > MAX_TOPICS) {
            errors.rejectValue("focusTopics", "tooMany", "Bitte höchstens " + MAX_TOPICS + " Schwerpunkte angeben.");
        } else if (topics.stream().anyMatch(t -> t.length() > 60)) {
            errors.rejectValue("focusTopics", "tooLong", "Ein Schwerpunkt darf höchstens 60 Zeichen lang sein.");
        }
        Set<String> seen = new HashSet<>();
        for (QuartierItem q : quartierList()) {
            if (q.name().isEmpty() || q.name().length() > 100) {
                errors.rejectValue(
                        "quartiere", "invalid", "Jedes Quartier braucht einen Namen mit höchstens 100 Zeichen.");
                return;
            }
            if (!seen.add(q.name().toLowerCase(Locale.GERMAN))) {
                errors.rejectValue(
                        "quartiere", "duplicate", "Das Quartier „" + q.name() + "“ steht doppelt in der Liste.");
                return;
            }
        }
    }

    private static String blankToNull(String s) {
        return s.isEmpty() ? null : s;
    }
}
