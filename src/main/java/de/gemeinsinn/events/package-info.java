/**
 * Events of the network and of its cities, with registration that never overbooks (capacity,
 * per-city quota, FIFO waiting list), iCalendar, organiser tools (lists, exports, badges,
 * check-in). Other modules (e.g. the BarCamp) use {@link de.gemeinsinn.events.EventCatalog} and
 * contribute to the event page through {@link de.gemeinsinn.events.EventPageSection}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Events")
package de.gemeinsinn.events;
