package de.gemeinsinn.search.web;

import static org.assertj.core.api.Assertions.assertThat;

import de.gemeinsinn.platform.security.GemeinsinnUser;
import de.gemeinsinn.platform.security.Role;
import de.gemeinsinn.platform.security.ScopedRole;
import de.gemeinsinn.search.SearchDocument;
import de.gemeinsinn.search.SearchIndexer;
import de.gemeinsinn.search.engine.LuceneSearch;
import de.gemeinsinn.search.engine.SearchRequest;
import de.gemeinsinn.support.GemeinsinnTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;

/** Internal documents reach only the people whose audience keys they name. */
@GemeinsinnTest
class InternalDocumentsTests {

    @LocalServerPort
    int port;

    @Autowired
    SearchIndexer indexer;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    LuceneSearch search;

    @Autowired
    AudienceKeys audienceKeys;

    final HttpClient http = HttpClient.newHttpClient();

    String api(String query, String token) throws Exception {
        var b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/search?q=" + query));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    static GemeinsinnUser user(ScopedRole... roles) {
        return new GemeinsinnUser(UUID.randomUUID(), "x@example.org", "X", "", true, Set.of(roles));
    }

    long hits(GemeinsinnUser user, String q) {
        return search.search(SearchRequest.of(q, 10).forAudience(audienceKeys.of(user)))
                .total();
    }

    @Test
    void internalMinutesAreFoundByTheGroupAndTheCityCoordinatorsButNotByOthers() throws Exception {
        String group = UUID.randomUUID().toString();
        String id = "protokoll-" + UUID.randomUUID();
        tx.executeWithoutResult(s -> indexer.upsert(new SearchDocument(
                        "minutes",
                        id,
                        "Protokoll Quastenflosserweg",
                        "Vertraulich: Der Quastenflosserweg bekommt eine Nachbarschaftsbank.",
                        "/gruppen/x/protokolle/1",
                        "bottrop",
                        "Bottrop",
                        "West",
                        null,
                        null,
                        List.of(),
                        Instant.now())
                .restrictedTo(List.of("group:" + group, "role:CITY_COORDINATOR:bottrop"))));

        long deadline = System.currentTimeMillis() + 5000;
        while (!api("Quastenflosserweg", "test-admin-token-0123456789abcdef").contains(id)) {
            assertThat(System.currentTimeMillis()).as("indexed within 5 s").isLessThan(deadline);
            Thread.sleep(50);
        }

        assertThat(api("Quastenflosserweg", null)).doesNotContain(id).contains("\"total\":0");
        assertThat(search.search(SearchRequest.of("Quastenflosserweg", 10)).total())
                .isZero();
        assertThat(hits(user(new ScopedRole(Role.CITY_COORDINATOR, "bottrop")), "Quastenflosserweg"))
                .isEqualTo(1);
        assertThat(hits(user(new ScopedRole(Role.CITY_COORDINATOR, "essen")), "Quastenflosserweg"))
                .isZero();
        assertThat(hits(user(ScopedRole.of(Role.MEMBER)), "Quastenflosserweg")).isZero();
        assertThat(hits(user(ScopedRole.of(Role.NETWORK_ADMIN)), "Quastenflosserweg"))
                .isEqualTo(1);
        // internal words never show up as completions or spelling suggestions
        assertThat(search.suggest("Quastenflosse", 8)).isEmpty();
    }
}
