/**
 * Stateless BarCamp timetable solver: places sessions into rooms × time slots so that as many
 * participants as possible can attend what they are interested in. Public API: {@link
 * de.gemeinsinn.timetable.TimetableSolver}, {@link de.gemeinsinn.timetable.ScheduleRequest},
 * {@link de.gemeinsinn.timetable.ScheduleResult}; HTTP: {@code POST /api/v1/barcamp/schedule}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Zeitplan-Solver")
package de.gemeinsinn.timetable;
