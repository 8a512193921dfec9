package de.gemeinsinn.search.index;

import de.gemeinsinn.platform.GemeinsinnProperties;
import de.gemeinsinn.search.engine.GermanAnalysis;
import de.gemeinsinn.search.engine.LuceneIndex;
import de.gemeinsinn.search.engine.LuceneSearch;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The instance's own index under {@code ${gemeinsinn.data-dir}/index}. */
@Configuration(proxyBeanMethods = false)
class SearchIndexConfiguration {

    @Bean
    GermanAnalysis germanAnalysis() {
        return GermanAnalysis.load();
    }

    @Bean(destroyMethod = "close")
    LuceneIndex luceneIndex(GemeinsinnProperties properties, GermanAnalysis analysis) {
        Path dir = properties.dataDir().resolve("index");
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return LuceneIndex.open(dir, analysis);
    }

    @Bean
    LuceneSearch luceneSearch(
            LuceneIndex index,
            GermanAnalysis analysis,
            @Value("${gemeinsinn.search.cached-results:2000}") int cachedResults) {
        return new LuceneSearch(index, analysis, cachedResults);
    }
}
