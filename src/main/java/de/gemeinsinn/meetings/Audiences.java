package de.gemeinsinn.meetings;

import de.gemeinsinn.groups.GroupRef;
import java.util.List;

/** Search audience keys of a group's internal content: its members and its city's coordinators. */
final class Audiences {

    private Audiences() {}

    static List<String> of(GroupRef group) {
        return group.citySlug() == null
                ? List.of("group:" + group.id())
                : List.of("group:" + group.id(), "role:CITY_COORDINATOR:" + group.citySlug());
    }
}
