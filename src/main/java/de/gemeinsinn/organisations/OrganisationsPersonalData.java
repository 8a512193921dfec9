package de.gemeinsinn.organisations;

import de.gemeinsinn.accounts.PersonErased;
import de.gemeinsinn.platform.privacy.PersonalDataExporter;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the organisations module holds about a person: which organisations they manage or
 * registered. On erasure the organisations stay (they are not the person's) but the person no
 * longer manages them, and a personal contact address they gave is removed.
 */
@Component
class OrganisationsPersonalData implements PersonalDataExporter {

    /** One managed organisation in the export. */
    record Managed(String name, String city, String status, boolean registeredByYou, String contactEmail) {}

    private final Organisations organisations;
    private final OrganisationSearchDocuments search;

    OrganisationsPersonalData(Organisations organisations, OrganisationSearchDocuments search) {
        this.organisations = organisations;
        this.search = search;
    }

    @Override
    public String section() {
        return "organisations";
    }

    @Override
    public Object export(UUID personId) {
        List<Managed> managed = organisations.managedBy(personId).stream()
                .map(o -> new Managed(
                        o.name(),
                        o.citySlug(),
                        o.status().name(),
                        personId.equals(o.registeredBy()),
                        o.contactPersonal() && personId.equals(o.registeredBy()) ? o.contactEmail() : null))
                .toList();
        return Map.of("managedOrganisations", managed);
    }

    @EventListener
    @Transactional
    void on(PersonErased event) {
        List<Organisation> touched = organisations.managedBy(event.personId());
        organisations.forget(event.personId());
        touched.forEach(o -> organisations.byId(o.id()).ifPresent(search::changed));
    }
}
