package de.gemeinsinn.meetings;

import biweekly.Biweekly;
import biweekly.ICalVersion;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.io.TimezoneAssignment;
import biweekly.property.Attendee;
import biweekly.property.Method;
import biweekly.property.Organizer;
import biweekly.property.Status;
import de.gemeinsinn.groups.GroupRef;
import de.gemeinsinn.platform.GemeinsinnProperties;
import de.gemeinsinn.platform.calendar.BerlinTimezone;
import java.net.URI;
import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * iCalendar (RFC 5545) for meetings, written with biweekly (the library the events module uses):
 * the UID is the meeting id and never changes, SEQUENCE is the meeting's change counter,
 * cancelled meetings carry STATUS:CANCELLED, and times are in Europe/Berlin with a VTIMEZONE.
 */
@Component
class MeetingCalendars {

    static final String PRODUCT_ID = "-//Gemeinsinn//Arbeitsgruppen//DE";
    static final String CONTENT_TYPE = "text/calendar; charset=utf-8";
    static final String ORGANIZER = "noreply@gemeinsinn.invalid";

    private static final TimezoneAssignment BERLIN = BerlinTimezone.assignment();

    private final String baseUrl;
    private final String host;

    MeetingCalendars(GemeinsinnProperties properties) {
        this.baseUrl = properties.baseUrl().replaceAll("/+$", "");
        String h = URI.create(baseUrl).getHost();
        this.host = h == null ? "gemeinsinn" : h;
    }

    String uid(UUID meetingId) {
        return "meeting-" + meetingId + "@" + host;
    }

    /** A feed of meetings (PUBLISH); {@code groups} names each meeting's group. */
    String feed(String name, Collection<Meeting> meetings, Map<UUID, GroupRef> groups) {
        ICalendar ical = calendar(Method.publish());
        ical.setName(name);
        for (Meeting m : meetings) {
            GroupRef g = groups.get(m.groupId());
            if (g != null) {
                ical.addEvent(vevent(m, g));
            }
        }
        return Biweekly.write(ical).version(ICalVersion.V2_0).go();
    }

    /** An invitation (METHOD:REQUEST) or a cancellation (METHOD:CANCEL) for one attendee's mail. */
    String invitation(Meeting m, GroupRef g, String attendeeName, String attendeeEmail) {
        ICalendar ical = calendar(m.cancelled() ? Method.cancel() : Method.request());
        VEvent v = vevent(m, g);
        v.setOrganizer(new Organizer("Gemeinsinn – " + g.name(), ORGANIZER));
        Attendee a = new Attendee(attendeeName, attendeeEmail);
        a.setRsvp(!m.cancelled());
        v.addAttendee(a);
        ical.addEvent(v);
        return Biweekly.write(ical).version(ICalVersion.V2_0).go();
    }

    private ICalendar calendar(Method method) {
        ICalendar ical = new ICalendar();
        ical.setProductId(PRODUCT_ID);
        ical.setMethod(method);
        ical.getTimezoneInfo().setDefaultTimezone(BERLIN);
        return ical;
    }

    private VEvent vevent(Meeting m, GroupRef g) {
        VEvent v = new VEvent();
        v.setUid(uid(m.id()));
        v.setSequence(m.sequence());
        Instant stamp = m.updatedAt() == null ? Instant.EPOCH : m.updatedAt();
        v.setDateTimeStamp(Date.from(stamp));
        v.setLastModified(Date.from(stamp));
        v.setSummary(m.title() + " (" + g.name() + ")");
        v.setDateStart(Date.from(m.startsAt()), true);
        v.setDateEnd(Date.from(m.endsAt()), true);
        String url = baseUrl + m.path(g.slug());
        v.setDescription(g.name() + "\n" + url);
        v.setUrl(url);
        String location = m.place().isBlank() ? m.onlineUrl() : m.place();
        if (!location.isBlank()) {
            v.setLocation(location);
        }
        v.setStatus(m.cancelled() ? Status.cancelled() : Status.confirmed());
        return v;
    }
}
