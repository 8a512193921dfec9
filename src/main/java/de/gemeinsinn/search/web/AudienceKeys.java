package de.gemeinsinn.search.web;

import de.gemeinsinn.platform.security.Access;
import de.gemeinsinn.platform.security.GemeinsinnUser;
import de.gemeinsinn.platform.security.ScopedRole;
import de.gemeinsinn.search.SearchAudience;
import de.gemeinsinn.search.engine.SearchRequest;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/** The audience keys of whoever is asking, so internal documents reach only those allowed. */
@Component
class AudienceKeys {

    private final Access access;
    private final List<SearchAudience> providers;

    AudienceKeys(Access access, List<SearchAudience> providers) {
        this.access = access;
        this.providers = providers;
    }

    SearchRequest apply(SearchRequest request) {
        return access.currentUser().map(u -> request.forAudience(of(u))).orElse(request);
    }

    Set<String> of(GemeinsinnUser user) {
        if (user.isNetworkAdmin()) {
            return Set.of(SearchRequest.EVERYTHING);
        }
        Set<String> keys = new HashSet<>();
        keys.add("person:" + user.personId());
        for (ScopedRole role : user.roles()) {
            keys.add(role.scope().isEmpty() ? "role:" + role.role() : "role:" + role.role() + ":" + role.scope());
        }
        providers.forEach(p -> keys.addAll(p.keysOf(user)));
        keys.remove(SearchRequest.EVERYTHING);
        return keys;
    }
}
