package de.gemeinsinn.events;

/**
 * Published (synchronously, once per start with demo data) after the events module has seeded
 * its demo events, so that modules building on events (e.g. the BarCamp) can seed theirs. The
 * ids are in {@link DemoEvents}.
 */
public record EventsDemoDataReady() {}
