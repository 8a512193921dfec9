package de.gemeinsinn.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import de.gemeinsinn.support.GemeinsinnTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@GemeinsinnTest
class CityApiTests {

    @Autowired
    WebApplicationContext context;

    @Autowired
    JsonMapper json;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = NetworkTestSupport.mvc(context);
    }

    @Test
    void listHasTheDocumentedShape() throws Exception {
        JsonNode list = getJson("/api/v1/cities", 200);
        assertThat(list.isArray()).isTrue();
        assertThat(list.size()).isGreaterThanOrEqualTo(49);
        JsonNode bottrop = find(list, "bottrop");
        assertThat(bottrop.get("name").asString()).isEqualTo("Bottrop");
        assertThat(bottrop.get("region").asString()).isEqualTo("West");
        assertThat(bottrop.get("state").asString()).isEqualTo("NW");
        assertThat(bottrop.get("population").asInt()).isEqualTo(117565);
        assertThat(bottrop.get("lat").asDouble()).isBetween(51.0, 52.0);
        assertThat(bottrop.get("lon").asDouble()).isBetween(6.5, 7.5);
        assertThat(bottrop.get("memberSince").asInt()).isEqualTo(2021);
        assertThat(bottrop.get("url").asString()).endsWith("/staedte/bottrop");
    }

    @Test
    void listFiltersByRegionAndState() throws Exception {
        JsonNode west = getJson("/api/v1/cities?region=west", 200);
        assertThat(west.size()).isPositive();
        west.forEach(c -> assertThat(c.get("region").asString()).isEqualTo("West"));
        JsonNode bavaria = getJson("/api/v1/cities?state=BY", 200);
        assertThat(bavaria.size()).isPositive();
        bavaria.forEach(c -> assertThat(c.get("state").asString()).isEqualTo("BY"));
    }

    @Test
    void detailHasQuartiereTopicsAndOffice() throws Exception {
        JsonNode bottrop = getJson("/api/v1/cities/bottrop", 200);
        assertThat(bottrop.get("ags").asString()).isEqualTo("05512000");
        assertThat(bottrop.get("quartiere").size()).isEqualTo(20);
        assertThat(bottrop.get("quartiere").get(0).has("stadtbezirk")).isTrue();
        assertThat(bottrop.get("focusTopics").size()).isPositive();
        assertThat(bottrop.get("coordinationOffice").get("email").asString()).isEqualTo("engagement@bottrop.example");
    }

    @Test
    void unknownCityIsProblemJson404() throws Exception {
        MvcResult result = mvc.perform(get("/api/v1/cities/atlantis")).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(404);
        assertThat(result.getResponse().getContentType()).startsWith("application/problem+json");
        JsonNode problem = json.readTree(result.getResponse().getContentAsString());
        assertThat(problem.get("status").asInt()).isEqualTo(404);
        assertThat(problem.get("detail").asString()).contains("atlantis").contains("Netzwerk");
    }

    @Test
    void openApiDescribesTheEndpoints() throws Exception {
        String api = mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString();
        assertThat(api).contains("/api/v1/cities/{slug}").contains("Alle Mitgliedsstädte");
    }

    private JsonNode getJson(String url, int status) throws Exception {
        MvcResult result = mvc.perform(get(url)).andReturn();
        assertThat(result.getResponse().getStatus()).as(url).isEqualTo(status);
        return json.readTree(result.getResponse().getContentAsString());
    }

    private static JsonNode find(JsonNode list, String slug) {
        for (JsonNode node : list) {
            if (slug.equals(node.get("slug").asString())) {
                return node;
            }
        }
        throw new AssertionError(slug + " not in list");
    }
}
