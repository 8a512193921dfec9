package de.gemeinsinn.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.gemeinsinn.groups.DemoGroups;
import de.gemeinsinn.groups.GroupsDemoDataReady;
import de.gemeinsinn.support.GemeinsinnTest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

/** Every demo group has a history in every state; the group and city network pages show it, publicly only what is public. */
@GemeinsinnTest
class MeetingsDemoDataTests extends MeetingsTestSupport {

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate tx;

    List<String> statuses(String table, UUID group) {
        return jdbc.sql("SELECT DISTINCT status FROM meetings." + table + " WHERE group_id = ? ORDER BY status")
                .param(group)
                .query(String.class)
                .list();
    }

    @Test
    void everyDemoGroupHasMeetingsMinutesDecisionsAndActionsInEveryState() {
        for (DemoGroups.Demo demo : DemoGroups.ALL) {
            assertThat(statuses("decision", demo.id()))
                    .as(demo.slug())
                    .containsExactly("DONE", "DROPPED", "IN_PROGRESS", "OPEN");
            assertThat(statuses("action_item", demo.id()))
                    .as(demo.slug())
                    .containsExactly("DONE", "DROPPED", "IN_PROGRESS", "OPEN");
            assertThat(statuses("meeting", demo.id())).as(demo.slug()).containsExactly("CANCELLED", "SCHEDULED");
            assertThat(jdbc.sql(
                                    "SELECT count(DISTINCT minutes_status) FROM meetings.meeting WHERE group_id = ? AND starts_at < now()")
                            .param(demo.id())
                            .query(Integer.class)
                            .single())
                    .as(demo.slug())
                    .isEqualTo(2);
        }
        assertThat(jdbc.sql(
                                "SELECT count(*) FROM meetings.action_item WHERE group_id = ? AND due_on < current_date AND status = 'OPEN'")
                        .param(DemoGroups.QUARTIERE.id())
                        .query(Integer.class)
                        .single())
                .as("an overdue action")
                .isPositive();
        assertThat(jdbc.sql("SELECT count(*) FROM meetings.date_poll WHERE group_id = ? AND closed_at IS NULL")
                        .param(DemoGroups.QUARTIERE.id())
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void seedingTwiceChangesNothing() {
        int before = jdbc.sql("SELECT count(*) FROM meetings.meeting")
                .query(Integer.class)
                .single();
        tx.executeWithoutResult(s -> events.publishEvent(new GroupsDemoDataReady()));
        assertThat(jdbc.sql("SELECT count(*) FROM meetings.meeting")
                        .query(Integer.class)
                        .single())
                .isEqualTo(before);
    }

    @Test
    void groupPageAndCityNetworkShowThePublicRecordOnly() throws Exception {
        String group = mvc.perform(get("/gruppen/" + DemoGroups.QUARTIERE.slug()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(group)
                .contains("Treffen, Beschlüsse und Aufgaben")
                .contains("Beschluss 1:")
                .contains("Offene Aufgaben (")
                .contains("Überfällig");
        String network = mvc.perform(get("/staedte/bottrop/netzwerk"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(network)
                .contains("Was die Arbeitsgruppen beschlossen haben")
                .contains("AG Quartiere Bottrop")
                .contains("Aufgaben: ")
                .doesNotContain("AG Digitales Engagement")
                .doesNotContain("berichten die Beteiligten vom Stand");
        // the internal demo group's meetings stay hidden from the public
        assertThat(mvc.perform(get("/gruppen/" + DemoGroups.DIGITAL.slug() + "/treffen"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(302);
    }
}
