/**
 * Working groups of a city or of the whole network: members (optionally for an organisation),
 * roles lead / member / guest, joining, join requests, invitations by e-mail, documents and
 * links, and the public network page of a city. Other modules use {@link
 * de.gemeinsinn.groups.GroupDirectory} and add to the group page through {@link
 * de.gemeinsinn.groups.GroupPageSection}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Working groups")
package de.gemeinsinn.groups;
