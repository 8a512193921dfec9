package de.gemeinsinn.platform.calendar;

import biweekly.component.DaylightSavingsTime;
import biweekly.component.StandardTime;
import biweekly.component.VTimezone;
import biweekly.io.TimezoneAssignment;
import biweekly.util.DateTimeComponents;
import biweekly.util.DayOfWeek;
import biweekly.util.Frequency;
import biweekly.util.Recurrence;
import biweekly.util.UtcOffset;
import java.util.TimeZone;

/** The VTIMEZONE every iCalendar file of the platform (events, meetings, BarCamp agenda) uses. */
public final class BerlinTimezone {

    private BerlinTimezone() {}

    /** Europe/Berlin since 1996: CET (+01:00), CEST (+02:00) from the last Sunday of March to the last of October. */
    public static TimezoneAssignment assignment() {
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
