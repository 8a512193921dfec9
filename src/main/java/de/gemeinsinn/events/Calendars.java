package de.gemeinsinn.events;

import biweekly.Biweekly;
import biweekly.ICalVersion;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.property.Geo;
import biweekly.property.Method;
import biweekly.property.Status;
import de.gemeinsinn.platform.GemeinsinnProperties;
import de.gemeinsinn.platform.calendar.BerlinTimezone;
import de.gemeinsinn.platform.text.MarkdownRenderer;
import java.net.URI;
import java.util.Collection;
import java.util.Date;
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
        ical.getTimezoneInfo().setDefaultTimezone(BerlinTimezone.assignment());
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
}
