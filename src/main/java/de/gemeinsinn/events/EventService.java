package de.gemeinsinn.events;

import de.gemeinsinn.network.CityRef;
import de.gemeinsinn.platform.security.GemeinsinnUser;
import de.gemeinsinn.platform.text.MarkdownRenderer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creating and changing events: validation with German messages, Markdown rendered and
 * sanitised once on save, the search index updated in the same transaction, and seats
 * re-allocated when the capacity or quota changed.
 */
@Service
class EventService {

    static final int MAX_TITLE = 200;
    static final int MAX_TEXT = 20_000;

    private final EventRepository events;
    private final MarkdownRenderer markdown;
    private final Regions regions;
    private final EventSearch search;
    private final Allocation allocation;
    private final JdbcClient jdbc;
    private final EventMails mails;

    EventService(
            EventRepository events,
            MarkdownRenderer markdown,
            Regions regions,
            EventSearch search,
            Allocation allocation,
            JdbcClient jdbc,
            EventMails mails) {
        this.events = events;
        this.markdown = markdown;
        this.regions = regions;
        this.search = search;
        this.allocation = allocation;
        this.jdbc = jdbc;
        this.mails = mails;
    }

    /** Field → German message; empty when valid. */
    Map<String, String> validate(EventInput in) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (in.title() == null || in.title().isBlank()) {
            errors.put("title", "Bitte einen Titel angeben.");
        } else if (in.title().length() > MAX_TITLE) {
            errors.put("title", "Der Titel darf höchstens " + MAX_TITLE + " Zeichen lang sein.");
        }
        if (in.descriptionMarkdown() != null && in.descriptionMarkdown().length() > MAX_TEXT) {
            errors.put("description", "Die Beschreibung ist zu lang (höchstens 20.000 Zeichen).");
        }
        if (in.programmeMarkdown() != null && in.programmeMarkdown().length() > MAX_TEXT) {
            errors.put("programme", "Das Programm ist zu lang (höchstens 20.000 Zeichen).");
        }
        if (in.startsAt() == null) {
            errors.put("startsAt", "Bitte Beginn angeben.");
        }
        if (in.endsAt() == null) {
            errors.put("endsAt", "Bitte Ende angeben.");
        }
        if (in.startsAt() != null && in.endsAt() != null && in.endsAt().isBefore(in.startsAt())) {
            errors.put("endsAt", "Das Ende muss nach dem Beginn liegen.");
        }
        if (in.citySlug() != null && regions.city(in.citySlug()).isEmpty()) {
            errors.put("citySlug", "Diese Stadt ist keine Mitgliedsstadt.");
        }
        if (in.regionCode() != null && !regions.exists(in.regionCode())) {
            errors.put("regionCode", "Diese Region gibt es nicht (nord, ost, mitte, west, sued).");
        }
        if (in.venue() == null || in.venue().name().isBlank()) {
            errors.put("venueName", "Bitte den Veranstaltungsort angeben.");
        }
        if (in.venue() != null
                && !in.venue().postcode().isBlank()
                && !in.venue().postcode().matches("[0-9]{5}")) {
            errors.put("venuePostcode", "Die Postleitzahl hat fünf Ziffern.");
        }
        if (in.capacity() != null && in.capacity() < 0) {
            errors.put("capacity", "Die Zahl der Plätze darf nicht negativ sein.");
        }
        if (in.registrationEnabled() && (in.capacity() == null || in.capacity() < 1)) {
            errors.putIfAbsent("capacity", "Bitte die Zahl der Plätze angeben (mindestens 1).");
        }
        if (in.capacity() != null && in.capacity() > 100_000) {
            errors.put("capacity", "Höchstens 100.000 Plätze.");
        }
        if (in.perCityQuota() != null && in.perCityQuota() < 1) {
            errors.put("perCityQuota", "Das Kontingent pro Stadt muss mindestens 1 sein.");
        }
        if (in.registrationOpensAt() != null
                && in.registrationClosesAt() != null
                && !in.registrationClosesAt().isAfter(in.registrationOpensAt())) {
            errors.put("registrationClosesAt", "Der Anmeldeschluss muss nach dem Anmeldebeginn liegen.");
        }
        return errors;
    }

    /** The region of a city event is the city's region. */
    private String regionOf(EventInput in) {
        if (in.citySlug() != null) {
            return regions.city(in.citySlug())
                    .map(CityRef::region)
                    .map(Regions::code)
                    .orElse(in.regionCode());
        }
        return in.regionCode();
    }

    @Transactional
    Event create(EventInput in, GemeinsinnUser by) {
        String slug = uniqueSlug(
                Slugs.of(in.title()) + "-" + in.startsAt().atZone(Event.ZONE).getYear());
        Event e = build(UUID.randomUUID(), slug, in, by == null ? null : by.personId(), 0);
        events.insert(e);
        Event saved = events.find(e.id()).orElseThrow();
        search.changed(saved);
        return saved;
    }

    /** Inserts with a fixed id (demo data). */
    @Transactional
    Event createWithId(UUID id, String slug, EventInput in) {
        Event e = build(id, slug, in, null, 0);
        events.insert(e);
        Event saved = events.find(id).orElseThrow();
        search.changed(saved);
        return saved;
    }

    /** Empty when someone else saved meanwhile. */
    @Transactional
    Optional<Event> update(Event old, EventInput in, int version) {
        Event e = build(old.id(), old.slug(), in, old.createdBy(), version);
        e = withImage(e, old.imageId(), old.imageAlt());
        if (!events.update(e)) {
            return Optional.empty();
        }
        Event saved = events.find(old.id()).orElseThrow();
        search.changed(saved);
        if (!old.cancelled() && saved.cancelled()) {
            jdbc.sql(
                            "INSERT INTO events.notification (registration_id, kind) SELECT id, 'EVENT_CANCELLED' FROM events.registration"
                                    + " WHERE event_id = ? AND status IN ('CONFIRMED', 'WAITLISTED')")
                    .param(saved.id())
                    .update();
        }
        if (!saved.cancelled()) {
            // more seats or a larger quota: promote from the waiting list at once
            allocation.lock(saved.id());
            allocation.allocateLocked(saved.id());
        }
        afterCommit(mails::kick);
        return Optional.of(saved);
    }

    @Transactional
    void setImage(Event e, UUID imageId, String alt) {
        jdbc.sql(
                        "UPDATE events.event SET image_id = ?, image_alt = ?, updated_at = now(), version = version + 1 WHERE id = ?")
                .params(imageId, imageId == null ? null : alt, e.id())
                .update();
    }

    private static void afterCommit(Runnable r) {
        if (org.springframework.transaction.support.TransactionSynchronizationManager.isSynchronizationActive()) {
            org.springframework.transaction.support.TransactionSynchronizationManager.registerSynchronization(
                    new org.springframework.transaction.support.TransactionSynchronization() {
                        @Override
                        public void afterCommit() {
                            r.run();
                        }
                    });
        } else {
            r.run();
        }
    }

    private Event build(UUID id, String slug, EventInput in, UUID createdBy, int version) {
        String description = in.descriptionMarkdown() == null ? "" : in.descriptionMarkdown();
        String programme = in.programmeMarkdown() == null ? "" : in.programmeMarkdown();
        return new Event(
                id,
                slug,
                in.title().trim(),
                description,
                markdown.toHtml(description),
                programme,
                markdown.toHtml(programme),
                in.startsAt(),
                in.endsAt(),
                in.citySlug(),
                regionOf(in),
                in.venue(),
                in.organiserName() == null ? "" : in.organiserName().trim(),
                null,
                null,
                in.registrationEnabled(),
                in.capacity() == null ? 0 : in.capacity(),
                in.perCityQuota(),
                in.registrationOpensAt(),
                in.registrationClosesAt(),
                in.cancelled(),
                0,
                createdBy,
                null,
                version);
    }

    private static Event withImage(Event e, UUID imageId, String alt) {
        return new Event(
                e.id(),
                e.slug(),
                e.title(),
                e.descriptionMarkdown(),
                e.descriptionHtml(),
                e.programmeMarkdown(),
                e.programmeHtml(),
                e.startsAt(),
                e.endsAt(),
                e.citySlug(),
                e.regionCode(),
                e.venue(),
                e.organiserName(),
                imageId,
                alt,
                e.registrationEnabled(),
                e.capacity(),
                e.perCityQuota(),
                e.registrationOpensAt(),
                e.registrationClosesAt(),
                e.cancelled(),
                e.icalSequence(),
                e.createdBy(),
                e.updatedAt(),
                e.version());
    }

    private String uniqueSlug(String base) {
        String slug = base;
        for (int i = 2; events.slugExists(slug); i++) {
            slug = base + "-" + i;
        }
        return slug;
    }
}
