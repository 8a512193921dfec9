package de.gemeinsinn.groups;

import static org.assertj.core.api.Assertions.assertThat;

import de.gemeinsinn.accounts.PersonErased;
import de.gemeinsinn.platform.privacy.PersonalDataExporter;
import de.gemeinsinn.platform.security.GemeinsinnUser;
import de.gemeinsinn.support.GemeinsinnTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.support.TransactionTemplate;

@GemeinsinnTest
@RecordApplicationEvents
class GroupsPrivacyTests extends GroupsTestSupport {

    @Autowired
    List<PersonalDataExporter> exporters;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    GroupDirectory directory;

    @Autowired
    ApplicationEvents recorded;

    PersonalDataExporter groupsExporter() {
        return exporters.stream()
                .filter(e -> e.section().equals("groups"))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void exportListsMembershipsAndRequests() {
        GroupRef a = group("AG Export A", "bottrop", GroupVisibility.PUBLIC, JoinPolicy.OPEN);
        GroupRef b = group("AG Export B", null, GroupVisibility.PUBLIC, JoinPolicy.REQUEST);
        GemeinsinnUser p = person("Erna Export");
        member(a, p, GroupRole.LEAD, false);
        jdbc.sql("INSERT INTO groups.join_request (group_id, person_id, message) VALUES (?, ?, 'Bitte aufnehmen')")
                .params(b.id(), p.personId())
                .update();
        String export = groupsExporter().export(p.personId()).toString();
        assertThat(export)
                .contains("AG Export A")
                .contains("LEAD")
                .contains("MEMBERS")
                .contains("Bitte aufnehmen");
        assertThat(groupsExporter().export(person("Niemand").personId()).toString())
                .doesNotContain("AG Export");
    }

    @Test
    void erasureRemovesMembershipsRequestsAndTellsOtherModules() {
        GroupRef g = group("AG Löschen", "bottrop", GroupVisibility.PUBLIC, JoinPolicy.OPEN);
        GroupRef other = group("AG Anfrage Löschen", "bottrop", GroupVisibility.PUBLIC, JoinPolicy.REQUEST);
        GemeinsinnUser leaving = person("Lisa Geht");
        GemeinsinnUser staying = person("Bleibt Hier");
        member(g, leaving, GroupRole.LEAD, true);
        member(g, staying, GroupRole.MEMBER, true);
        jdbc.sql("INSERT INTO groups.join_request (group_id, person_id) VALUES (?, ?)")
                .params(other.id(), leaving.personId())
                .update();
        jdbc.sql(
                        "INSERT INTO groups.link (group_id, title, url, added_by) VALUES (?, 'Protokoll', 'https://example.org', ?)")
                .params(g.id(), leaving.personId())
                .update();

        tx.executeWithoutResult(s -> events.publishEvent(new PersonErased(leaving.personId())));

        assertThat(directory.roleOf(g.id(), leaving.personId())).isEmpty();
        assertThat(directory.roleOf(g.id(), staying.personId())).contains(GroupRole.MEMBER);
        assertThat(jdbc.sql("SELECT count(*) FROM groups.join_request WHERE person_id = ?")
                        .param(leaving.personId())
                        .query(Integer.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM groups.link WHERE group_id = ? AND added_by IS NULL")
                        .param(g.id())
                        .query(Integer.class)
                        .single())
                .as("the link stays, without the person")
                .isEqualTo(1);
        assertThat(recorded.stream(MemberLeft.class)).contains(new MemberLeft(g.id(), leaving.personId()));
    }
}
