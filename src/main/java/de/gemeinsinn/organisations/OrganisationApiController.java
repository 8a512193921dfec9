package de.gemeinsinn.organisations;

import de.gemeinsinn.network.CityDirectory;
import de.gemeinsinn.platform.GemeinsinnProperties;
import de.gemeinsinn.platform.web.ApiController;
import de.gemeinsinn.platform.web.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Public read API: the approved organisations of a city. */
@ApiController("/api/v1/cities/{slug}/organisations")
@Tag(name = "Organisationen", description = "Vereine, Initiativen, Verwaltung, Unternehmen … einer Mitgliedsstadt")
class OrganisationApiController {

    /** One organisation. URLs are absolute; the contact address is the public one the organisation gave. */
    record OrganisationItem(
            String id,
            String slug,
            String name,
            String type,
            String quartier,
            String description,
            String website,
            String contactEmail,
            String url,
            String logoUrl) {}

    record OrganisationList(String city, List<OrganisationItem> items) {}

    private final Organisations organisations;
    private final CityDirectory cities;
    private final String base;

    OrganisationApiController(Organisations organisations, CityDirectory cities, GemeinsinnProperties properties) {
        this.organisations = organisations;
        this.cities = cities;
        this.base = properties.baseUrl();
    }

    @GetMapping
    @Operation(summary = "Freigegebene Organisationen einer Mitgliedsstadt, nach Namen sortiert")
    OrganisationList list(@PathVariable String slug) {
        if (cities.find(slug).isEmpty()) {
            throw new NotFoundException("Es gibt keine Mitgliedsstadt „" + slug + "“.");
        }
        return new OrganisationList(
                slug,
                organisations.ofCity(slug, OrganisationStatus.APPROVED).stream()
                        .map(o -> new OrganisationItem(
                                o.id().toString(),
                                o.slug(),
                                o.name(),
                                o.type().name(),
                                o.quartier(),
                                o.description(),
                                o.website(),
                                o.contactEmail(),
                                base + o.url(),
                                o.logoUrl() == null ? null : base + o.logoUrl()))
                        .toList());
    }
}
