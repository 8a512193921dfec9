package de.gemeinsinn.meetings;

import de.gemeinsinn.groups.GroupDirectory;
import de.gemeinsinn.groups.GroupPageSection;
import de.gemeinsinn.groups.GroupRef;
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

    private final MeetingStore meetings;
    private final WorkStore work;
    private final GroupDirectory groups;

    MeetingsGroupSection(MeetingStore meetings, WorkStore work, GroupDirectory groups) {
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

    /**
     * The group page already checked that the viewer may read the group, and members' names are
     * not shown here, so no permission queries are needed: five statements in all.
     */
    @Override
    public Map<String, Object> model(UUID groupId, GemeinsinnUser userOrNull) {
        GroupRef g = groups.find(groupId).orElse(null);
        if (g == null) {
            return Map.of();
        }
        Map<String, Object> model = new HashMap<>();
        model.put("slug", g.slug());
        model.put("base", "/gruppen/" + g.slug());
        model.put("upcoming", meetings.upcoming(groupId, 3));
        WorkStore.OpenActions open = work.openActions(groupId, 5);
        model.put("actions", open.first());
        model.put("openCount", open.total());
        model.put("decisions", work.recentDecisions(groupId, 5));
        Meeting summary =
                g.isPublic() ? meetings.latestSummaries(List.of(groupId)).get(groupId) : null;
        if (summary != null) {
            model.put("summary", summary);
        }
        return model;
    }
}
