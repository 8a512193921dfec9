/**
 * Shared infrastructure every module builds on: embedded database, layout, web support,
 * security configuration and the contracts modules implement for it.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package de.gemeinsinn.platform;
