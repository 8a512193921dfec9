package de.gemeinsinn.search.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.type.TypeReference;

/**
 * Relevance on a hand-written German corpus (158 documents) with 50 judged queries (grades 0–3):
 * mean nDCG@10 must stay above the floor. The queries cover the known German pitfalls: synonyms
 * (Hausaufgabenhilfe/Nachhilfe, Senioren/ältere Menschen, Geflüchtete/Flüchtlinge), compounds,
 * typos and umlauts typed as ae/oe/ue or ß as ss.
 */
class RelevanceTests {

    static final double NDCG_FLOOR = 0.86;
    private static final Logger log = LoggerFactory.getLogger(RelevanceTests.class);

    record Judgement(String query, Map<String, Integer> relevant) {}

    static LuceneIndex index;
    static LuceneSearch search;

    @BeforeAll
    static void load() {
        GermanAnalysis analysis = GermanAnalysisTests.ANALYSIS;
        index = TestCorpus.index(analysis);
        search = new LuceneSearch(index, analysis);
    }

    @AfterAll
    static void close() throws IOException {
        index.close();
    }

    static List<Judgement> judgements() throws IOException {
        try (InputStream in = RelevanceTests.class.getResourceAsStream("/search/judgements.json")) {
            return TestCorpus.JSON.readValue(in, new TypeReference<List<Judgement>>() {});
        }
    }

    /** nDCG@10 with gain 2^rel − 1; the ideal ranking uses all judged documents. */
    static double ndcgAt10(List<String> ranked, Map<String, Integer> grades) {
        double dcg = 0;
        for (int i = 0; i < Math.min(10, ranked.size()); i++) {
            dcg += gain(grades.getOrDefault(ranked.get(i), 0)) / log2(i + 2);
        }
        List<Integer> ideal = new ArrayList<>(grades.values());
        ideal.sort((a, b) -> b - a);
        double idcg = 0;
        for (int i = 0; i < Math.min(10, ideal.size()); i++) {
            idcg += gain(ideal.get(i)) / log2(i + 2);
        }
        return idcg == 0 ? 0 : dcg / idcg;
    }

    static double gain(int grade) {
        return Math.pow(2, grade) - 1;
    }

    static double log2(int x) {
        return Math.log(x) / Math.log(2);
    }

    static List<String> ranked(String q) {
        return search.search(SearchRequest.of(q, 10)).hits().stream()
                .map(SearchHit::id)
                .toList();
    }

    @Test
    void meanNdcgAt10StaysAboveTheFloor() throws IOException {
        List<Judgement> judgements = judgements();
        assertThat(judgements).hasSizeGreaterThanOrEqualTo(40);
        double sum = 0;
        StringBuilder report = new StringBuilder();
        for (Judgement j : judgements) {
            double ndcg = ndcgAt10(ranked(j.query()), j.relevant());
            sum += ndcg;
            report.append(String.format(Locale.ROOT, "%n  %.3f  %s", ndcg, j.query()));
        }
        double mean = sum / judgements.size();
        String line = String.format(Locale.ROOT, "nDCG@10 = %.4f over %d queries", mean, judgements.size());
        log.info("{}{}", line, report);
        System.out.println(line + report);
        assertThat(mean).isGreaterThanOrEqualTo(NDCG_FLOOR);
    }
}
