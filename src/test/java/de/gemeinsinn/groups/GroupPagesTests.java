package de.gemeinsinn.groups;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.gemeinsinn.platform.security.GemeinsinnUser;
import de.gemeinsinn.support.GemeinsinnTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The demo network and every page type render; private names stay private. */
@GemeinsinnTest
class GroupPagesTests extends GroupsTestSupport {

    @Autowired
    GroupDirectory directory;

    @Test
    void demoGroupsExistWithFixedIdsAndPaulaLeadsTheQuartierGroup() {
        for (DemoGroups.Demo d : DemoGroups.ALL) {
            GroupRef g = directory.find(d.id()).orElseThrow();
            assertThat(g.slug()).isEqualTo(d.slug());
            assertThat(g.citySlug()).isEqualTo(d.citySlug());
            assertThat(g.visibility()).isEqualTo(d.visibility());
        }
        var paula = jdbc.sql("SELECT id FROM accounts.person WHERE email = 'paula.beispiel@example.org'")
                .query(java.util.UUID.class)
                .single();
        assertThat(directory.roleOf(DemoGroups.QUARTIERE.id(), paula)).contains(GroupRole.LEAD);
        assertThat(directory.members(DemoGroups.QUARTIERE.id()).size()).isGreaterThanOrEqualTo(6);
        assertThat(directory.groupsOfCity("bottrop")).hasSizeGreaterThanOrEqualTo(8);
        assertThat(directory.groupsOfCity(null)).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void publicGroupPageShowsOnlyNamesMembersAllowToShow() throws Exception {
        GroupRef g = group("AG Sichtbarkeit", "bottrop", GroupVisibility.PUBLIC, JoinPolicy.OPEN);
        GemeinsinnUser open = person("Olivia Offen");
        GemeinsinnUser shy = person("Sina Schüchtern");
        member(g, open, GroupRole.LEAD, true);
        member(g, shy, GroupRole.MEMBER, false);

        String anonymous = mvc.perform(get(g.url()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(anonymous)
                .contains("Olivia Offen")
                .doesNotContain("Sina Schüchtern")
                .contains("1 weitere");

        String asMember = mvc.perform(get(g.url()).with(as(open)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(asMember).contains("Olivia Offen").contains("Sina Schüchtern");

        String asStranger = mvc.perform(get(g.url()).with(as(person("Fremde Person"))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(asStranger).doesNotContain("Sina Schüchtern").contains("Mitmachen");
    }

    @Test
    void everyPageTypeRenders() throws Exception {
        GemeinsinnUser admin = admin();
        String slug = DemoGroups.QUARTIERE.slug();
        for (String url : new String[] {
            "/gruppen",
            "/gruppen/" + slug,
            "/gruppen/" + DemoGroups.NETWORK_DEMOKRATIE.slug(),
            "/staedte/bottrop/netzwerk",
            "/staedte/bottrop",
            "/staedte/bottrop/organisationen",
            "/gruppen/einladung?token=unbekannt"
        }) {
            mvc.perform(get(url)).andExpect(status().isOk());
        }
        for (String url : new String[] {
            "/gruppen/neu",
            "/gruppen/neu?stadt=bottrop",
            "/gruppen/" + slug + "/bearbeiten",
            "/gruppen/" + slug + "/mitglieder",
            "/gruppen/" + DemoGroups.DIGITAL.slug(),
            "/staedte/bottrop/organisationen/freigabe",
            "/organisationen/registrieren?stadt=bottrop",
            "/organisationen/repair-cafe-welheim",
            "/organisationen/fachbereich-bauen-planen-und-umwelt/bearbeiten"
        }) {
            mvc.perform(get(url).with(as(admin))).andExpect(status().isOk());
        }
        String city =
                mvc.perform(get("/staedte/bottrop")).andReturn().getResponse().getContentAsString();
        assertThat(city).contains("AG Quartiere Bottrop").contains("Fachbereich Bildung und Soziales");
        assertThat(city).doesNotContain("AG Digitales Engagement").doesNotContain("Repair-Café Welheim");
        String network = mvc.perform(get("/staedte/bottrop/netzwerk"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(network).contains("Quartiersgruppe Kirchhellen").doesNotContain("AG Digitales Engagement");
    }
}
