package de.gemeinsinn.news;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** Dates in templates, in German time and the visitor's language. */
@Component("newsDates")
class NewsDates {

    public String format(Instant instant, Locale locale) {
        return instant == null
                ? ""
                : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                        .withLocale(locale)
                        .format(instant.atZone(ArticleForm.ZONE));
    }

    public String iso(Instant instant) {
        return instant == null
                ? ""
                : instant.atZone(ArticleForm.ZONE).toLocalDate().toString();
    }
}
