package de.gemeinsinn.meetings;

import de.gemeinsinn.groups.GroupDirectory;
import de.gemeinsinn.groups.GroupPageSection;
import de.gemeinsinn.platform.security.GemeinsinnUser;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Upcoming meetings, open actions, recent decisions and the latest public summary on the group
 * page. A fixed number of queries however many meetings, actions and members the group has.
 */
@Component
class MeetingsGroupSection implements GroupPageSection {

    private final MeetingAccess access;
    private final MeetingStore meetings;
    private final WorkStore work;
    private final GroupDirectory groups;

    MeetingsGroupSection(MeetingAccess access, MeetingStore meetings, WorkStore work, GroupDirectory groups) {
        this.access = access;
        this.meetings = meetings;
        this.work = work;
        this.groups = groups;
    }

    @Override
    public int order() {
        return 200;
    }

    @Override
    public String template() {
        return "meetings/group-section";
    }

    @Override
    public Map<String, Object> model(UUID groupId, GemeinsinnUser userOrNull) {
        GroupContext c = access.contextOrNull(groupId, userOrNull);
        if (c == null || (!c.group().isPublic() && !c.internals())) {
            return Map.of();
        }
        Map<String, Object> model = new HashMap<>();
        model.put("c", c);
        model.put("upcoming", meetings.upcoming(groupId, 3));
        WorkStore.OpenActions open = work.openActions(groupId, 5);
        model.put("actions", open.first());
        model.put("openCount", open.total());
        model.put("decisions", work.recentDecisions(groupId, 5));
        model.put(
                "summary",
                c.group().isPublic()
                        ? meetings.latestSummaries(List.of(groupId)).get(groupId)
                        : null);
        model.put("names", Names.of(groups.members(groupId), c.internals()));
        return model;
    }
}
