package de.gemeinsinn.events;

import static org.assertj.core.api.Assertions.assertThat;

import de.gemeinsinn.accounts.PersonDirectory;
import de.gemeinsinn.platform.security.GemeinsinnUser;
import de.gemeinsinn.platform.security.Role;
import de.gemeinsinn.platform.security.ScopedRole;
import de.gemeinsinn.support.GemeinsinnTest;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@GemeinsinnTest
class EventCatalogTests {

    @Autowired
    EventCatalog catalog;

    @Autowired
    PersonDirectory people;

    static GemeinsinnUser user(UUID id, ScopedRole... roles) {
        return new GemeinsinnUser(id, "x@example.org", "X", "", true, Set.of(roles));
    }

    @Test
    void theRegionalMeetingWestIsADemoEventInBottropWithAboutThirtyCities() {
        EventRef west = catalog.find(DemoEvents.REGIONAL_MEETING_WEST_BOTTROP).orElseThrow();
        assertThat(west.slug()).isEqualTo(DemoEvents.REGIONAL_MEETING_WEST_BOTTROP_SLUG);
        assertThat(west.regionCode()).isEqualTo("west");
        assertThat(west.citySlug()).isNull();
        assertThat(west.venueName()).isEqualTo("Kulturkirche Herz-Jesu");
        assertThat(west.startsAt().getYear()).isEqualTo(2025);
        assertThat(west.startsAt().getOffset().getTotalSeconds()).isEqualTo(7200);
        var confirmed = catalog.confirmed(west.id());
        assertThat(confirmed).hasSizeBetween(60, 90);
        assertThat(confirmed).allMatch(r -> r.status() == RegistrationStatus.CONFIRMED);
        assertThat(catalog.findBySlug(west.slug())).contains(west);
    }

    @Test
    void whoMayOrganise() {
        UUID west = DemoEvents.REGIONAL_MEETING_WEST_BOTTROP;
        UUID fair = DemoEvents.BOTTROP_ENGAGEMENT_FAIR;
        UUID erika =
                people.byEmail("erika.mustermann@example.org").orElseThrow().id();
        var admin = user(UUID.randomUUID(), ScopedRole.of(Role.NETWORK_ADMIN));
        var bottrop = user(UUID.randomUUID(), new ScopedRole(Role.CITY_COORDINATOR, "bottrop"));
        var bocholt = user(UUID.randomUUID(), new ScopedRole(Role.CITY_COORDINATOR, "bocholt"));
        var erikaUser = user(erika, new ScopedRole(Role.CITY_COORDINATOR, "bottrop"));
        assertThat(catalog.canOrganise(west, admin)).isTrue();
        assertThat(catalog.canOrganise(west, null)).isFalse();
        assertThat(catalog.canOrganise(west, bottrop)).isFalse(); // network event: not every coordinator
        assertThat(catalog.canOrganise(west, erikaUser)).isTrue(); // named organiser
        assertThat(catalog.canOrganise(fair, bottrop)).isTrue();
        assertThat(catalog.canOrganise(fair, bocholt)).isFalse();
        assertThat(catalog.canOrganise(UUID.randomUUID(), admin)).isFalse();
    }

    @Test
    void registrationsAreFoundByAccountOrAddress() {
        UUID max = people.byEmail("max.mustermann@example.org").orElseThrow().id();
        var byId = catalog.registrationOf(DemoEvents.NETWORK_MEETING_2027, max, null)
                .orElseThrow();
        assertThat(byId.status()).isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(catalog.registrationOf(DemoEvents.NETWORK_MEETING_2027, null, "MAX.Mustermann@example.org"))
                .contains(byId);
        assertThat(catalog.registrationOf(DemoEvents.NETWORK_MEETING_2027, UUID.randomUUID(), "nobody@example.org"))
                .isEmpty();
    }
}
