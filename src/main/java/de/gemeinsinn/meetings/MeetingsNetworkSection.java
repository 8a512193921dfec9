package de.gemeinsinn.meetings;

import de.gemeinsinn.groups.CityNetworkSection;
import de.gemeinsinn.groups.GroupRef;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The city network page: per public group its latest decisions, how many actions are open, in
 * progress and done, and the latest public summary of a meeting. Never minutes, never names.
 */
@Component
class MeetingsNetworkSection implements CityNetworkSection {

    /** One group's public record. */
    record Row(GroupRef group, List<Decision> decisions, Map<WorkStatus, Integer> actions, Meeting summary) {
        public int count(String status) {
            return actions.getOrDefault(WorkStatus.valueOf(status), 0);
        }

        public boolean empty() {
            return decisions.isEmpty() && actions.isEmpty() && summary == null;
        }
    }

    private final MeetingStore meetings;
    private final WorkStore work;

    MeetingsNetworkSection(MeetingStore meetings, WorkStore work) {
        this.meetings = meetings;
        this.work = work;
    }

    @Override
    public int order() {
        return 200;
    }

    @Override
    public String template() {
        return "meetings/network-section";
    }

    @Override
    public Map<String, Object> model(String citySlug, List<GroupRef> publicGroups) {
        List<GroupRef> open = publicGroups.stream().filter(GroupRef::isPublic).toList();
        List<UUID> ids = open.stream().map(GroupRef::id).toList();
        Map<UUID, List<Decision>> decisions = work.recentDecisions(ids, 3);
        Map<UUID, Map<WorkStatus, Integer>> counts = work.actionCounts(ids);
        Map<UUID, Meeting> summaries = meetings.latestSummaries(ids);
        List<Row> rows = open.stream()
                .map(g -> new Row(
                        g,
                        decisions.getOrDefault(g.id(), List.of()),
                        counts.getOrDefault(g.id(), new EnumMap<>(WorkStatus.class)),
                        summaries.get(g.id())))
                .filter(r -> !r.empty())
                .toList();
        if (rows.isEmpty()) {
            return Map.of();
        }
        return Map.of("rows", rows, "citySlug", citySlug == null ? "" : citySlug);
    }
}
