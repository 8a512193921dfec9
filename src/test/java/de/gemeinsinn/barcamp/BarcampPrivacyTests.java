package de.gemeinsinn.barcamp;

import static org.assertj.core.api.Assertions.assertThat;

import de.gemeinsinn.accounts.PersonErased;
import de.gemeinsinn.barcamp.Stored.Camp;
import de.gemeinsinn.events.RegistrationRef;
import de.gemeinsinn.events.RegistrationStatus;
import de.gemeinsinn.platform.privacy.PersonalDataExporter;
import de.gemeinsinn.platform.security.GemeinsinnUser;
import de.gemeinsinn.support.GemeinsinnTest;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

/** Votes count but are never shown per person; "Meine Daten" and erasure cover everything personal. */
@GemeinsinnTest
class BarcampPrivacyTests extends BarcampTestSupport {

    @Autowired
    List<PersonalDataExporter> exporters;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate tx;

    @Test
    void exportAndErasureCoverProposalsVotesStarsAndDocumentation() throws Exception {
        Camp camp = camp("Datenschutz");
        TestPerson rita = person("Rita Privat");
        UUID reg = register(camp, rita.name(), rita.email());
        Viewer v = new Viewer(
                new GemeinsinnUser(rita.id(), rita.email(), rita.name(), "", true, Set.of()),
                new RegistrationRef(
                        reg, camp.event().id(), rita.name(), rita.email(), rita.id(), RegistrationStatus.CONFIRMED),
                false,
                false);
        UUID proposal =
                service.propose(camp, v, new Forms.Proposal("Ritas Thema", "", "Rita P.", "ALL", List.of(), true));
        UUID other = service.quickAdd(camp, "Anderes Thema", Viewer.ANONYMOUS);
        service.vote(camp, v, other, true);
        service.star(camp, v, other, true);
        service.saveDoc(camp, v, other, new Forms.Doc("Ritas Notiz", "", 0));
        service.addLink(camp, v, other, "https://example.org/folien", "Folien");

        PersonalDataExporter exporter = exporters.stream()
                .filter(e -> e.section().equals("barcamp"))
                .findFirst()
                .orElseThrow();
        @SuppressWarnings("unchecked")
        Map<String, List<Map<String, Object>>> data =
                (Map<String, List<Map<String, Object>>>) exporter.export(rita.id());
        assertThat(data.get("proposals")).extracting(r -> r.get("title")).containsExactly("Ritas Thema");
        assertThat(data.get("interests")).extracting(r -> r.get("title")).containsExactly("Anderes Thema");
        assertThat(data.get("starred")).extracting(r -> r.get("title")).containsExactly("Anderes Thema");
        assertThat(data.get("documentation")).extracting(r -> r.get("notes")).containsExactly("Ritas Notiz");
        assertThat(data.get("links")).hasSize(1);
        assertThat(data.get("agendaSettings")).hasSize(1);

        // the overview shows counts only, never who voted
        Web organiser = web().login("erika.mustermann@example.org", DEMO_PASSWORD);
        String overview = organiser.get0(camp.url());
        assertThat(overview).contains("1 interessiert").doesNotContain("Rita Privat");
        assertThat(organiser.get0(camp.url() + "/orga")).doesNotContain("Rita Privat");

        tx.executeWithoutResult(s -> events.publishEvent(new PersonErased(rita.id())));

        assertThat(repo.voteCounts(camp.id())).doesNotContainKey(other);
        assertThat(repo.starredBy(camp.id(), reg)).isEmpty();
        var proposed = repo.session(proposal).orElseThrow();
        assertThat(proposed.proposerPersonId()).isNull();
        assertThat(proposed.hostNames()).isEqualTo(PersonErased.FORMER_MEMBER);
        assertThat(repo.session(other).orElseThrow().notes()).isEqualTo("Ritas Notiz");
        assertThat(repo.revisions(other))
                .extracting(Stored.Revision::authorName)
                .containsExactly(PersonErased.FORMER_MEMBER);
        assertThat(repo.links(other)).extracting(Stored.Link::addedByName).containsExactly(PersonErased.FORMER_MEMBER);
        @SuppressWarnings("unchecked")
        Map<String, List<?>> after = (Map<String, List<?>>) exporter.export(rita.id());
        assertThat(after.values()).allMatch(List::isEmpty);
    }

    @Test
    void hostNamesAreShownOnlyAsChosen() throws Exception {
        Camp camp = camp("Namen");
        service.propose(camp, Viewer.ANONYMOUS, new Forms.Proposal("Offen", "", "Olli Offen", "ALL", List.of(), false));
        service.propose(
                camp,
                Viewer.ANONYMOUS,
                new Forms.Proposal("Intern", "", "Ina Intern", "PARTICIPANTS", List.of(), false));
        service.propose(
                camp, Viewer.ANONYMOUS, new Forms.Proposal("Geheim", "", "Gina Geheim", "NONE", List.of(), false));
        TestPerson p = person("Paul Teilnehmer");
        register(camp, p.name(), p.email());
        String participantView = web().login(p.email(), PASSWORD).get0(camp.url());
        assertThat(participantView)
                .contains("Olli Offen")
                .contains("Ina Intern")
                .doesNotContain("Gina Geheim");
        String organiserView =
                web().login("erika.mustermann@example.org", DEMO_PASSWORD).get0(camp.url());
        assertThat(organiserView).contains("Olli Offen").contains("Ina Intern").contains("Gina Geheim");
    }
}
