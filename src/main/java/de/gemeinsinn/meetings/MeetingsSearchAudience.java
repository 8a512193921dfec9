package de.gemeinsinn.meetings;

import de.gemeinsinn.groups.GroupDirectory;
import de.gemeinsinn.platform.security.GemeinsinnUser;
import de.gemeinsinn.search.SearchAudience;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** A person finds the internal content of every group they belong to ({@code group:<id>}). */
@Component
class MeetingsSearchAudience implements SearchAudience {

    private final GroupDirectory groups;

    MeetingsSearchAudience(GroupDirectory groups) {
        this.groups = groups;
    }

    @Override
    public Set<String> keysOf(GemeinsinnUser user) {
        return groups.groupsOf(user.personId()).stream()
                .map(g -> "group:" + g.id())
                .collect(Collectors.toSet());
    }
}
