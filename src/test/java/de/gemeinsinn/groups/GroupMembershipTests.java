package de.gemeinsinn.groups;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import de.gemeinsinn.platform.security.GemeinsinnUser;
import de.gemeinsinn.support.GemeinsinnTest;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

@GemeinsinnTest
class GroupMembershipTests extends GroupsTestSupport {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired
    GroupDirectory directory;

    @Test
    void joiningAnOpenGroupIsOneClickAndLeavingToo() throws Exception {
        GroupRef g = group("Offene AG", "bottrop", GroupVisibility.PUBLIC, JoinPolicy.OPEN);
        GemeinsinnUser max = person("Max Beitritt");
        mvc.perform(post(g.url() + "/beitreten").with(csrf()).with(as(max)))
                .andExpect(status().isFound())
                .andExpect(flash().attribute("flash", "groups.flash.joined"));
        assertThat(directory.roleOf(g.id(), max.personId())).contains(GroupRole.MEMBER);

        mvc.perform(post(g.url() + "/verlassen").with(csrf()).with(as(max))).andExpect(status().isFound());
        assertThat(directory.roleOf(g.id(), max.personId())).isEmpty();
    }

    @Test
    void aRequestWaitsForTheLeadWhoAcceptsIt() throws Exception {
        GroupRef g = group("AG auf Anfrage", "bottrop", GroupVisibility.PUBLIC, JoinPolicy.REQUEST);
        GemeinsinnUser lead = person("Lena Leitung");
        member(g, lead, GroupRole.LEAD, true);
        GemeinsinnUser asking = person("Arne Anfrage");
        mvc.perform(post(g.url() + "/beitreten").with(csrf()).with(as(asking)).param("message", "Ich wohne in Boy."))
                .andExpect(flash().attribute("flash", "groups.flash.requested"));
        assertThat(directory.roleOf(g.id(), asking.personId())).isEmpty();
        // the lead hears of it by mail, with the message and where to decide
        String toLead = GreenMailUtil.getBody(received(lead.email()));
        assertThat(toLead)
                .contains("Arne Anfrage")
                .contains("Ich wohne in Boy.")
                .contains(g.url() + "/mitglieder");

        String page = mvc.perform(get(g.url() + "/mitglieder").with(as(lead)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("Arne Anfrage").contains("Ich wohne in Boy.");
        UUID request = jdbc.sql("SELECT id FROM groups.join_request WHERE group_id = ? AND person_id = ?")
                .params(g.id(), asking.personId())
                .query(UUID.class)
                .single();
        mvc.perform(post(g.url() + "/anfragen/" + request)
                        .with(csrf())
                        .with(as(lead))
                        .param("decision", "annehmen"))
                .andExpect(flash().attribute("flash", "groups.flash.accepted"));
        assertThat(directory.roleOf(g.id(), asking.personId())).contains(GroupRole.MEMBER);
        assertThat(received(asking.email()).getSubject()).startsWith("Willkommen in der Arbeitsgruppe");
    }

    @Test
    void invitationOnlyGroupsRefuseJoining() throws Exception {
        GroupRef g = group("AG nur Einladung", "bottrop", GroupVisibility.PUBLIC, JoinPolicy.INVITATION);
        GemeinsinnUser p = person("Paul Ungeladen");
        mvc.perform(post(g.url() + "/beitreten").with(csrf()).with(as(p)))
                .andExpect(flash().attribute("flashError", "groups.flash.invitationOnly"));
        assertThat(directory.roleOf(g.id(), p.personId())).isEmpty();
    }

    @Test
    void theOnlyLeadCannotLeaveWhileOthersRemain() throws Exception {
        GroupRef g = group("AG mit einer Leitung", "bottrop", GroupVisibility.PUBLIC, JoinPolicy.OPEN);
        GemeinsinnUser lead = person("Lotte Letzte");
        member(g, lead, GroupRole.LEAD, true);
        member(g, person("Mo Mitglied"), GroupRole.MEMBER, true);
        mvc.perform(post(g.url() + "/verlassen").with(csrf()).with(as(lead)))
                .andExpect(flash().attribute("flashError", "groups.flash.lastLead"));
        assertThat(directory.roleOf(g.id(), lead.personId())).contains(GroupRole.LEAD);
    }

    @Test
    void anInvitationByMailIsAcceptedOnceBySomeoneWhoRegisteredAfterwards() throws Exception {
        GroupRef g = group("Interne AG Einladung", "bottrop", GroupVisibility.INTERNAL, JoinPolicy.INVITATION);
        GemeinsinnUser lead = person("Ina Einladend");
        member(g, lead, GroupRole.LEAD, true);
        String address = "neu-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";

        mvc.perform(post(g.url() + "/einladen")
                        .with(csrf())
                        .with(as(lead))
                        .param("email", address)
                        .param("role", "GUEST"))
                .andExpect(flash().attribute("flash", "groups.flash.invited"));
        MimeMessage mail = received(address);
        assertThat(mail.getSubject()).contains("Interne AG Einladung");
        Matcher link =
                Pattern.compile("/gruppen/einladung\\?token=([A-Za-z0-9_-]+)").matcher(GreenMailUtil.getBody(mail));
        assertThat(link.find()).isTrue();
        String token = link.group(1);

        String anonymous = mvc.perform(get("/gruppen/einladung").param("token", token))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(anonymous).contains("Interne AG Einladung").contains("Anmelden und annehmen");

        GemeinsinnUser newcomer = person("Nora Neu"); // registered after the mail
        mvc.perform(post("/gruppen/einladung").with(csrf()).with(as(newcomer)).param("token", token))
                .andExpect(flash().attribute("flash", "groups.flash.invitationAccepted"));
        assertThat(directory.roleOf(g.id(), newcomer.personId())).contains(GroupRole.GUEST);
        mvc.perform(get(g.url()).with(as(newcomer))).andExpect(status().isOk());

        GemeinsinnUser second = person("Zweite Person");
        mvc.perform(post("/gruppen/einladung").with(csrf()).with(as(second)).param("token", token))
                .andExpect(flash().attribute("flashError", "groups.invitation.invalid"));
        assertThat(directory.roleOf(g.id(), second.personId())).isEmpty();
    }

    @Test
    void anInvalidInvitationAddressIsRefusedWithoutMail() throws Exception {
        GroupRef g = group("AG falsche Adresse", "bottrop", GroupVisibility.PUBLIC, JoinPolicy.INVITATION);
        GemeinsinnUser lead = person("Ina Leitung");
        member(g, lead, GroupRole.LEAD, true);
        mvc.perform(post(g.url() + "/einladen").with(csrf()).with(as(lead)).param("email", "keine-adresse"))
                .andExpect(flash().attribute("flashError", "groups.invite.email.invalid"));
        assertThat(jdbc.sql("SELECT count(*) FROM groups.invitation WHERE group_id = ?")
                        .param(g.id())
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void membersChooseWhoSeesTheirNameAndWhomTheyRepresent() throws Exception {
        GroupRef g = group("AG Angaben", "bottrop", GroupVisibility.PUBLIC, JoinPolicy.OPEN);
        GemeinsinnUser p = person("Sabine Sichtbar");
        member(g, p, GroupRole.MEMBER, false);
        mvc.perform(get(g.url() + "/meine-angaben").with(as(p))).andExpect(status().isOk());
        mvc.perform(post(g.url() + "/meine-angaben")
                        .with(csrf())
                        .with(as(p))
                        .param("nameShown", "PUBLIC")
                        .param("represents", "Fachbereich Bildung und Soziales"))
                .andExpect(status().isFound());
        String page = mvc.perform(get(g.url())).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Sabine Sichtbar").contains("für Fachbereich Bildung und Soziales");

        String refused = mvc.perform(post(g.url() + "/meine-angaben")
                        .with(csrf())
                        .with(as(p))
                        .param("nameShown", "MEMBERS")
                        .param("organisation", UUID.randomUUID().toString()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(refused).contains("Diese Organisation gibt es nicht");
        page = mvc.perform(get(g.url())).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Sabine Sichtbar"); // nothing half-saved
        mvc.perform(get(g.url() + "/meine-angaben").with(as(person("Nicht Mitglied"))))
                .andExpect(status().isForbidden());
    }

    static MimeMessage received(String to) throws Exception {
        for (int i = 0; i < 50; i++) {
            List<MimeMessage> all = new ArrayList<>(List.of(greenMail.getReceivedMessages()));
            for (MimeMessage m : all) {
                if (GreenMailUtil.getAddressList(m.getAllRecipients()).equals(to)) {
                    return m;
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no mail to " + to);
    }
}
