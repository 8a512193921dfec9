package de.gemeinsinn.groups;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.gemeinsinn.platform.security.GemeinsinnUser;
import de.gemeinsinn.support.GemeinsinnTest;
import de.gemeinsinn.support.SqlStatementCounter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The group page needs the same number of SQL statements with 5 or 200 members (no N+1), and
 * renders a 200-member group within 50 ms server time (MockMvc: the whole Spring MVC stack and
 * Thymeleaf, without the network). Figures go to target/figures/groups-page.txt and
 * docs/benchmarks.md.
 */
@GemeinsinnTest
class GroupPageFigureTests extends GroupsTestSupport {

    /**
     * A public group with n members, every third for an organisation, every second showing the name
     * publicly; returns it and its lead.
     */
    record Sized(GroupRef group, GemeinsinnUser lead) {}

    Sized groupWith(int n) {
        GroupRef g = group("AG mit " + n + " Mitgliedern", "bottrop", GroupVisibility.PUBLIC, JoinPolicy.OPEN);
        GemeinsinnUser lead = person("Lara Leitung " + n);
        member(g, lead, GroupRole.LEAD, true);
        String tag = UUID.randomUUID().toString().substring(0, 8);
        jdbc.sql("""
                        WITH s AS (SELECT i, gen_random_uuid() AS id FROM generate_series(1, ?) i),
                             p AS (INSERT INTO accounts.person (id, email, display_name, password_hash, status, created_at)
                                   SELECT id, 'fig-' || ? || '-' || i || '@example.org', 'Person ' || i, 'x', 'ACTIVE', now()
                                     FROM s)
                        INSERT INTO groups.membership (group_id, person_id, role, organisation_id, name_shown)
                        SELECT ?, s.id, CASE WHEN i % 10 = 0 THEN 'GUEST' ELSE 'MEMBER' END,
                               CASE WHEN i % 3 = 0 THEN (SELECT id FROM organisations.organisation
                                                          WHERE status = 'APPROVED' ORDER BY name LIMIT 1) END,
                               CASE WHEN i % 2 = 0 THEN 'PUBLIC' ELSE 'MEMBERS' END
                          FROM s
                        """).params(n - 1, tag, g.id()).update();
        return new Sized(g, lead);
    }

    int statements(GroupRef g, RequestPostProcessor who) throws Exception {
        var get = get(g.url());
        if (who != null) {
            get = get.with(who);
        }
        var request = get;
        SqlStatementCounter.Result<?> r = SqlStatementCounter.count(
                () -> mvc.perform(request).andExpect(status().isOk()).andReturn());
        return r.count();
    }

    @Test
    void statementsPerGroupPageDoNotGrowWithMembers() throws Exception {
        Sized small = groupWith(5);
        Sized large = groupWith(200);
        GemeinsinnUser admin = admin();
        // warm-up: first requests load templates and caches
        statements(small.group(), null);
        statements(large.group(), null);

        int anonymousSmall = statements(small.group(), null);
        int anonymousLarge = statements(large.group(), null);
        int leadSmall = statements(small.group(), as(small.lead()));
        int leadLarge = statements(large.group(), as(large.lead()));
        int adminSmall = statements(small.group(), as(admin));
        int adminLarge = statements(large.group(), as(admin));

        assertThat(anonymousSmall).isPositive();
        assertThat(anonymousLarge).isEqualTo(anonymousSmall);
        assertThat(leadLarge).isEqualTo(leadSmall);
        assertThat(adminLarge).isEqualTo(adminSmall);
        assertThat(leadLarge).as("a bounded number of statements").isLessThanOrEqualTo(15);
        write("statements", "anonymous=" + anonymousLarge + " lead=" + leadLarge + " admin=" + adminLarge);
    }

    @Test
    void groupPageWith200MembersRendersWithin50Milliseconds() throws Exception {
        Sized large = groupWith(200);
        var lead = as(large.lead());
        String html = mvc.perform(get(large.group().url()).with(lead))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html).contains("Mitglieder (200)");
        for (int i = 0; i < 50; i++) {
            mvc.perform(get(large.group().url()).with(lead));
            mvc.perform(get(large.group().url()));
        }
        long[] asLead = new long[200];
        long[] anonymous = new long[200];
        for (int i = 0; i < asLead.length; i++) {
            long t = System.nanoTime();
            mvc.perform(get(large.group().url()).with(lead)).andExpect(status().isOk());
            asLead[i] = System.nanoTime() - t;
            t = System.nanoTime();
            mvc.perform(get(large.group().url())).andExpect(status().isOk());
            anonymous[i] = System.nanoTime() - t;
        }
        double leadMedian = percentile(asLead, 50);
        double anonMedian = percentile(anonymous, 50);
        write(
                "timing",
                String.format(
                        java.util.Locale.ROOT,
                        "lead median=%.1fms p95=%.1fms; anonymous median=%.1fms p95=%.1fms",
                        leadMedian,
                        percentile(asLead, 95),
                        anonMedian,
                        percentile(anonymous, 95)));
        assertThat(leadMedian).isLessThanOrEqualTo(50.0);
        assertThat(anonMedian).isLessThanOrEqualTo(50.0);
    }

    static double percentile(long[] nanos, int p) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int index = Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1);
        return sorted[index] / 1_000_000.0;
    }

    static void write(String name, String line) throws Exception {
        Path dir = Path.of("target", "figures");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("groups-page-" + name + ".txt"), line + System.lineSeparator());
        org.slf4j.LoggerFactory.getLogger(GroupPageFigureTests.class).info("group page {}: {}", name, line);
    }
}
