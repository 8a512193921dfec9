package de.gemeinsinn.news;

import static org.assertj.core.api.Assertions.assertThat;

import de.gemeinsinn.platform.GemeinsinnProperties;
import de.gemeinsinn.platform.text.HtmlSanitizer;
import de.gemeinsinn.platform.text.MarkdownRenderer;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class MarkdownSanitizerTests {

    final HtmlSanitizer sanitizer =
            new HtmlSanitizer(new GemeinsinnProperties(null, false, "https://gemeinsinn.example", null, null));
    final MarkdownRenderer markdown = new MarkdownRenderer(sanitizer);

    @Test
    void corpusIsLargeEnough() {
        assertThat(XssPayloads.ALL).hasSizeGreaterThanOrEqualTo(30);
    }

    @Test
    void noPayloadSurvivesMarkdownRendering() {
        for (String payload : XssPayloads.ALL) {
            assertSafe(payload, markdown.toHtml(payload));
        }
        assertSafe("all", markdown.toHtml(String.join("\n\n", XssPayloads.ALL)));
    }

    @Test
    void noPayloadSurvivesTheSanitiserAloneEither() {
        // defence in depth: even raw HTML that bypassed commonmark's escaping is cleaned
        for (String payload : XssPayloads.ALL) {
            assertSafe(payload, sanitizer.sanitize(payload));
        }
    }

    @Test
    void ordinaryMarkdownStaysUseful() {
        String html = markdown.toHtml("""
                # Überschrift

                Ein **fetter** Satz mit [Link](https://example.org/seite) und ![Bild](/news/bilder/abc.jpg).

                | a | b |
                |---|---|
                | 1 | 2 |
                """);
        assertThat(html)
                .contains("<h2>Überschrift</h2>")
                .contains("<strong>fetter</strong>")
                .contains("<a href=\"https://example.org/seite\" rel=\"nofollow noopener\">Link</a>")
                .contains("<img src=\"/news/bilder/abc.jpg\" alt=\"Bild\">")
                .contains("<table>");
        assertThat(html).doesNotContain("<h1");
    }

    @Test
    void imagesFromOtherHostsAreRemoved() {
        assertThat(markdown.toHtml("![Tracker](https://evil.example/pixel.png)"))
                .doesNotContain("<img");
        assertThat(markdown.toHtml("![Eigenes](https://gemeinsinn.example/news/bilder/x.jpg)"))
                .contains("<img src=\"/news/bilder/x.jpg\"");
    }

    @Test
    void plainTextHasNoMarkup() {
        assertThat(markdown.toPlainText("Ein **fetter** <b>Satz</b> [Link](https://example.org)"))
                .doesNotContain("<")
                .doesNotContain("**")
                .contains("fetter");
    }

    static void assertSafe(String payload, String html) {
        for (Element e : Jsoup.parseBodyFragment(html).body().getAllElements()) {
            assertThat(e.tagName())
                    .as("element in output of %s: %s", payload, html)
                    .isNotIn(
                            "script",
                            "iframe",
                            "svg",
                            "math",
                            "object",
                            "embed",
                            "style",
                            "form",
                            "input",
                            "meta",
                            "base",
                            "link",
                            "video",
                            "source",
                            "details",
                            "marquee",
                            "textarea",
                            "noscript");
            for (Attribute a : e.attributes()) {
                String name = a.getKey().toLowerCase(Locale.ROOT);
                String value = a.getValue().toLowerCase(Locale.ROOT).replaceAll("\\s", "");
                assertThat(name)
                        .as("attribute in output of %s: %s", payload, html)
                        .doesNotStartWith("on");
                assertThat(name)
                        .as("attribute in output of %s: %s", payload, html)
                        .isNotIn("style", "srcdoc", "formaction");
                assertThat(value)
                        .as("URL in output of %s: %s", payload, html)
                        .doesNotStartWith("javascript:")
                        .doesNotStartWith("vbscript:")
                        .doesNotStartWith("data:");
            }
            if (e.tagName().equals("a")) {
                assertThat(e.attr("rel")).isEqualTo("nofollow noopener");
            }
        }
    }
}
