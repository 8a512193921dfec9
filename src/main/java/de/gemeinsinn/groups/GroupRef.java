package de.gemeinsinn.groups;

import java.util.Objects;
import java.util.UUID;

/**
 * What other modules need to know about a working group.
 *
 * @param id stable id
 * @param slug URL key, the group page is {@link #url()}
 * @param name display name
 * @param citySlug the city the group belongs to, or null for a network-level topic group
 * @param visibility public or internal
 * @param joinPolicy open, by request or by invitation
 */
public record GroupRef(
        UUID id, String slug, String name, String citySlug, GroupVisibility visibility, JoinPolicy joinPolicy) {

    public GroupRef {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(visibility, "visibility");
        Objects.requireNonNull(joinPolicy, "joinPolicy");
    }

    /** Path of the group page, e.g. {@code /gruppen/ag-quartiere-bottrop}. */
    public String url() {
        return "/gruppen/" + slug;
    }

    public boolean networkLevel() {
        return citySlug == null;
    }

    public boolean isPublic() {
        return visibility == GroupVisibility.PUBLIC;
    }
}
