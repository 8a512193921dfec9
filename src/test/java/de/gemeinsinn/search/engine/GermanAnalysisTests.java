package de.gemeinsinn.search.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class GermanAnalysisTests {

    static final GermanAnalysis ANALYSIS = GermanAnalysis.load();

    static List<String> terms(org.apache.lucene.analysis.Analyzer analyzer, String text) {
        return QueryFactory.terms(analyzer, "f", text);
    }

    @Test
    void splitsCompoundsIntoTheirParts() {
        assertThat(terms(ANALYSIS.compound(), "Ehrenamtsbörse")).containsExactly("ehrenamtsbors", "ehr", "amt", "bors");
        assertThat(terms(ANALYSIS.compound(), "Seniorenheim")).containsExactly("seniorenheim", "senior", "heim");
        assertThat(terms(ANALYSIS.compound(), "Flüchtlingshilfe")).contains("fluchtlingshilf", "hilf");
        assertThat(terms(ANALYSIS.compound(), "Freiwilligenagentur"))
                .contains("agentur")
                .doesNotContain("rei", "tur");
    }

    @Test
    void foldsUmlautsWrittenOutAndSharpS() {
        assertThat(terms(ANALYSIS.exact(), "Bürgerbeteiligung"))
                .isEqualTo(terms(ANALYSIS.exact(), "Buergerbeteiligung"));
        assertThat(terms(ANALYSIS.exact(), "Straßenfest")).isEqualTo(terms(ANALYSIS.exact(), "Strassenfest"));
        assertThat(terms(ANALYSIS.exact(), "Börse")).isEqualTo(terms(ANALYSIS.exact(), "Boerse"));
    }

    @Test
    void stemsLightlyAndDropsStopwords() {
        assertThat(terms(ANALYSIS.exact(), "die Vereine und der Verein")).containsExactly("verein");
        assertThat(terms(ANALYSIS.exact(), "Flüchtlinge")).isEqualTo(terms(ANALYSIS.exact(), "Flüchtling"));
    }

    @Test
    void expandsCuratedSynonymsAtQueryTime() {
        List<String> expanded = terms(ANALYSIS.exactQuery(), "Hausaufgabenhilfe");
        assertThat(expanded)
                .containsAll(
                        terms(ANALYSIS.exact(), "Nachhilfe Lernpaten Hausaufgabenbetreuung Hausaufgabenbegleitung"));
        assertThat(terms(ANALYSIS.exactQuery(), "Senioren"))
                .containsAll(terms(ANALYSIS.exact(), "Pflegeheim ältere Menschen"));
        assertThat(terms(ANALYSIS.exactQuery(), "Flüchtlinge"))
                .containsAll(terms(ANALYSIS.exact(), "Geflüchtete Asylsuchende"));
        assertThat(terms(ANALYSIS.exactQuery(), "Ehrenamt"))
                .containsAll(terms(ANALYSIS.exact(), "Freiwilligenarbeit bürgerschaftliches Engagement"));
        assertThat(terms(ANALYSIS.exact(), "Hausaufgabenhilfe")).hasSize(1);
    }
}
