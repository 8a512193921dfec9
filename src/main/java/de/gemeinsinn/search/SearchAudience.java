package de.gemeinsinn.search;

import de.gemeinsinn.platform.security.GemeinsinnUser;
import java.util.Set;

/**
 * Tells the search which audience keys a signed-in person holds beyond the ones the search
 * derives itself ({@code person:<uuid>} and {@code role:<ROLE>:<scope>} for each scoped role).
 * The groups module, for instance, adds {@code group:<uuid>} for every group the person belongs
 * to.
 */
public interface SearchAudience {

    Set<String> keysOf(GemeinsinnUser user);
}
