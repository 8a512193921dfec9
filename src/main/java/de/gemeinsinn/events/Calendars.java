package de.gemeinsinn.events;

import biweekly.Biweekly;
import biweekly.ICalVersion;
import biweekly.ICalendar;
import biweekly.component.DaylightSavingsTime;
import biweekly.component.StandardTime;
import biweekly.component.VEvent;
import biweekly.component.VTimezone;
import biweekly.io.TimezoneAssignment;
import biweekly.property.Geo;
import biweekly.property.Method;
import biweekly.property.Status;
import biweekly.util.DateTimeComponents;
import biweekly.util.DayOfWeek;
import biweekly.util.Frequency;
import biweekly.util.Recurrence;
import biweekly.util.UtcOffset;
import de.gemeinsinn.platform.GemeinsinnProperties;
import de.gemeinsinn.platform.text.MarkdownRenderer;
import java.net.URI;
import java.util.Collection;
import java.util.Date;
import java.util.TimeZone;
import org.springframework.stereotype.Component;

/**
 * iCalendar (RFC 5545) for one event and for the feed, written with biweekly: a stable UID per
 * event, SEQUENCE from the event's change counter, STATUS:CANCELLED for cancelled events, and
 * times in Europe/Berlin with a VTIMEZONE written by us (no download of time-zone data).
 */
@Component
class Calendars {

    static final String PRODUCT_ID = "-//Gemeinsinn//Veranstaltungen//DE";
    static final String CONTENT_TYPE = "text/calendar; charset=utf-8";

    private final MarkdownRenderer markdown;
    private final String baseUrl;
    private final String host;

    Calendars(MarkdownRenderer markdown, GemeinsinnProperties properties) {
        this.markdown = markdown;
        this.baseUrl = properties.baseUrl().replaceAll("/+$", "");
        String h = URI.create(baseUrl).getHost();
        this.host = h == null ? "gemeinsinn" : h;
    }

    String single(Event event) {
        return write(java.util.List.of(event), "");
    }

    String feed(Collection<Event> events) {
        return write(events, "Veranstaltungen im Netzwerk");
    }

    /** Stable UID: the event id never changes, whatever else does. */
    String uid(Event event) {
        return event.id() + "@" + host;
    }

    private String write(Collection<Event> events, String name) {
        ICalendar ical = new ICalendar();
        ical.setProductId(PRODUCT_ID);
        ical.setMethod(Method.publish());
        if (!name.isEmpty()) {
            ical.setName(name);
        }
        ical.getTimezoneInfo().setDefaultTimezone(berlin());
        for (Event e : events) {
            ical.addEvent(vevent(e));
        }
        return Biweekly.write(ical).version(ICalVersion.V2_0).go();
    }

    private VEvent vevent(Event e) {
        VEvent v = new VEvent();
        v.setUid(uid(e));
        v.setSequence(e.icalSequence());
        v.setDateTimeStamp(Date.from(e.updatedAt() == null ? java.time.Instant.now() : e.updatedAt()));
        if (e.updatedAt() != null) {
            v.setLastModified(Date.from(e.updatedAt()));
        }
        v.setSummary(e.title());
        v.setDateStart(Date.from(e.startsAt()), true);
        v.setDateEnd(Date.from(e.endsAt()), true);
        String description = markdown.toPlainText(e.descriptionMarkdown());
        v.setDescription((description.isBlank() ? "" : description + "\n\n") + baseUrl + e.url());
        v.setLocation(e.venue().oneLine());
        v.setUrl(baseUrl + e.url());
        if (e.venue().hasMap()) {
            v.setGeo(new Geo(e.venue().lat(), e.venue().lon()));
        }
        v.setStatus(e.cancelled() ? Status.cancelled() : Status.confirmed());
        return v;
    }

    /** Europe/Berlin since 1996: CET (+01:00), CEST (+02:00) from the last Sunday of March to the last of October. */
    static TimezoneAssignment berlin() {
        VTimezone tz = new VTimezone("Europe/Berlin");
        DaylightSavingsTime summer = new DaylightSavingsTime();
        summer.setDateStart(new DateTimeComponents(1996, 3, 31, 2, 0, 0, false));
        summer.setTimezoneOffsetFrom(new UtcOffset(true, 1, 0));
        summer.setTimezoneOffsetTo(new UtcOffset(true, 2, 0));
        summer.setRecurrenceRule(new Recurrence.Builder(Frequency.YEARLY)
                .byMonth(3)
                .byDay(-1, DayOfWeek.SUNDAY)
                .build());
        summer.addTimezoneName("CEST");
        StandardTime winter = new StandardTime();
        winter.setDateStart(new DateTimeComponents(1996, 10, 27, 3, 0, 0, false));
        winter.setTimezoneOffsetFrom(new UtcOffset(true, 2, 0));
        winter.setTimezoneOffsetTo(new UtcOffset(true, 1, 0));
        winter.setRecurrenceRule(new Recurrence.Builder(Frequency.YEARLY)
                .byMonth(10)
                .byDay(-1, DayOfWeek.SUNDAY)
                .build());
        winter.addTimezoneName("CET");
        tz.addDaylightSavingsTime(summer);
        tz.addStandardTime(winter);
        return new TimezoneAssignment(TimeZone.getTimeZone("Europe/Berlin"), tz);
    }
}
