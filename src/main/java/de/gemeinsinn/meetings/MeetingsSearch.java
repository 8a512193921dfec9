package de.gemeinsinn.meetings;

import de.gemeinsinn.groups.GroupDirectory;
import de.gemeinsinn.groups.GroupRef;
import de.gemeinsinn.network.CityDirectory;
import de.gemeinsinn.network.CityRef;
import de.gemeinsinn.search.SearchDocument;
import de.gemeinsinn.search.SearchIndexer;
import de.gemeinsinn.search.SearchSource;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Meetings, approved minutes, decisions and action items as search documents. Public groups'
 * meetings (with their public summary), decisions and actions are public; everything of an
 * internal group, and the minutes of every group, only for the group's members and its city's
 * coordinators ({@link Audiences}).
 */
@Component
class MeetingsSearch {

    static final String MEETING = "meeting";
    static final String MINUTES = "minutes";
    static final String DECISION = "decision";
    static final String ACTION = "action";

    private final SearchIndexer indexer;
    private final GroupDirectory groups;
    private final CityDirectory cities;
    private final MeetingStore meetings;
    private final JdbcClient jdbc;

    MeetingsSearch(
            SearchIndexer indexer,
            GroupDirectory groups,
            CityDirectory cities,
            MeetingStore meetings,
            JdbcClient jdbc) {
        this.indexer = indexer;
        this.groups = groups;
        this.cities = cities;
        this.meetings = meetings;
        this.jdbc = jdbc;
    }

    // ---- changes, in the caller's transaction ----------------------------------------------

    void meetingChanged(Meeting m) {
        GroupRef g = groups.find(m.groupId()).orElse(null);
        if (g == null) {
            return;
        }
        CityRef city = city(g);
        List<AgendaItem> agenda = meetings.agenda(m.id());
        indexer.upsert(meeting(m, g, city, agenda));
        if (m.minutesApproved()) {
            indexer.upsert(minutes(m, g, city, agenda));
        } else {
            indexer.delete(MINUTES, m.id().toString());
        }
    }

    void decisionChanged(Decision d) {
        groups.find(d.groupId()).ifPresent(g -> indexer.upsert(decision(d, g, city(g))));
    }

    void actionChanged(ActionItem a) {
        groups.find(a.groupId()).ifPresent(g -> indexer.upsert(action(a, g, city(g))));
    }

    // ---- documents -----------------------------------------------------------------------

    private CityRef city(GroupRef g) {
        return g.citySlug() == null ? null : cities.find(g.citySlug()).orElse(null);
    }

    private static SearchDocument doc(
            String type,
            String id,
            String title,
            String text,
            String url,
            GroupRef g,
            CityRef c,
            List<String> tags,
            java.time.Instant date,
            boolean internal) {
        SearchDocument d = new SearchDocument(
                type,
                id,
                title,
                text,
                url,
                g.citySlug(),
                c == null ? null : c.name(),
                c == null ? null : c.region(),
                c == null ? null : c.lat(),
                c == null ? null : c.lon(),
                tags,
                date);
        return internal || !g.isPublic() ? d.restrictedTo(Audiences.of(g)) : d;
    }

    SearchDocument meeting(Meeting m, GroupRef g, CityRef c, List<AgendaItem> agenda) {
        StringBuilder text =
                new StringBuilder(g.name()).append('\n').append(m.when()).append('\n');
        text.append(m.place()).append('\n');
        agenda.forEach(i -> text.append(i.title()).append('\n'));
        if (g.isPublic() && m.hasSummary()) {
            text.append(m.publicSummary());
        }
        return doc(
                MEETING,
                m.id().toString(),
                m.title() + " – " + g.name(),
                text.toString().strip(),
                m.path(g.slug()),
                g,
                c,
                List.of("Treffen", g.name()),
                m.startsAt(),
                false);
    }

    SearchDocument minutes(Meeting m, GroupRef g, CityRef c, List<AgendaItem> agenda) {
        StringBuilder text = new StringBuilder();
        agenda.forEach(
                i -> text.append(i.title()).append('\n').append(i.minutes()).append("\n\n"));
        return doc(
                MINUTES,
                m.id().toString(),
                "Protokoll: " + m.title() + " – " + g.name(),
                text.toString().strip(),
                m.path(g.slug()) + "#protokoll",
                g,
                c,
                List.of("Protokoll", g.name()),
                m.startsAt(),
                true);
    }

    SearchDocument decision(Decision d, GroupRef g, CityRef c) {
        return doc(
                DECISION,
                d.id().toString(),
                "Beschluss " + d.number() + ": " + d.headline(),
                d.text() + "\n" + g.name(),
                d.path(g.slug()),
                g,
                c,
                List.of("Beschluss", g.name()),
                d.decidedOn().atStartOfDay().toInstant(ZoneOffset.UTC),
                false);
    }

    SearchDocument action(ActionItem a, GroupRef g, CityRef c) {
        return doc(
                ACTION,
                a.id().toString(),
                a.title(),
                a.title() + "\n" + g.name(),
                a.path(g.slug()),
                g,
                c,
                List.of("Aufgabe", g.name()),
                null,
                false);
    }

    // ---- full rebuild --------------------------------------------------------------------

    record Lookup(Map<UUID, GroupRef> groups, Map<String, CityRef> cities) {
        GroupRef group(UUID id) {
            return groups.get(id);
        }

        CityRef city(GroupRef g) {
            return g.citySlug() == null ? null : cities.get(g.citySlug());
        }
    }

    Lookup lookup(List<UUID> groupIds) {
        Map<UUID, GroupRef> gs = new HashMap<>();
        for (UUID id : groupIds) {
            groups.find(id).ifPresent(g -> gs.put(id, g));
        }
        Map<String, CityRef> cs = cities.all().stream().collect(Collectors.toMap(CityRef::slug, Function.identity()));
        return new Lookup(gs, cs);
    }

    Stream<SearchDocument> allMeetings(boolean minutesOnly) {
        List<Meeting> all = jdbc.sql(MeetingStore.SELECT + (minutesOnly ? "WHERE m.minutes_status = 'APPROVED' " : "")
                        + "ORDER BY m.id")
                .query(MeetingStore::map)
                .list();
        Map<UUID, List<AgendaItem>> agenda = new HashMap<>();
        jdbc.sql(MeetingStore.SELECT_ITEM + "ORDER BY meeting_id, position")
                .query(MeetingStore::item)
                .list()
                .forEach(i -> agenda.computeIfAbsent(i.meetingId(), k -> new ArrayList<>())
                        .add(i));
        Lookup l = lookup(all.stream().map(Meeting::groupId).distinct().toList());
        return all.stream().filter(m -> l.group(m.groupId()) != null).map(m -> {
            GroupRef g = l.group(m.groupId());
            List<AgendaItem> items = agenda.getOrDefault(m.id(), List.of());
            return minutesOnly ? minutes(m, g, l.city(g), items) : meeting(m, g, l.city(g), items);
        });
    }

    Stream<SearchDocument> allDecisions() {
        List<Decision> all = jdbc.sql(WorkStore.SELECT_DECISION + "ORDER BY d.id")
                .query(WorkStore::decision)
                .list();
        Lookup l = lookup(all.stream().map(Decision::groupId).distinct().toList());
        return all.stream()
                .filter(d -> l.group(d.groupId()) != null)
                .map(d -> decision(d, l.group(d.groupId()), l.city(l.group(d.groupId()))));
    }

    Stream<SearchDocument> allActions() {
        List<ActionItem> all = jdbc.sql(WorkStore.SELECT_ACTION + "ORDER BY a.id")
                .query(WorkStore::action)
                .list();
        Lookup l = lookup(all.stream().map(ActionItem::groupId).distinct().toList());
        return all.stream()
                .filter(a -> l.group(a.groupId()) != null)
                .map(a -> action(a, l.group(a.groupId()), l.city(l.group(a.groupId()))));
    }

    /** One {@link SearchSource} per document type, for the search module's full rebuild. */
    @Configuration(proxyBeanMethods = false)
    static class Sources {

        @Bean
        SearchSource meetingSearchSource(MeetingsSearch s) {
            return source(MEETING, () -> s.allMeetings(false));
        }

        @Bean
        SearchSource minutesSearchSource(MeetingsSearch s) {
            return source(MINUTES, () -> s.allMeetings(true));
        }

        @Bean
        SearchSource decisionSearchSource(MeetingsSearch s) {
            return source(DECISION, s::allDecisions);
        }

        @Bean
        SearchSource actionSearchSource(MeetingsSearch s) {
            return source(ACTION, s::allActions);
        }

        static SearchSource source(String type, java.util.function.Supplier<Stream<SearchDocument>> docs) {
            return new SearchSource() {
                @Override
                public String type() {
                    return type;
                }

                @Override
                public Stream<SearchDocument> documents() {
                    return docs.get();
                }
            };
        }
    }
}
