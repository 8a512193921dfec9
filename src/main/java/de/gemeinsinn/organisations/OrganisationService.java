package de.gemeinsinn.organisations;

import de.gemeinsinn.platform.images.ImageProcessor;
import de.gemeinsinn.platform.security.GemeinsinnUser;
import de.gemeinsinn.platform.text.Slugs;
import de.gemeinsinn.platform.web.NotFoundException;
import java.time.Instant;
import java.util.UUID;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Registering, maintaining and reviewing organisations. Each method is one transaction. */
@Service
class OrganisationService {

    private final Organisations organisations;
    private final OrganisationSearchDocuments search;

    OrganisationService(Organisations organisations, OrganisationSearchDocuments search) {
        this.organisations = organisations;
        this.search = search;
    }

    Organisation find(String slug) {
        return organisations.bySlug(slug).orElseThrow(() -> new NotFoundException("Organisation " + slug));
    }

    /** A new organisation, PENDING until the city's coordination office approves it. */
    @Transactional
    Organisation register(String citySlug, OrganisationForm form, ImageProcessor.Processed logo, GemeinsinnUser by) {
        UUID logoId = logo == null ? null : organisations.insertLogo(logo);
        Instant now = Instant.now();
        Organisation o = new Organisation(
                UUID.randomUUID(),
                uniqueSlug(OrganisationForm.trimmed(form.name()), citySlug),
                citySlug,
                OrganisationForm.trimmed(form.name()),
                form.typeOrNull(),
                OrganisationForm.orNull(form.quartier()),
                OrganisationForm.trimmed(form.description()),
                OrganisationForm.orNull(form.website()),
                OrganisationForm.orNull(form.contactEmail()),
                form.personal() && OrganisationForm.orNull(form.contactEmail()) != null,
                logoId,
                OrganisationStatus.PENDING,
                by == null ? null : by.personId(),
                now,
                null,
                0);
        organisations.insert(o, o.contactPersonal() ? now : null);
        if (by != null) {
            organisations.addManager(o.id(), by.personId());
        }
        return o;
    }

    @Transactional
    Organisation update(Organisation current, OrganisationForm form, ImageProcessor.Processed logo) {
        UUID logoId = current.logoId();
        if (logo != null) {
            logoId = organisations.insertLogo(logo);
        } else if (form.removesLogo()) {
            logoId = null;
        }
        int version = form.version() == null ? current.version() : form.version();
        Organisation changed = new Organisation(
                current.id(),
                current.slug(),
                current.citySlug(),
                OrganisationForm.trimmed(form.name()),
                form.typeOrNull(),
                OrganisationForm.orNull(form.quartier()),
                OrganisationForm.trimmed(form.description()),
                OrganisationForm.orNull(form.website()),
                OrganisationForm.orNull(form.contactEmail()),
                form.personal() && OrganisationForm.orNull(form.contactEmail()) != null,
                logoId,
                current.status(),
                current.registeredBy(),
                current.registeredAt(),
                current.decisionNote(),
                version);
        if (!organisations.update(changed, Instant.now())) {
            throw new OptimisticLockingFailureException("organisation " + current.slug() + " changed meanwhile");
        }
        if (!java.util.Objects.equals(current.logoId(), logoId)) {
            organisations.deleteUnusedLogo(current.logoId());
        }
        Organisation saved = organisations.byId(current.id()).orElseThrow();
        search.changed(saved);
        return saved;
    }

    @Transactional
    void approve(Organisation o, GemeinsinnUser by) {
        organisations.decide(o.id(), OrganisationStatus.APPROVED, by.personId(), null);
        search.changed(organisations.byId(o.id()).orElseThrow());
    }

    @Transactional
    void reject(Organisation o, GemeinsinnUser by, String note) {
        organisations.decide(o.id(), OrganisationStatus.REJECTED, by.personId(), note);
        search.changed(organisations.byId(o.id()).orElseThrow());
    }

    private String uniqueSlug(String name, String citySlug) {
        String base = Slugs.of(name, 70, "organisation");
        if (base.equals("registrieren") || base.equals("logos")) {
            base = base + "-" + citySlug;
        }
        String slug = base;
        if (organisations.slugExists(slug)) {
            slug = base + "-" + citySlug;
        }
        for (int i = 2; organisations.slugExists(slug); i++) {
            slug = base + "-" + citySlug + "-" + i;
        }
        return slug;
    }
}
