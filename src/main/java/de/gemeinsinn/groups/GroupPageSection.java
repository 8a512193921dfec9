package de.gemeinsinn.groups;

import de.gemeinsinn.platform.security.GemeinsinnUser;
import java.util.Map;
import java.util.UUID;

/**
 * A module's contribution to a group page ({@code /gruppen/{slug}}): upcoming meetings, open
 * actions, recent decisions ... without the groups module depending on those modules. The
 * template fragment is called as {@code section(model)}. The group page has already checked that
 * the viewer may read the group; the section must still hide what only members may see (use
 * {@link GroupDirectory#canSeeInternals}).
 */
public interface GroupPageSection {

    /** Position on the page; lower comes first. The groups module's own blocks use 100 and 900. */
    int order();

    /** Template holding a fragment {@code section(model)}, e.g. {@code meetings/group-section}. */
    String template();

    /** Values the fragment needs; an empty map hides the section. */
    Map<String, Object> model(UUID groupId, GemeinsinnUser userOrNull);
}
