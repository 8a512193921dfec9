package de.gemeinsinn.browser;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import nu.validator.client.EmbeddedValidator;
import org.openqa.selenium.WebDriver;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** axe-core (WCAG 2.1 A/AA) on the rendered page and the Nu HTML checker on its source. */
public final class PageAudit {

    private static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private PageAudit() {}

    /** One line per axe violation: rule id, impact and the first offending node. */
    public static List<String> axeViolations(WebDriver driver) {
        Results results = new AxeBuilder().withTags(WCAG_TAGS).analyze(driver);
        List<String> problems = new ArrayList<>();
        for (Rule rule : results.getViolations()) {
            String node =
                    rule.getNodes().isEmpty() ? "" : rule.getNodes().get(0).getHtml();
            problems.add(rule.getId() + " (" + rule.getImpact() + "): " + node);
        }
        return problems;
    }

    /** Errors the Nu HTML checker (vnu) reports for this HTML source; warnings are ignored. */
    public static List<String> htmlErrors(String html) {
        // the RELAX NG schema checker recurses deeply: run it on a thread with a large stack
        List<List<String>> result = new ArrayList<>();
        Thread worker = new Thread(null, () -> result.add(validate(html)), "vnu", 64L * 1024 * 1024);
        worker.start();
        try {
            worker.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return result.isEmpty() ? List.of("validator did not finish") : result.get(0);
    }

    private static List<String> validate(String html) {
        try {
            EmbeddedValidator validator = new EmbeddedValidator();
            validator.setOutputFormat(EmbeddedValidator.OutputFormat.JSON);
            String out = validator.validate(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
            List<String> errors = new ArrayList<>();
            for (JsonNode message : JSON.readTree(out).path("messages")) {
                if ("error".equals(message.path("type").asString())) {
                    errors.add("line " + message.path("lastLine").asInt() + ": "
                            + message.path("message").asString());
                }
            }
            return errors;
        } catch (Exception e) {
            return List.of("validator failed: " + e);
        }
    }
}
