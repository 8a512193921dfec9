/**
 * Meetings of working groups: date polls, meetings with agenda and RSVPs, minutes written by
 * several people (optimistic locking), decisions numbered per group, action items, iCalendar feeds
 * and e-mail notifications. Uses the groups module's {@link de.gemeinsinn.groups.GroupDirectory}
 * for every permission and adds to the group page and the city network page.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Meetings, minutes, decisions and actions")
package de.gemeinsinn.meetings;
