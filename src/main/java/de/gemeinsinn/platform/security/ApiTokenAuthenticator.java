package de.gemeinsinn.platform.security;

import java.util.Optional;

/** Turns a personal access token from an {@code Authorization: Bearer} header into a user. */
public interface ApiTokenAuthenticator {

    Optional<GemeinsinnUser> authenticate(String token);
}
