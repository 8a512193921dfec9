package de.gemeinsinn.news;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.gemeinsinn.support.GemeinsinnTest;
import org.junit.jupiter.api.Test;

@GemeinsinnTest
class NewsPagesTests extends NewsTestSupport {

    @Test
    void listShowsPublishedDemoArticlesNewestFirst() throws Exception {
        String html = mvc.perform(get("/news"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html)
                .contains("<h1>Neuigkeiten</h1>")
                .contains("Regionaltreffen West: Rund 30 Städte zu Gast in Bottrop")
                .contains("Netzwerktreffen 2026");
        assertThat(html.indexOf("Netzwerktreffen 2026")).isLessThan(html.indexOf("Ehrenamtskarte NRW"));
    }

    @Test
    void demoArticleIsRenderedFromMarkdown() throws Exception {
        mvc.perform(get("/news/regionaltreffen-west-in-bottrop"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Kulturkirche Herz-Jesu")))
                .andExpect(content().string(containsString("<h2>BarCamp: Die Themen kamen aus dem Saal</h2>")))
                .andExpect(content().string(containsString("Staatskanzlei NRW")))
                .andExpect(content().string(containsString("alt=\"Grafik: bunte Karteikarten")))
                .andExpect(content().string(containsString("href=\"/staedte/bottrop\"")));
    }

    @Test
    void filtersByTagCityAndRegion() throws Exception {
        mvc.perform(get("/news").param("tag", "Ehrenamtskarte"))
                .andExpect(content().string(containsString("Ehrenamtskarte NRW")))
                .andExpect(content().string(not(containsString("Engagementbörse auf dem Marktplatz"))));
        mvc.perform(get("/news").param("stadt", "bocholt"))
                .andExpect(content().string(containsString("Betriebe öffnen ihre Türen")))
                .andExpect(content().string(not(containsString("Ehrenamtskarte NRW: Was"))));
        mvc.perform(get("/news").param("region", "Süd"))
                .andExpect(content().string(containsString("Engagementbörse")))
                .andExpect(content().string(not(containsString("Betriebe öffnen"))));
        mvc.perform(get("/news").param("seite", "quatsch")).andExpect(status().isOk());
    }

    @Test
    void draftsAreInvisibleToThePublicButVisibleToEditors() throws Exception {
        String slug = article("Geheimer Entwurf Bottrop", "bottrop", ArticleStatus.DRAFT);
        mvc.perform(get("/news/" + slug)).andExpect(status().isNotFound());
        mvc.perform(get("/news/" + slug).with(member())).andExpect(status().isNotFound());
        mvc.perform(get("/news/" + slug).with(coordinator("bocholt"))).andExpect(status().isNotFound());
        mvc.perform(get("/news")).andExpect(content().string(not(containsString("Geheimer Entwurf"))));
        mvc.perform(get("/news/" + slug).with(coordinator("bottrop")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Entwurf – nur für die Redaktion sichtbar.")));
        mvc.perform(get("/news/" + slug).with(admin())).andExpect(status().isOk());
        mvc.perform(get("/news").with(coordinator("bottrop")))
                .andExpect(content().string(containsString("Geheimer Entwurf Bottrop")));
        mvc.perform(get("/news").with(coordinator("bocholt")))
                .andExpect(content().string(not(containsString("Geheimer Entwurf Bottrop"))));
    }

    @Test
    void editPermissions() throws Exception {
        String slug = article("Rechte-Test Bottrop", "bottrop", ArticleStatus.PUBLISHED);
        String edit = "/news/" + slug + "/bearbeiten";
        mvc.perform(get(edit).with(admin())).andExpect(status().isOk());
        mvc.perform(get(edit).with(coordinator("bottrop"))).andExpect(status().isOk());
        mvc.perform(get(edit).with(coordinator("bocholt"))).andExpect(status().isForbidden());
        mvc.perform(get(edit).with(member())).andExpect(status().isForbidden());
        mvc.perform(get(edit)).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/anmelden"));
        mvc.perform(get("/news/neu")).andExpect(redirectedUrl("/anmelden"));
        mvc.perform(get("/news/neu").with(member())).andExpect(status().isForbidden());
        mvc.perform(post("/news/" + slug + "/loeschen")
                        .with(coordinator("bocholt"))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/news/" + slug + "/zurueckziehen").with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(articles.findBySlug(slug).orElseThrow().isPublished()).isTrue();

        // a network-office article is for network admins only
        String network = article("Rechte-Test Netzwerk", null, ArticleStatus.PUBLISHED);
        mvc.perform(get("/news/" + network + "/bearbeiten").with(coordinator("bottrop")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/news/" + network + "/bearbeiten").with(admin())).andExpect(status().isOk());
    }

    @Test
    void coordinatorWritesPublishesUnpublishesAndDeletesOwnArticle() throws Exception {
        String location = mvc.perform(post("/news/neu")
                        .with(coordinator("bottrop"))
                        .with(csrf())
                        .param("title", "Sommerfest der Vereine in Bottrop")
                        .param("teaser", "Alle Vereine laden ein.")
                        .param("body", "## Programm\n\n- Musik\n- Essen")
                        .param("tags", "Quartier, Sommerfest")
                        .param("city", "bottrop")
                        .param("publishedOn", "2025-08-01"))
                .andDo(r -> {
                    if (r.getResponse().getStatus() == 200) {
                        throw new AssertionError(r.getResponse()
                                .getContentAsString()
                                .replaceAll("(?s).*<main", "<main")
                                .replaceAll("(?s)</main>.*", ""));
                    }
                })
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flash", "news.flash.created"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        String slug = location.substring("/news/".length());
        Article draft = articles.findBySlug(slug).orElseThrow();
        assertThat(draft.status()).isEqualTo(ArticleStatus.DRAFT);
        assertThat(draft.region()).isEqualTo("West");
        assertThat(draft.tags()).containsExactly("Quartier", "Sommerfest");
        assertThat(draft.authorName()).isEqualTo("Erika Mustermann");
        assertThat(draft.bodyHtml()).contains("<h2>Programm</h2>");

        mvc.perform(post("/news/" + slug + "/veroeffentlichen")
                        .with(coordinator("bottrop"))
                        .with(csrf()))
                .andExpect(redirectedUrl("/news/" + slug));
        assertThat(lastOutbox(slug)).isEqualTo("UPSERT");
        mvc.perform(get("/news")).andExpect(content().string(containsString("Sommerfest der Vereine")));

        mvc.perform(post("/news/" + slug + "/zurueckziehen")
                .with(coordinator("bottrop"))
                .with(csrf()));
        assertThat(lastOutbox(slug)).isEqualTo("DELETE");
        mvc.perform(get("/news/" + slug)).andExpect(status().isNotFound());

        mvc.perform(post("/news/" + slug + "/loeschen")
                        .with(coordinator("bottrop"))
                        .with(csrf()))
                .andExpect(redirectedUrl("/news"));
        assertThat(articles.findBySlug(slug)).isEmpty();
    }

    @Test
    void coordinatorCannotCreateForAnotherCity() throws Exception {
        mvc.perform(post("/news/neu")
                        .with(coordinator("bottrop"))
                        .with(csrf())
                        .param("title", "Fremde Stadt")
                        .param("teaser", "x")
                        .param("body", "y")
                        .param("city", "bocholt")
                        .param("publishedOn", "2025-08-01"))
                .andExpect(status().isForbidden());
    }

    @Test
    void invalidInputShowsGermanMessagesNextToFields() throws Exception {
        mvc.perform(post("/news/neu")
                        .with(admin())
                        .with(csrf())
                        .param("title", " ")
                        .param("teaser", "")
                        .param("body", "")
                        .param("city", "")
                        .param("publishedOn", "gestern"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Bitte geben Sie einen Titel ein.")))
                .andExpect(content().string(containsString("Bitte schreiben Sie einen Text.")))
                .andExpect(content().string(containsString("Bitte geben Sie ein gültiges Datum ein.")))
                .andExpect(content().string(containsString("aria-describedby=\"title-error\"")));
    }

    @Test
    void previewRendersSanitisedMarkdown() throws Exception {
        mvc.perform(post("/news/vorschau")
                        .with(coordinator("bottrop"))
                        .with(csrf())
                        .param("body", "**fett** <script>window.__xss=1</script>"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<strong>fett</strong>")))
                .andExpect(content().string(not(containsString("<script>window"))));
    }

    String lastOutbox(String slug) {
        return jdbc.sql("SELECT operation FROM search.outbox WHERE doc_key = ? ORDER BY id DESC LIMIT 1")
                .param("news:" + slug)
                .query(String.class)
                .single();
    }
}
