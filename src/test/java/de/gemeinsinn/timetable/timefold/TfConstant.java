package de.gemeinsinn.timetable.timefold;

/**
 * Problem fact carrying scale × Σ|I_p| (missedInterest = Σ|I_p| − covered participant-slots) and
 * the scale itself.
 */
public record TfConstant(long value, long scale) {}
