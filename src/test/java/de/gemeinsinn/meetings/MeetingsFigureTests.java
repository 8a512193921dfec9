package de.gemeinsinn.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.gemeinsinn.groups.GroupRef;
import de.gemeinsinn.groups.GroupRole;
import de.gemeinsinn.groups.GroupVisibility;
import de.gemeinsinn.platform.security.GemeinsinnUser;
import de.gemeinsinn.support.GemeinsinnTest;
import de.gemeinsinn.support.SqlStatementCounter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * No N+1: the group page, the meetings list, "Meine Aufgaben" and the personal calendar feed need
 * the same number of SQL statements with a small group and with 200 members, 150 meetings and
 * 1,500 action items. Their server times (MockMvc, median and p95 of 200) go to
 * target/figures/meetings.txt for docs/benchmarks.md; timings are figures, not assertions.
 */
@GemeinsinnTest
class MeetingsFigureTests extends MeetingsTestSupport {

    record Sized(GroupRef group, GemeinsinnUser lead, GemeinsinnUser worker) {}

    /** A group with {@code members} members, {@code meetingCount} meetings (4 agenda items each) and {@code actions} actions. */
    Sized sized(int members, int meetingCount, int actions) {
        GroupRef g = group("Figur " + members, "bottrop", GroupVisibility.PUBLIC);
        GemeinsinnUser lead = person("Figur Leitung");
        GemeinsinnUser worker = person("Figur Arbeit");
        member(g, lead, GroupRole.LEAD);
        member(g, worker, GroupRole.MEMBER);
        String tag = UUID.randomUUID().toString().substring(0, 8);
        jdbc.sql("""
                WITH s AS (SELECT i, gen_random_uuid() AS id FROM generate_series(1, ?) i),
                     p AS (INSERT INTO accounts.person (id, email, display_name, password_hash, status, created_at)
                           SELECT id, 'mfig-' || ? || '-' || i || '@example.org', 'Person ' || i, 'x', 'ACTIVE', now() FROM s)
                INSERT INTO groups.membership (group_id, person_id, role, name_shown)
                SELECT ?, id, 'MEMBER', CASE WHEN i % 2 = 0 THEN 'PUBLIC' ELSE 'MEMBERS' END FROM s
                """).params(members - 2, tag, g.id()).update();
        MeetingsBenchData.fill(jdbc, g.id(), meetingCount, actions, worker.personId());
        return new Sized(g, lead, worker);
    }

    int statements(MockHttpServletRequestBuilder request) throws Exception {
        return SqlStatementCounter.count(
                        () -> mvc.perform(request).andExpect(status().isOk()).andReturn())
                .count();
    }

    @Test
    void statementCountsDoNotGrowWithDataAndPagesStayFast() throws Exception {
        Sized small = sized(5, 3, 10);
        Sized large = sized(200, 150, 1500);
        String[] pages = {"", "/treffen", "/aufgaben", "/beschluesse"};
        StringBuilder figures = new StringBuilder();
        for (String page : pages) {
            statements(get(small.group().url() + page).with(as(small.lead())));
            int s = statements(get(small.group().url() + page).with(as(small.lead())));
            int l = statements(get(large.group().url() + page).with(as(large.lead())));
            int anon = statements(get(large.group().url() + page));
            int anonSmall = statements(get(small.group().url() + page));
            assertThat(l).as("statements for " + page).isEqualTo(s);
            assertThat(anon).as("anonymous statements for " + page).isEqualTo(anonSmall);
            figures.append("statements ")
                    .append(page.isEmpty() ? "/gruppen/{slug}" : page)
                    .append(": ")
                    .append(l)
                    .append('\n');
        }
        statements(get("/meine-aufgaben").with(as(small.worker())));
        int mineSmall = statements(get("/meine-aufgaben").with(as(small.worker())));
        int mineLarge = statements(get("/meine-aufgaben").with(as(large.worker())));
        assertThat(mineLarge).isEqualTo(mineSmall);
        figures.append("statements /meine-aufgaben: ").append(mineLarge).append('\n');

        CalendarFeeds feeds = context.getBean(CalendarFeeds.class);
        String smallToken = feeds.regenerate(small.worker().personId());
        String largeToken = feeds.regenerate(large.worker().personId());
        statements(get("/kalender/" + smallToken + ".ics"));
        int feedSmall = statements(get("/kalender/" + smallToken + ".ics"));
        int feedLarge = statements(get("/kalender/" + largeToken + ".ics"));
        assertThat(feedLarge).isEqualTo(feedSmall);
        figures.append("statements /kalender/{token}.ics: ").append(feedLarge).append('\n');

        figures.append(time("group page as lead", get(large.group().url()).with(as(large.lead()))));
        figures.append(time("group page anonymous", get(large.group().url())));
        figures.append(time(
                "Meine Aufgaben (1,500 actions in the group, 150 own)",
                get("/meine-aufgaben").with(as(large.worker()))));
        // a person in a second group with 500 meetings within the feed's window
        GroupRef busy = group("Figur Feed", "bottrop", GroupVisibility.PUBLIC);
        member(busy, large.worker(), GroupRole.MEMBER);
        MeetingsBenchData.fill(jdbc, busy.id(), 500, 0, large.worker().personId(), 10);
        String feed = mvc.perform(get("/kalender/" + largeToken + ".ics"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        int events = feed.split("BEGIN:VEVENT", -1).length - 1;
        assertThat(events).isGreaterThanOrEqualTo(500);
        assertThat(statements(get("/kalender/" + largeToken + ".ics"))).isEqualTo(feedSmall);
        figures.append(time(
                "personal iCal feed (" + events + " meetings), written anew each time",
                get("/kalender/" + largeToken + ".ics"),
                feeds::forgetRendered));
        figures.append(time(
                "personal iCal feed (" + events + " meetings), unchanged since the last request",
                get("/kalender/" + largeToken + ".ics")));
        Path out = Path.of("target/figures/meetings.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, figures.toString());
    }

    String time(String name, MockHttpServletRequestBuilder request) throws Exception {
        return time(name, request, () -> {});
    }

    String time(String name, MockHttpServletRequestBuilder request, Runnable beforeEach) throws Exception {
        for (int i = 0; i < 50; i++) {
            beforeEach.run();
            mvc.perform(request);
        }
        long[] nanos = new long[200];
        for (int i = 0; i < nanos.length; i++) {
            beforeEach.run();
            long t = System.nanoTime();
            mvc.perform(request).andExpect(status().isOk());
            nanos[i] = System.nanoTime() - t;
        }
        Arrays.sort(nanos);
        double median = nanos[99] / 1e6;
        double p95 = nanos[189] / 1e6;
        // figures, not assertions: timings depend on the machine (the goals and measured values are
        // in docs/benchmarks.md); what this test asserts is that statement counts do not grow
        return String.format(Locale.ROOT, "%s: median %.1f ms, p95 %.1f ms%n", name, median, p95);
    }
}
