package de.gemeinsinn.accounts;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** How other modules look people up by id or address (never their password or status). */
public interface PersonDirectory {

    /** The part of a person other modules may use. */
    record PersonRef(UUID id, String email, String displayName) {}

    Optional<PersonRef> byId(UUID id);

    /** One query for many ids; unknown ids are missing from the map. */
    Map<UUID, PersonRef> byIds(Collection<UUID> ids);

    /** Address compared case-insensitively. */
    Optional<PersonRef> byEmail(String email);
}
