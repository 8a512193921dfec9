package de.gemeinsinn.groups;

/**
 * Published once the demo groups of {@link DemoGroups} and their members exist (only with {@code
 * gemeinsinn.demo-data=true}), inside the seeding transaction: listen with {@code @EventListener}
 * (runs in that transaction) or {@code @ApplicationModuleListener} (after commit). It is published
 * at every start-up, also when the groups existed before, so listeners must be idempotent. The
 * seeding runs as an {@code ApplicationRunner} with {@code @Order(30)}; a runner with a higher
 * order sees the groups as well.
 */
public record GroupsDemoDataReady() {}
