package de.gemeinsinn.barcamp;

import static org.assertj.core.api.Assertions.assertThat;

import de.gemeinsinn.barcamp.Stored.Camp;
import de.gemeinsinn.barcamp.Stored.Session;
import de.gemeinsinn.search.SearchDocument;
import de.gemeinsinn.support.GemeinsinnTest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Documentation pages: no lost updates, sanitised Markdown, files with limits, searchable. */
@GemeinsinnTest
class BarcampDocumentationTests extends BarcampTestSupport {

    @Autowired
    BarcampSearch search;

    Camp camp;
    UUID session;
    TestPerson anna;
    TestPerson ben;

    @BeforeEach
    void setUp() {
        camp = camp("Doku");
        session = service.quickAdd(camp, "Gemeinsam mitschreiben", Viewer.ANONYMOUS);
        anna = person("Anna Schreiber");
        ben = person("Ben Schreiber");
        register(camp, anna.name(), anna.email());
        register(camp, ben.name(), ben.email());
    }

    String doc() {
        return camp.url() + "/sessions/" + session + "/doku";
    }

    @Test
    void aSecondWriterGetsBothTextsToMergeInsteadOfOverwriting() throws Exception {
        Web a = web().login(anna.email(), PASSWORD);
        Web b = web().login(ben.email(), PASSWORD);
        assertThat(a.get(doc()).body()).contains("name=\"version\" value=\"0\"");
        assertThat(b.get(doc()).body()).contains("name=\"version\" value=\"0\"");

        HttpResponse<String> first =
                a.post(doc(), Map.of("notes", "Annas Mitschrift", "results", "Ergebnis A", "version", "0"));
        assertThat(first.statusCode()).isEqualTo(302);

        HttpResponse<String> second = b.post(doc(), Map.of("notes", "Bens Mitschrift", "results", "", "version", "0"));
        assertThat(second.statusCode()).isEqualTo(200);
        assertThat(second.body())
                .contains("Jemand hat die Doku inzwischen geändert")
                .contains("Annas Mitschrift")
                .contains("Bens Mitschrift")
                .contains("name=\"version\" value=\"1\"");
        assertThat(repo.session(session).orElseThrow().notes()).isEqualTo("Annas Mitschrift");

        HttpResponse<String> merged = b.post(
                doc(), Map.of("notes", "Annas Mitschrift\n\nBens Mitschrift", "results", "Ergebnis A", "version", "1"));
        assertThat(merged.statusCode()).isEqualTo(302);
        Session saved = repo.session(session).orElseThrow();
        assertThat(saved.notes()).contains("Annas").contains("Bens");
        assertThat(saved.docVersion()).isEqualTo(2);
        assertThat(repo.revisions(session))
                .extracting(Stored.Revision::authorName)
                .containsExactly("Ben Schreiber", "Anna Schreiber");
    }

    @Test
    void markdownIsSanitisedOnThePage() throws Exception {
        Web a = web().login(anna.email(), PASSWORD);
        a.post(
                doc(),
                Map.of(
                        "notes",
                        "**fett** <script>alert(1)</script> [x](javascript:alert(2))",
                        "results",
                        "",
                        "version",
                        "0"));
        String page = a.get0(camp.url() + "/sessions/" + session);
        assertThat(page)
                .contains("<strong>fett</strong>")
                .doesNotContain("<script>alert")
                .doesNotContain("javascript:alert");
    }

    @Test
    void filesAreCheckedByContentAndSize() throws Exception {
        Web a = web().login(anna.email(), PASSWORD);
        a.get(doc());
        String upload = camp.url() + "/sessions/" + session + "/dateien";
        byte[] pdf = "%PDF-1.4\n% Ergebnisse\n".getBytes(StandardCharsets.US_ASCII);
        HttpResponse<String> ok = a.multipart(upload, "ergebnisse.pdf", "application/pdf", pdf);
        assertThat(ok.statusCode()).isEqualTo(302);
        assertThat(repo.files(session)).extracting(Stored.FileInfo::filename).containsExactly("ergebnisse.pdf");

        HttpResponse<String> disguised = a.multipart(
                upload, "bild.png", "image/png", "<html><script>x</script>".getBytes(StandardCharsets.UTF_8));
        assertThat(disguised.statusCode()).isEqualTo(302);
        assertThat(Web.location(disguised)).endsWith("/doku");
        assertThat(a.get0(doc())).contains("Diese Dateiart ist nicht erlaubt");
        HttpResponse<String> exe =
                a.multipart(upload, "tool.exe", "application/octet-stream", new byte[] {'M', 'Z', 0, 0});
        assertThat(Web.location(exe)).endsWith("/doku");
        assertThat(a.get0(doc())).contains("Diese Dateiart ist nicht erlaubt");
        byte[] big = new byte[Uploads.MAX_BYTES + 10];
        big[0] = '%';
        big[1] = 'P';
        big[2] = 'D';
        big[3] = 'F';
        big[4] = '-';
        HttpResponse<String> tooBig = a.multipart(upload, "gross.pdf", "application/pdf", big);
        assertThat(tooBig.statusCode()).isEqualTo(302);
        assertThat(Web.location(tooBig)).endsWith("/doku");
        assertThat(a.get0(Web.location(tooBig).replaceFirst("^https?://[^/]+", "")))
                .contains("Die Datei ist zu groß");
        assertThat(repo.files(session)).hasSize(1);

        UUID fileId = repo.files(session).get(0).id();
        HttpResponse<String> download = a.get(camp.url() + "/sessions/" + session + "/dateien/" + fileId);
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
        assertThat(download.headers().firstValue("Content-Disposition").orElse(""))
                .startsWith("attachment");
        // not public before the timetable is published
        assertThat(web().get(camp.url() + "/sessions/" + session + "/dateien/" + fileId)
                        .statusCode())
                .isEqualTo(302);
    }

    @Test
    void publishedDocumentationIsFoundBySearchAsSession() {
        Camp west = service.camp(de.gemeinsinn.events.DemoEvents.REGIONAL_MEETING_WEST_BOTTROP_SLUG);
        List<SearchDocument> docs = search.documents().toList();
        assertThat(docs).allMatch(d -> d.type().equals("session"));
        SearchDocument companies = docs.stream()
                .filter(d -> d.title().equals("Unternehmen für Engagement gewinnen"))
                .findFirst()
                .orElseThrow();
        assertThat(companies.text()).contains("Unternehmensfrühstück");
        assertThat(companies.url()).startsWith(west.url() + "/sessions/");
        assertThat(companies.region()).isEqualTo("West");
        assertThat(companies.isPublic()).isTrue();
        // sessions of unpublished BarCamps stay out
        assertThat(docs).noneMatch(d -> d.title().equals("Gemeinsam mitschreiben"));
        // names the host wanted only participants to see are not in the public text
        assertThat(docs.stream()
                        .filter(d -> d.title().startsWith("Ehrenamt im Quartier"))
                        .findFirst()
                        .orElseThrow()
                        .text())
                .doesNotContain("Lea Musterfrau");
    }

    @Test
    void theSearchPageFindsPublishedSessionDocumentation() throws Exception {
        Web w = web();
        String body = "";
        for (int i = 0; i < 40 && !body.contains("Unternehmen für Engagement gewinnen"); i++) {
            body = w.get0("/suche?q=Unternehmensfr%C3%BChst%C3%BCck");
            Thread.sleep(250);
        }
        assertThat(body).contains("Unternehmen für Engagement gewinnen").contains("BarCamp-Session");
    }
}
