package de.gemeinsinn.news;

import static org.assertj.core.api.Assertions.assertThat;

import de.gemeinsinn.search.SearchDocument;
import de.gemeinsinn.search.SearchSource;
import de.gemeinsinn.support.GemeinsinnTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@GemeinsinnTest
class NewsSearchTests extends NewsTestSupport {

    @Autowired
    List<SearchSource> sources;

    @Test
    void sourceOffersPublishedArticlesOnlyWithCityAndPlainText() {
        String draft = article("Entwurf nicht suchbar", "bottrop", ArticleStatus.DRAFT);
        String published =
                article("Suchbarer Artikel", "bottrop", ArticleStatus.PUBLISHED, "Ein **fetter** Satz.", null);
        SearchSource news = sources.stream()
                .filter(s -> s.type().equals("news"))
                .findFirst()
                .orElseThrow();
        List<SearchDocument> docs;
        try (var stream = news.documents()) {
            docs = stream.toList();
        }
        assertThat(docs).extracting(SearchDocument::id).contains(published, "regionaltreffen-west-in-bottrop");
        assertThat(docs).extracting(SearchDocument::id).doesNotContain(draft);
        SearchDocument doc =
                docs.stream().filter(d -> d.id().equals(published)).findFirst().orElseThrow();
        assertThat(doc.type()).isEqualTo("news");
        assertThat(doc.url()).isEqualTo("/news/" + published);
        assertThat(doc.citySlug()).isEqualTo("bottrop");
        assertThat(doc.cityName()).isEqualTo("Bottrop");
        assertThat(doc.region()).isEqualTo("West");
        assertThat(doc.text()).contains("Anreißer zu Suchbarer Artikel").contains("Ein fetter Satz.");
        assertThat(doc.text()).doesNotContain("**").doesNotContain("<");
        assertThat(doc.tags()).containsExactly("Testthema");
        assertThat(doc.date()).isNotNull();
    }
}
