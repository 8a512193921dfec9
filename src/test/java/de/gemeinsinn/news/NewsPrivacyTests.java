package de.gemeinsinn.news;

import static org.assertj.core.api.Assertions.assertThat;

import de.gemeinsinn.accounts.PersonErased;
import de.gemeinsinn.platform.privacy.PersonalDataExporter;
import de.gemeinsinn.support.GemeinsinnTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

@GemeinsinnTest
class NewsPrivacyTests extends NewsTestSupport {

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    List<PersonalDataExporter> exporters;

    @Test
    void exportListsTheArticlesAPersonWrote() {
        UUID person = UUID.randomUUID();
        String slug = article("Von Erika geschrieben", "bottrop", ArticleStatus.PUBLISHED, "Text", person);
        PersonalDataExporter news = exporters.stream()
                .filter(e -> e.section().equals("news"))
                .findFirst()
                .orElseThrow();
        @SuppressWarnings("unchecked")
        List<NewsPersonalData.AuthoredArticle> authored = (List<NewsPersonalData.AuthoredArticle>)
                ((Map<String, Object>) news.export(person)).get("authoredArticles");
        assertThat(authored).extracting(NewsPersonalData.AuthoredArticle::slug).containsExactly(slug);
        assertThat(((Map<?, ?>) news.export(UUID.randomUUID())).get("authoredArticles"))
                .asList()
                .isEmpty();
    }

    @Test
    void erasureKeepsArticlesButRemovesTheAuthor() {
        UUID person = UUID.randomUUID();
        UUID other = UUID.randomUUID();
        String mine = article("Artikel einer Person, die geht", "bottrop", ArticleStatus.PUBLISHED, "Text", person);
        String theirs = article("Artikel einer Person, die bleibt", "bottrop", ArticleStatus.PUBLISHED, "Text", other);

        tx.executeWithoutResult(s -> events.publishEvent(new PersonErased(person)));

        Article erased = articles.findBySlug(mine).orElseThrow();
        assertThat(erased.authorId()).isNull();
        assertThat(erased.authorName()).isEqualTo(PersonErased.FORMER_MEMBER);
        assertThat(articles.byAuthor(person)).isEmpty();
        Article kept = articles.findBySlug(theirs).orElseThrow();
        assertThat(kept.authorId()).isEqualTo(other);
        assertThat(kept.authorName()).isEqualTo("Erika Mustermann");
    }
}
