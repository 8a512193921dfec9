package de.gemeinsinn.groups;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.gemeinsinn.platform.security.GemeinsinnUser;
import de.gemeinsinn.support.GemeinsinnTest;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * One test per role per page type: who may open the page of an internal group, the group's edit
 * page, its member management and the approval of organisations. 302 = sent to the login page.
 */
@GemeinsinnTest
class GroupAccessMatrixTests extends GroupsTestSupport {

    enum Who {
        ANONYMOUS,
        MEMBER_OF_OTHER_GROUP,
        MEMBER,
        LEAD,
        COORDINATOR_OF_OTHER_CITY,
        COORDINATOR,
        NETWORK_ADMIN
    }

    GroupRef internal;
    GroupRef other;
    String pendingOrg;
    GemeinsinnUser member;
    GemeinsinnUser lead;
    GemeinsinnUser otherMember;

    @BeforeEach
    void setUpGroups() {
        internal = group("Interne AG Matrix", "bottrop", GroupVisibility.INTERNAL, JoinPolicy.INVITATION);
        other = group("Andere AG Matrix", "bottrop", GroupVisibility.PUBLIC, JoinPolicy.OPEN);
        member = person("Mia Mitglied");
        lead = person("Leo Leitung");
        otherMember = person("Ole Anderswo");
        member(internal, member, GroupRole.MEMBER, true);
        member(internal, lead, GroupRole.LEAD, true);
        member(other, otherMember, GroupRole.LEAD, true);
        pendingOrg = "wartende-org-" + UUID.randomUUID().toString().substring(0, 8);
        jdbc.sql("INSERT INTO organisations.organisation (slug, city_slug, name, type, description, status) "
                        + "VALUES (?, 'bottrop', ?, 'VEREIN', 'Wartet auf Freigabe', 'PENDING')")
                .params(pendingOrg, "Wartender Verein " + pendingOrg)
                .update();
    }

    ResultActions perform(Who who, MockHttpServletRequestBuilder request) throws Exception {
        GemeinsinnUser user = switch (who) {
            case ANONYMOUS -> null;
            case MEMBER_OF_OTHER_GROUP -> otherMember;
            case MEMBER -> member;
            case LEAD -> lead;
            case COORDINATOR_OF_OTHER_CITY -> coordinator("bocholt");
            case COORDINATOR -> coordinator("bottrop");
            case NETWORK_ADMIN -> admin();
        };
        MockMvc m = mvc;
        return m.perform(user == null ? request : request.with(as(user)));
    }

    static void expect(ResultActions result, int expected) throws Exception {
        if (expected == 302) {
            result.andExpect(status().isFound()).andExpect(redirectedUrl("/anmelden"));
        } else {
            result.andExpect(status().is(expected));
        }
    }

    @ParameterizedTest(name = "{0} opens an internal group: {1}")
    @CsvSource({
        "ANONYMOUS, 302",
        "MEMBER_OF_OTHER_GROUP, 403",
        "MEMBER, 200",
        "LEAD, 200",
        "COORDINATOR_OF_OTHER_CITY, 403",
        "COORDINATOR, 200",
        "NETWORK_ADMIN, 200"
    })
    void internalGroupPage(Who who, int expected) throws Exception {
        expect(perform(who, get(internal.url())), expected);
    }

    @ParameterizedTest(name = "{0} opens the group's edit page: {1}")
    @CsvSource({
        "ANONYMOUS, 302",
        "MEMBER_OF_OTHER_GROUP, 403",
        "MEMBER, 403",
        "LEAD, 200",
        "COORDINATOR_OF_OTHER_CITY, 403",
        "COORDINATOR, 200",
        "NETWORK_ADMIN, 200"
    })
    void groupEditPage(Who who, int expected) throws Exception {
        expect(perform(who, get(internal.url() + "/bearbeiten")), expected);
    }

    @ParameterizedTest(name = "{0} saves the group's edit form: {1}")
    @CsvSource({"ANONYMOUS, 302", "MEMBER_OF_OTHER_GROUP, 403", "MEMBER, 403", "COORDINATOR_OF_OTHER_CITY, 403"})
    void groupEditPost(Who who, int expected) throws Exception {
        expect(
                perform(
                        who,
                        post(internal.url() + "/bearbeiten")
                                .with(csrf())
                                .param("name", "Übernommen")
                                .param("purpose", "Übernommen")
                                .param("visibility", "PUBLIC")
                                .param("joinPolicy", "OPEN")),
                expected);
        org.assertj.core.api.Assertions.assertThat(jdbc.sql("SELECT name FROM groups.work_group WHERE id = ?")
                        .param(internal.id())
                        .query(String.class)
                        .single())
                .isEqualTo("Interne AG Matrix");
    }

    @ParameterizedTest(name = "{0} opens member management: {1}")
    @CsvSource({
        "ANONYMOUS, 302",
        "MEMBER_OF_OTHER_GROUP, 403",
        "MEMBER, 403",
        "LEAD, 200",
        "COORDINATOR_OF_OTHER_CITY, 403",
        "COORDINATOR, 200",
        "NETWORK_ADMIN, 200"
    })
    void memberManagement(Who who, int expected) throws Exception {
        expect(perform(who, get(internal.url() + "/mitglieder")), expected);
    }

    @ParameterizedTest(name = "{0} removes a member: {1}")
    @CsvSource({"ANONYMOUS, 302", "MEMBER_OF_OTHER_GROUP, 403", "MEMBER, 403", "COORDINATOR_OF_OTHER_CITY, 403"})
    void memberRemoval(Who who, int expected) throws Exception {
        expect(
                perform(
                        who,
                        post(internal.url() + "/mitglieder/" + lead.personId() + "/entfernen")
                                .with(csrf())),
                expected);
        org.assertj.core.api.Assertions.assertThat(jdbc.sql("SELECT count(*) FROM groups.membership WHERE group_id = ?")
                        .param(internal.id())
                        .query(Integer.class)
                        .single())
                .isEqualTo(2);
    }

    @ParameterizedTest(name = "{0} opens the organisation approval list: {1}")
    @CsvSource({
        "ANONYMOUS, 302",
        "MEMBER_OF_OTHER_GROUP, 403",
        "MEMBER, 403",
        "LEAD, 403",
        "COORDINATOR_OF_OTHER_CITY, 403",
        "COORDINATOR, 200",
        "NETWORK_ADMIN, 200"
    })
    void organisationApprovalPage(Who who, int expected) throws Exception {
        expect(perform(who, get("/staedte/bottrop/organisationen/freigabe")), expected);
    }

    @ParameterizedTest(name = "{0} approves an organisation: {1}")
    @CsvSource({
        "ANONYMOUS, 302",
        "MEMBER_OF_OTHER_GROUP, 403",
        "MEMBER, 403",
        "LEAD, 403",
        "COORDINATOR_OF_OTHER_CITY, 403",
        "COORDINATOR, 302",
        "NETWORK_ADMIN, 302"
    })
    void organisationApproval(Who who, int expected) throws Exception {
        ResultActions r = perform(
                who, post("/organisationen/" + pendingOrg + "/freigeben").with(csrf()));
        String status = jdbc.sql("SELECT status FROM organisations.organisation WHERE slug = ?")
                .param(pendingOrg)
                .query(String.class)
                .single();
        if (who == Who.COORDINATOR || who == Who.NETWORK_ADMIN) {
            r.andExpect(status().isFound()).andExpect(redirectedUrl("/staedte/bottrop/organisationen/freigabe"));
            org.assertj.core.api.Assertions.assertThat(status).isEqualTo("APPROVED");
        } else {
            expect(r, expected);
            org.assertj.core.api.Assertions.assertThat(status).isEqualTo("PENDING");
        }
    }

    @ParameterizedTest(name = "{0} opens a pending organisation: {1}")
    @CsvSource({
        "ANONYMOUS, 404",
        "MEMBER_OF_OTHER_GROUP, 404",
        "MEMBER, 404",
        "LEAD, 404",
        "COORDINATOR_OF_OTHER_CITY, 404",
        "COORDINATOR, 200",
        "NETWORK_ADMIN, 200"
    })
    void pendingOrganisationPage(Who who, int expected) throws Exception {
        expect(perform(who, get("/organisationen/" + pendingOrg)), expected);
    }
}
