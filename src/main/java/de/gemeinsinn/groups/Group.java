package de.gemeinsinn.groups;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A working group as stored. */
record Group(
        UUID id,
        String slug,
        String citySlug,
        String name,
        String purpose,
        String goals,
        List<String> topics,
        List<String> quartiere,
        GroupVisibility visibility,
        JoinPolicy joinPolicy,
        Instant createdAt,
        int version) {

    GroupRef ref() {
        return new GroupRef(id, slug, name, citySlug, visibility, joinPolicy);
    }

    public String url() {
        return "/gruppen/" + slug;
    }

    /** The goals, one per line. */
    public List<String> goalList() {
        return goals.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    boolean isPublic() {
        return visibility == GroupVisibility.PUBLIC;
    }
}
