package de.gemeinsinn.barcamp;

import biweekly.Biweekly;
import biweekly.ICalVersion;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.property.Method;
import de.gemeinsinn.barcamp.Stored.Camp;
import de.gemeinsinn.barcamp.Stored.Room;
import de.gemeinsinn.barcamp.Stored.Session;
import de.gemeinsinn.barcamp.Stored.Slot;
import de.gemeinsinn.platform.GemeinsinnProperties;
import de.gemeinsinn.platform.calendar.BerlinTimezone;
import java.net.URI;
import java.util.Date;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The personal agenda as iCalendar (same library as the events module, biweekly): one VEVENT per
 * starred session in the timetable, UID from the session id (stable), SEQUENCE from the session's
 * change counter (grows with every move), times in Europe/Berlin with our own VTIMEZONE.
 */
@Component
class AgendaCalendar {

    static final String CONTENT_TYPE = "text/calendar; charset=utf-8";

    private final String baseUrl;
    private final String host;

    AgendaCalendar(GemeinsinnProperties properties) {
        this.baseUrl = properties.baseUrl().replaceAll("/+$", "");
        String h = URI.create(baseUrl).getHost();
        this.host = h == null ? "gemeinsinn" : h;
    }

    String uid(Session s) {
        return "barcamp-session-" + s.id() + "@" + host;
    }

    String write(Camp camp, Grid grid, List<Session> starred) {
        ICalendar ical = new ICalendar();
        ical.setProductId("-//Gemeinsinn//BarCamp//DE");
        ical.setMethod(Method.publish());
        ical.setName("Mein BarCamp-Plan: " + camp.event().title());
        ical.getTimezoneInfo().setDefaultTimezone(BerlinTimezone.assignment());
        for (Session s : starred) {
            Slot slot = grid.slot(s);
            Room room = grid.room(s);
            if (slot == null || room == null) {
                continue;
            }
            VEvent v = new VEvent();
            v.setUid(uid(s));
            v.setSequence(s.icalSequence());
            v.setDateTimeStamp(new Date());
            v.setSummary(s.title());
            v.setDateStart(Date.from(slot.startsAt()), true);
            v.setDateEnd(Date.from(slot.endsAt()), true);
            v.setLocation(room.name() + ", " + camp.event().venueName());
            String url = baseUrl + camp.url() + "/sessions/" + s.id();
            v.setDescription((s.description().isBlank() ? "" : s.description() + "\n\n") + url);
            v.setUrl(url);
            ical.addEvent(v);
        }
        return Biweekly.write(ical).version(ICalVersion.V2_0).go();
    }
}
