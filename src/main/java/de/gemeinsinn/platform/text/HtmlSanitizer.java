package de.gemeinsinn.platform.text;

import de.gemeinsinn.platform.GemeinsinnProperties;
import java.net.URI;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;
import org.springframework.stereotype.Component;

/**
 * The allow-list for user-written HTML (news articles, event descriptions): text structure, links and tables, images only from our own
 * host; no scripts, no event handlers, no {@code style} (the CSP forbids inline styles anyway),
 * no {@code javascript:} or {@code data:} URLs. Links get {@code rel="nofollow noopener"}.
 */
@Component
public class HtmlSanitizer {

    private final Safelist safelist;
    private final String ownHost;

    public HtmlSanitizer(GemeinsinnProperties properties) {
        this.ownHost = host(properties.baseUrl());
        this.safelist = new Safelist()
                .addTags(
                        "a",
                        "b",
                        "blockquote",
                        "br",
                        "code",
                        "del",
                        "em",
                        "h2",
                        "h3",
                        "h4",
                        "h5",
                        "h6",
                        "hr",
                        "i",
                        "img",
                        "li",
                        "ol",
                        "p",
                        "pre",
                        "s",
                        "strong",
                        "sub",
                        "sup",
                        "table",
                        "tbody",
                        "td",
                        "th",
                        "thead",
                        "tr",
                        "ul")
                .addAttributes("a", "href", "title")
                .addAttributes("img", "src", "alt", "title", "width", "height")
                .addAttributes("th", "align")
                .addAttributes("td", "align")
                .addAttributes("ol", "start")
                .addProtocols("a", "href", "http", "https", "mailto", "#")
                .addProtocols("img", "src", "http", "https")
                .addEnforcedAttribute("a", "rel", "nofollow noopener")
                .preserveRelativeLinks(true);
    }

    public String sanitize(String html) {
        Document dirty = Jsoup.parseBodyFragment(html, "https://" + ownHost + "/");
        // the page has exactly one <h1> (the title); Markdown "#" headings become <h2>
        dirty.select("h1").tagName("h2");
        Document clean = new Cleaner(safelist).clean(dirty);
        clean.select("img").forEach(this::keepOnlyOwnImages);
        clean.outputSettings().prettyPrint(false);
        return clean.body().html();
    }

    private void keepOnlyOwnImages(Element img) {
        String src = img.attr("abs:src");
        if (src.isEmpty() || !ownHost.equalsIgnoreCase(host(src))) {
            img.remove();
            return;
        }
        // keep a relative path so that the page works under any of our host names
        URI uri = URI.create(src);
        img.attr("src", uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()));
    }

    private static String host(String url) {
        try {
            String host = URI.create(url).getHost();
            return host == null ? "" : host.toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return "";
        }
    }
}
