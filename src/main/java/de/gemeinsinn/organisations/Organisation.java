package de.gemeinsinn.organisations;

import de.gemeinsinn.platform.images.StoredImages;
import java.time.Instant;
import java.util.UUID;

/** One organisation as stored, with its review status. */
record Organisation(
        UUID id,
        String slug,
        String citySlug,
        String name,
        OrganisationType type,
        String quartier,
        String description,
        String website,
        String contactEmail,
        boolean contactPersonal,
        UUID logoId,
        OrganisationStatus status,
        UUID registeredBy,
        Instant registeredAt,
        String decisionNote,
        int version) {

    public String url() {
        return "/organisationen/" + slug;
    }

    public String logoUrl() {
        return logoId == null ? null : "/organisationen/logos/" + logoId + ".jpg";
    }

    public String thumbnailUrl() {
        return logoId == null ? null : "/organisationen/logos/" + StoredImages.fileName(logoId, true);
    }

    boolean approved() {
        return status == OrganisationStatus.APPROVED;
    }

    OrganisationRef ref() {
        return new OrganisationRef(id, slug, name, citySlug, type);
    }
}
