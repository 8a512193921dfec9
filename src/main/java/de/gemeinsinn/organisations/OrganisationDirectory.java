package de.gemeinsinn.organisations;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Read access to approved organisations for other modules (groups, events, exchange). */
public interface OrganisationDirectory {

    /** An approved organisation; pending and rejected ones are not found. */
    Optional<OrganisationRef> find(UUID id);

    /** One query for many ids; unknown or unapproved ids are missing from the map. */
    Map<UUID, OrganisationRef> byIds(Collection<UUID> ids);

    /** The approved organisations of a city, ordered by name. */
    List<OrganisationRef> ofCity(String citySlug);

    /** The organisations the person manages (any status), ordered by name. */
    List<OrganisationRef> managedBy(UUID personId);
}
