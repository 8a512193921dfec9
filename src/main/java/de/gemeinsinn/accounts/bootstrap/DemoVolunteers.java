package de.gemeinsinn.accounts.bootstrap;

import de.gemeinsinn.platform.security.Role;
import de.gemeinsinn.platform.security.ScopedRole;
import java.util.List;
import java.util.stream.Stream;

/**
 * More fictional demo people (role MEMBER) for the working groups and organisations of the demo
 * network; listed in docs/demo-accounts.md. Same demo password as the other demo accounts.
 */
final class DemoVolunteers {

    private static final String[] NAMES = {
        "Anna Muster",
        "Bernd Beispiel",
        "Carla Exempel",
        "Deniz Mustermann",
        "Emine Beispiel",
        "Frank Vorlage",
        "Greta Platzhalter",
        "Hakan Muster",
        "Ida Exempel",
        "Jan Testmann",
        "Katharina Modell",
        "Lukas Beispiel",
        "Maria Musterfrau",
        "Nils Vorlage",
        "Olga Exempel",
        "Peter Platzhalter",
        "Rosa Muster",
        "Sven Testmann",
        "Tanja Modell",
        "Ulrich Musterfrau",
        "Vera Beispielhaft",
        "Yusuf Muster"
    };

    static final List<DemoAccounts.DemoPerson> PEOPLE = Stream.of(NAMES)
            .map(n -> new DemoAccounts.DemoPerson(email(n), n, ScopedRole.of(Role.MEMBER)))
            .toList();

    private DemoVolunteers() {}

    /** "Deniz Mustermann" → deniz.mustermann@example.org */
    static String email(String name) {
        return name.toLowerCase(java.util.Locale.GERMAN).replace(' ', '.') + "@example.org";
    }
}
