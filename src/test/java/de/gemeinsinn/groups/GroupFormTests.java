package de.gemeinsinn.groups;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.gemeinsinn.platform.security.GemeinsinnUser;
import de.gemeinsinn.support.GemeinsinnTest;
import org.junit.jupiter.api.Test;

/** German messages for every invalid field; nothing is saved while anything is wrong. */
@GemeinsinnTest
class GroupFormTests extends GroupsTestSupport {

    int groups() {
        return jdbc.sql("SELECT count(*) FROM groups.work_group")
                .query(Integer.class)
                .single();
    }

    @Test
    void invalidNewGroupShowsGermanMessagesAndSavesNothing() throws Exception {
        int before = groups();
        String html = mvc.perform(post("/gruppen/neu")
                        .with(csrf())
                        .with(as(coordinator("bottrop")))
                        .param("city", "bottrop")
                        .param("name", " ")
                        .param("purpose", "")
                        .param("topics", "a".repeat(41))
                        .param("quartiere", "Atlantis")
                        .param("visibility", "GEHEIM")
                        .param("joinPolicy", ""))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html)
                .contains("Bitte geben Sie der Gruppe einen Namen.")
                .contains("Bitte beschreiben Sie in ein paar Sätzen, worum es in der Gruppe geht.")
                .contains("Jedes Thema darf höchstens 40 Zeichen lang sein.")
                .contains("Bitte wählen Sie nur Quartiere der Stadt der Gruppe.")
                .contains("Bitte wählen Sie, wer die Gruppe sehen darf.")
                .contains("Bitte wählen Sie, wie neue Mitglieder dazukommen.")
                .contains("aria-describedby=\"name-error\"");
        assertThat(groups()).isEqualTo(before);
    }

    @Test
    void aCoordinatorCreatesAGroupOfTheirCityButNotOfTheNetwork() throws Exception {
        GemeinsinnUser erika = coordinator("bottrop");
        mvc.perform(post("/gruppen/neu")
                        .with(csrf())
                        .with(as(erika))
                        .param("city", "bottrop")
                        .param("name", "AG Neue Nachbarschaft")
                        .param("purpose", "Nachbarn lernen sich kennen.")
                        .param("topics", "Nachbarschaft, Feste")
                        .param("quartiere", "Boy", "Ebel")
                        .param("visibility", "PUBLIC")
                        .param("joinPolicy", "OPEN"))
                .andExpect(status().isFound());
        assertThat(jdbc.sql("SELECT quartiere FROM groups.work_group WHERE name = 'AG Neue Nachbarschaft'")
                        .query((rs, i) ->
                                java.util.List.of((String[]) rs.getArray(1).getArray()))
                        .single())
                .containsExactly("Boy", "Ebel");
        int before = groups();
        mvc.perform(post("/gruppen/neu")
                        .with(csrf())
                        .with(as(erika))
                        .param("city", "")
                        .param("name", "Netzwerkgruppe")
                        .param("purpose", "Zweck")
                        .param("visibility", "PUBLIC")
                        .param("joinPolicy", "OPEN"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/gruppen/neu")
                        .with(csrf())
                        .with(as(erika))
                        .param("city", "bocholt")
                        .param("name", "Fremde Gruppe")
                        .param("purpose", "Zweck")
                        .param("visibility", "PUBLIC")
                        .param("joinPolicy", "OPEN"))
                .andExpect(status().isForbidden());
        assertThat(groups()).isEqualTo(before);
    }

    @Test
    void invalidEditKeepsTheGroupAsItWas() throws Exception {
        GroupRef g = group("AG Unverändert", "bottrop", GroupVisibility.PUBLIC, JoinPolicy.OPEN);
        GemeinsinnUser lead = person("Lea Leitung");
        member(g, lead, GroupRole.LEAD, true);
        String html = mvc.perform(post(g.url() + "/bearbeiten")
                        .with(csrf())
                        .with(as(lead))
                        .param("name", "Neuer Name")
                        .param("purpose", "x".repeat(2001))
                        .param("visibility", "INTERNAL")
                        .param("joinPolicy", "OPEN"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html).contains("Bitte höchstens 2.000 Zeichen.");
        assertThat(jdbc.sql("SELECT name || '/' || visibility FROM groups.work_group WHERE id = ?")
                        .param(g.id())
                        .query(String.class)
                        .single())
                .isEqualTo("AG Unverändert/PUBLIC");
    }

    @Test
    void aStaleEditIsRefusedWithAClearMessage() throws Exception {
        GroupRef g = group("AG Gleichzeitig", "bottrop", GroupVisibility.PUBLIC, JoinPolicy.OPEN);
        GemeinsinnUser admin = admin();
        jdbc.sql("UPDATE groups.work_group SET version = 3 WHERE id = ?")
                .param(g.id())
                .update();
        String html = mvc.perform(post(g.url() + "/bearbeiten")
                        .with(csrf())
                        .with(as(admin))
                        .param("name", "Veralteter Stand")
                        .param("purpose", "Zweck")
                        .param("visibility", "PUBLIC")
                        .param("joinPolicy", "OPEN")
                        .param("version", "2"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html).contains("Jemand anderes hat diese Gruppe inzwischen geändert.");
        assertThat(jdbc.sql("SELECT name FROM groups.work_group WHERE id = ?")
                        .param(g.id())
                        .query(String.class)
                        .single())
                .isEqualTo("AG Gleichzeitig");
    }

    @Test
    void linksMustBeWebAddresses() throws Exception {
        GroupRef g = group("AG Links", "bottrop", GroupVisibility.PUBLIC, JoinPolicy.OPEN);
        GemeinsinnUser admin = admin();
        mvc.perform(post(g.url() + "/links")
                        .with(csrf())
                        .with(as(admin))
                        .param("title", "Böse")
                        .param("url", "javascript:alert(1)"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                        .attribute("flashError", "groups.links.url.invalid"));
        mvc.perform(post(g.url() + "/links")
                        .with(csrf())
                        .with(as(admin))
                        .param("title", "Protokollvorlage")
                        .param("url", "https://example.org/vorlage"))
                .andExpect(status().isFound());
        assertThat(jdbc.sql("SELECT url FROM groups.link WHERE group_id = ?")
                        .param(g.id())
                        .query(String.class)
                        .list())
                .containsExactly("https://example.org/vorlage");
    }
}
