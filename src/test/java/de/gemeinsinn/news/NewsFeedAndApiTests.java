package de.gemeinsinn.news;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.gemeinsinn.support.GemeinsinnTest;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

@GemeinsinnTest
class NewsFeedAndApiTests extends NewsTestSupport {

    static final String ATOM = "http://www.w3.org/2005/Atom";

    @Test
    void atomFeedIsWellFormedAtomWithPublishedEntriesOnly() throws Exception {
        String draft = article("Entwurf nicht im Feed", "bottrop", ArticleStatus.DRAFT);
        byte[] xml = mvc.perform(get("/news/feed.atom"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("application/atom+xml"))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));

        Element feed = doc.getDocumentElement();
        assertThat(feed.getNamespaceURI()).isEqualTo(ATOM);
        assertThat(feed.getLocalName()).isEqualTo("feed");
        assertThat(child(feed, "id")).startsWith("urn:uuid:");
        Instant.parse(child(feed, "updated"));
        assertThat(child(feed, "title")).isNotBlank();

        List<String> titles = new ArrayList<>();
        NodeList entries = feed.getElementsByTagNameNS(ATOM, "entry");
        assertThat(entries.getLength()).isGreaterThanOrEqualTo(7);
        for (int i = 0; i < entries.getLength(); i++) {
            Element e = (Element) entries.item(i);
            titles.add(child(e, "title"));
            assertThat(child(e, "id")).startsWith("urn:uuid:");
            Instant.parse(child(e, "updated"));
            Instant.parse(child(e, "published"));
            assertThat(child(e, "summary")).isNotBlank();
            Element link = (Element) e.getElementsByTagNameNS(ATOM, "link").item(0);
            assertThat(link.getAttribute("href")).startsWith("http").contains("/news/");
            Element content =
                    (Element) e.getElementsByTagNameNS(ATOM, "content").item(0);
            assertThat(content.getAttribute("type")).isEqualTo("html");
        }
        assertThat(titles).contains("Regionaltreffen West: Rund 30 Städte zu Gast in Bottrop");
        assertThat(titles).noneMatch(t -> t.contains("Entwurf nicht im Feed"));
        assertThat(new String(xml, java.nio.charset.StandardCharsets.UTF_8)).doesNotContain(draft);
    }

    @Test
    void apiListsPublishedNewsWithFilters() throws Exception {
        mvc.perform(get("/api/v1/news").param("city", "bottrop").param("limit", "5"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].city", everyItem(org.hamcrest.Matchers.is("bottrop"))))
                .andExpect(jsonPath("$.items[*].slug", hasItem("regionaltreffen-west-in-bottrop")))
                .andExpect(jsonPath("$.limit").value(5))
                .andExpect(jsonPath("$.items[0].url", containsString("/news/")))
                .andExpect(jsonPath("$.items[0].publishedAt").exists());
        mvc.perform(get("/api/v1/news").param("tag", "Ehrenamtskarte"))
                .andExpect(jsonPath("$.items[0].slug").value("ehrenamtskarte-nrw-neue-schwellen"))
                .andExpect(jsonPath("$.items[0].city").doesNotExist());
    }

    @Test
    void apiShowsOneArticleWithImageUrl() throws Exception {
        mvc.perform(get("/api/v1/news/regionaltreffen-west-in-bottrop"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.article.title").value("Regionaltreffen West: Rund 30 Städte zu Gast in Bottrop"))
                .andExpect(jsonPath("$.article.region").value("West"))
                .andExpect(jsonPath("$.article.tags", hasItem("BarCamp")))
                .andExpect(jsonPath("$.article.imageUrl", containsString("/news/bilder/")))
                .andExpect(jsonPath("$.html", containsString("Kulturkirche Herz-Jesu")));
    }

    @Test
    void apiRejectsBadParametersWithGermanProblemJson() throws Exception {
        mvc.perform(get("/api/v1/news").param("limit", "abc"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.detail", containsString("„limit“ muss eine ganze Zahl")));
        mvc.perform(get("/api/v1/news").param("offset", "-1")).andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/news").param("limit", "1000")).andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/news").param("city", "<script>")).andExpect(status().isBadRequest());
    }

    @Test
    void apiHidesDraftsAndUnknownSlugs() throws Exception {
        String draft = article("API-Entwurf", "bottrop", ArticleStatus.DRAFT);
        mvc.perform(get("/api/v1/news/" + draft))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail", containsString("keinen veröffentlichten Artikel")));
        mvc.perform(get("/api/v1/news").param("limit", "100"))
                .andExpect(jsonPath("$.items[*].slug", not(hasItem(draft))));
    }

    static String child(Element parent, String name) {
        NodeList list = parent.getElementsByTagNameNS(ATOM, name);
        return list.getLength() == 0 ? null : list.item(0).getTextContent();
    }
}
