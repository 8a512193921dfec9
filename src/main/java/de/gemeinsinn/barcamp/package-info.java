/**
 * BarCamps of events: rooms, time slots and phases (proposals → voting → planning → running →
 * done); sessions proposed from a phone, interest votes, a timetable from the {@code timetable}
 * solver that the moderator pins, moves and re-solves, a live board over Server-Sent Events, a
 * documentation page per session (searchable) and a personal agenda with iCalendar. Builds on
 * {@link de.gemeinsinn.events.EventCatalog}; adds its part to the event page through {@link
 * de.gemeinsinn.events.EventPageSection}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "BarCamp")
package de.gemeinsinn.barcamp;
