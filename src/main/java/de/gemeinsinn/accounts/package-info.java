/**
 * People, logins, scoped roles, invitations, personal access tokens and privacy self-service
 * (export and erasure, which other modules follow through {@link
 * de.gemeinsinn.accounts.PersonErased}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Accounts")
package de.gemeinsinn.accounts;
