package de.gemeinsinn.organisations;

import java.util.UUID;

/**
 * What other modules need to know about an approved organisation.
 *
 * @param id stable id
 * @param slug URL key; the public page is {@link #url()}
 * @param name display name
 * @param citySlug the city it belongs to
 * @param type kind of organisation
 */
public record OrganisationRef(UUID id, String slug, String name, String citySlug, OrganisationType type) {

    public String url() {
        return "/organisationen/" + slug;
    }
}
