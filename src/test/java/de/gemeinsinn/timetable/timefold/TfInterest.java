package de.gemeinsinn.timetable.timefold;

/** Problem fact: session {@code session} is in I_p of participant {@code participant}. */
public record TfInterest(int participant, int session) {}
