package de.gemeinsinn.platform.text;

import java.util.List;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentRenderer;
import org.jsoup.Jsoup;
import org.springframework.stereotype.Component;

/**
 * Markdown to safe HTML: commonmark renders (raw HTML in the source is escaped, unsafe link
 * schemes are dropped), then {@link HtmlSanitizer} removes anything that is still not on the
 * allow-list. Both steps run, so a bug in one is caught by the other.
 */
@Component
public class MarkdownRenderer {

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create(), AutolinkExtension.create());

    private final Parser parser = Parser.builder().extensions(EXTENSIONS).build();
    private final HtmlRenderer html = HtmlRenderer.builder()
            .extensions(EXTENSIONS)
            .escapeHtml(true)
            .sanitizeUrls(true)
            .build();
    private final TextContentRenderer text =
            TextContentRenderer.builder().extensions(EXTENSIONS).build();
    private final HtmlSanitizer sanitizer;

    public MarkdownRenderer(HtmlSanitizer sanitizer) {
        this.sanitizer = sanitizer;
    }

    /** Safe HTML for pages and feeds. */
    public String toHtml(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        return sanitizer.sanitize(html.render(parser.parse(markdown)));
    }

    /** Plain text for search and summaries; no markup survives. */
    public String toPlainText(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        return Jsoup.parse(text.render(parser.parse(markdown))).text();
    }
}
