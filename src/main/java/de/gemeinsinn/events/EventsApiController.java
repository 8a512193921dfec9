package de.gemeinsinn.events;

import de.gemeinsinn.platform.GemeinsinnProperties;
import de.gemeinsinn.platform.security.GemeinsinnUser;
import de.gemeinsinn.platform.web.ApiController;
import de.gemeinsinn.platform.web.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;

/** Events and registrations over JSON. Errors are problem+json with a German {@code detail}. */
@ApiController("/api/v1")
class EventsApiController {

    static final Pattern SLUG = Pattern.compile("[a-z0-9-]{1,100}");

    record VenueJson(String name, String address, String postcode, String city, String accessibility) {}

    record EventJson(
            UUID id,
            String slug,
            String title,
            String descriptionHtml,
            OffsetDateTime startsAt,
            OffsetDateTime endsAt,
            String citySlug,
            String regionCode,
            VenueJson venue,
            String organiser,
            boolean cancelled,
            boolean registrationEnabled,
            Integer capacity,
            Integer perCityQuota,
            OffsetDateTime registrationOpensAt,
            OffsetDateTime registrationClosesAt,
            String registration,
            String url,
            String calendarUrl) {}

    record EventList(List<EventJson> items, int total) {}

    record NewEvent(
            String title,
            String description,
            String programme,
            OffsetDateTime startsAt,
            OffsetDateTime endsAt,
            String citySlug,
            String regionCode,
            VenueJson venue,
            String organiser,
            Integer capacity,
            Integer perCityQuota,
            OffsetDateTime registrationOpensAt,
            OffsetDateTime registrationClosesAt) {}

    record NewRegistrationJson(
            String name,
            String email,
            String citySlug,
            String organisation,
            String accessibilityNeeds,
            String dietaryWishes,
            Boolean showInParticipantList,
            Boolean consent) {}

    record RegistrationJson(UUID id, RegistrationStatus status, Integer waitlistPosition, String manageToken) {}

    record Summary(int capacity, int confirmed, int waitlisted, Integer perCityQuota) {}

    private final EventRepository events;
    private final EventService service;
    private final RegistrationService registrations;
    private final RegistrationRepository registrationRows;
    private final EventPermissions permissions;
    private final Regions regions;
    private final Calendars calendars;
    private final String base;

    EventsApiController(
            EventRepository events,
            EventService service,
            RegistrationService registrations,
            RegistrationRepository registrationRows,
            EventPermissions permissions,
            Regions regions,
            Calendars calendars,
            GemeinsinnProperties properties) {
        this.events = events;
        this.service = service;
        this.registrations = registrations;
        this.registrationRows = registrationRows;
        this.permissions = permissions;
        this.regions = regions;
        this.calendars = calendars;
        this.base = properties.baseUrl();
    }

    @GetMapping("/events")
    @Operation(summary = "Veranstaltungen ab einem Datum, nach Region oder Stadt gefiltert")
    EventList list(
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String region,
            @RequestParam(required = false) String city) {
        Instant fromInstant = from == null || from.isBlank() ? Instant.now() : parseFrom(from);
        if (region != null && !region.isBlank() && !regions.exists(region)) {
            throw new IllegalArgumentException(
                    "Der Parameter „region“ muss eine Region sein: nord, ost, mitte, west oder sued.");
        }
        if (city != null && !city.isBlank() && !SLUG.matcher(city).matches()) {
            throw new IllegalArgumentException("Der Parameter „city“ muss ein Städte-Kürzel sein, z. B. „bottrop“.");
        }
        String r = region == null || region.isBlank() ? null : region;
        EventFilter f = new EventFilter(
                fromInstant,
                null,
                r,
                r == null ? List.of() : regions.citySlugsOf(r),
                city == null || city.isBlank() ? null : city,
                false,
                false);
        List<EventJson> items = events.list(f, 500, 0).stream().map(this::json).toList();
        return new EventList(items, items.size());
    }

    private static Instant parseFrom(String from) {
        try {
            if (from.length() == 10) {
                return LocalDate.parse(from).atStartOfDay(Event.ZONE).toInstant();
            }
            return OffsetDateTime.parse(from).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(
                    "Der Parameter „from“ muss ein Datum (2026-05-20) oder ein Zeitpunkt (2026-05-20T10:00:00+02:00) sein.");
        }
    }

    @GetMapping("/events/{id}")
    @Operation(summary = "Eine Veranstaltung")
    EventJson one(@PathVariable UUID id) {
        return json(find(id));
    }

    @GetMapping(value = "/events/{id}/calendar.ics", produces = "text/calendar")
    @Operation(summary = "Die Veranstaltung als iCalendar-Datei")
    ResponseEntity<String> calendar(@PathVariable UUID id) {
        Event e = find(id);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(Calendars.CONTENT_TYPE))
                .header("Content-Disposition", "attachment; filename=\"" + e.slug() + ".ics\"")
                .body(calendars.single(e));
    }

    @PostMapping("/events")
    @Operation(summary = "Veranstaltung anlegen (Token einer Koordinierungsstelle oder der Netzwerk-Administration)")
    ResponseEntity<EventJson> create(@RequestBody NewEvent body) {
        GemeinsinnUser user = permissions.currentUser().orElseThrow(() -> new AccessDeniedException("token"));
        if (body == null) {
            throw new IllegalArgumentException("Bitte die Veranstaltung als JSON senden.");
        }
        String city = blank(body.citySlug());
        if (!permissions.canCreate(city)) {
            throw new AccessDeniedException("not allowed for " + city);
        }
        VenueJson v = body.venue() == null ? new VenueJson(null, null, null, null, null) : body.venue();
        var cityRef = regions.city(city);
        EventInput in = new EventInput(
                body.title(),
                body.description(),
                body.programme(),
                body.startsAt() == null ? null : body.startsAt().toInstant(),
                body.endsAt() == null ? null : body.endsAt().toInstant(),
                city,
                blank(body.regionCode()),
                new Venue(
                        v.name(),
                        v.address(),
                        v.postcode(),
                        v.city(),
                        v.accessibility(),
                        cityRef.map(c -> c.lat()).orElse(null),
                        cityRef.map(c -> c.lon()).orElse(null)),
                body.organiser(),
                body.capacity() != null && body.capacity() > 0,
                body.capacity(),
                body.perCityQuota(),
                body.registrationOpensAt() == null
                        ? null
                        : body.registrationOpensAt().toInstant(),
                body.registrationClosesAt() == null
                        ? null
                        : body.registrationClosesAt().toInstant(),
                false);
        Map<String, String> errors = service.validate(in);
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        Event e = service.create(in, user);
        return ResponseEntity.created(URI.create(base + "/api/v1/events/" + e.id()))
                .body(json(e));
    }

    @PostMapping("/events/{id}/registrations")
    @Operation(summary = "Zu einer Veranstaltung anmelden (öffentlich); volle Veranstaltung: Warteliste")
    ResponseEntity<?> register(@PathVariable UUID id, @RequestBody(required = false) NewRegistrationJson body) {
        Event e = find(id);
        if (body == null) {
            throw new IllegalArgumentException("Bitte die Anmeldung als JSON senden.");
        }
        RegistrationForm form = new RegistrationForm(
                body.name(),
                body.email(),
                body.citySlug(),
                body.organisation(),
                body.accessibilityNeeds(),
                body.dietaryWishes(),
                Boolean.TRUE.equals(body.showInParticipantList()),
                Boolean.TRUE.equals(body.consent()));
        Map<String, String> errors = form.validate(regions);
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        var user = permissions.currentUser();
        var outcome = registrations.register(
                e,
                form.toNew(),
                user.map(GemeinsinnUser::personId).orElse(null),
                user.map(GemeinsinnUser::email).orElse(null));
        if (outcome instanceof RegistrationService.Registered r) {
            return ResponseEntity.created(URI.create(
                            base + "/api/v1/registrations/" + r.registration().id()))
                    .body(new RegistrationJson(
                            r.registration().id(), r.registration().status(), r.waitlistPosition(), r.manageToken()));
        }
        if (outcome instanceof RegistrationService.AlreadyRegistered a) {
            ProblemDetail p = ProblemDetail.forStatusAndDetail(
                    HttpStatus.CONFLICT,
                    "Diese E-Mail-Adresse ist für die Veranstaltung schon angemeldet (Status: "
                            + german(a.existing().status()) + ").");
            p.setTitle("Bereits angemeldet");
            p.setProperty("reason", "ALREADY_REGISTERED");
            p.setProperty("registrationStatus", a.existing().status().name());
            if (a.waitlistPosition() != null) {
                p.setProperty("waitlistPosition", a.waitlistPosition());
            }
            return problem(p);
        }
        RegistrationService.WindowClosed w = (RegistrationService.WindowClosed) outcome;
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, windowText(e, w.window()));
        p.setTitle("Anmeldung nicht möglich");
        p.setProperty("reason", "REGISTRATION_" + w.window().name());
        return problem(p);
    }

    @DeleteMapping("/registrations/{id}")
    @Operation(summary = "Anmeldung mit dem persönlichen Token stornieren; die nächste Person rückt nach")
    ResponseEntity<Void> cancel(@PathVariable UUID id, @RequestParam(required = false) String token) {
        Registration r = registrations
                .byManageToken(token)
                .filter(x -> x.id().equals(id))
                .orElseThrow(() -> new NotFoundException("Keine Anmeldung mit dieser Nummer und diesem Token."));
        registrations.cancel(r, true);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/events/{id}/registrations/summary")
    @Operation(summary = "Plätze, Zusagen und Warteliste (für das Orga-Team)")
    ResponseEntity<?> summary(@PathVariable UUID id) {
        if (permissions.currentUser().isEmpty()) {
            ProblemDetail p = ProblemDetail.forStatusAndDetail(
                    HttpStatus.UNAUTHORIZED, "Bitte ein gültiges Zugangstoken senden.");
            p.setTitle("Anmeldung erforderlich");
            return problem(p);
        }
        Event e = find(id);
        if (!permissions.canOrganise(e)) {
            throw new AccessDeniedException("not an organiser");
        }
        RegistrationRepository.Counts c = registrationRows.counts(e.id());
        return ResponseEntity.ok(new Summary(e.capacity(), c.confirmed(), c.waitlisted(), e.perCityQuota()));
    }

    static String windowText(Event e, Event.RegistrationWindow w) {
        return switch (w) {
            case NOT_YET ->
                "Die Anmeldung beginnt erst am "
                        + EventMails.DATE.format(e.registrationOpensAt().atZone(Event.ZONE)) + ".";
            case CLOSED -> "Die Anmeldung ist geschlossen.";
            case CANCELLED -> "Die Veranstaltung wurde abgesagt.";
            case NONE -> "Für diese Veranstaltung ist keine Anmeldung nötig.";
            case OPEN -> "Die Anmeldung ist offen.";
        };
    }

    static String german(RegistrationStatus s) {
        return switch (s) {
            case CONFIRMED -> "bestätigt";
            case WAITLISTED -> "Warteliste";
            case PENDING -> "in Bearbeitung";
            case CANCELLED -> "abgemeldet";
        };
    }

    private static ResponseEntity<ProblemDetail> problem(ProblemDetail p) {
        return ResponseEntity.status(p.getStatus())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(p);
    }

    private Event find(UUID id) {
        return events.find(id).orElseThrow(() -> new NotFoundException("Diese Veranstaltung gibt es nicht."));
    }

    private EventJson json(Event e) {
        VenueJson v = new VenueJson(
                e.venue().name(),
                e.venue().address(),
                e.venue().postcode(),
                e.venue().city(),
                e.venue().accessibility());
        return new EventJson(
                e.id(),
                e.slug(),
                e.title(),
                e.descriptionHtml(),
                e.startsAtLocal(),
                e.endsAtLocal(),
                e.citySlug(),
                e.regionCode(),
                v,
                e.organiserName(),
                e.cancelled(),
                e.registrationEnabled(),
                e.registrationEnabled() ? e.capacity() : null,
                e.perCityQuota(),
                local(e.registrationOpensAt()),
                local(e.registrationClosesAt()),
                e.window(Instant.now()).name(),
                base + e.url(),
                base + "/api/v1/events/" + e.id() + "/calendar.ics");
    }

    private static OffsetDateTime local(Instant i) {
        return i == null ? null : i.atZone(Event.ZONE).toOffsetDateTime();
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    /** Field errors → 400 problem+json (handled below). */
    static class InvalidInput extends RuntimeException {
        final Map<String, String> errors;

        InvalidInput(Map<String, String> errors) {
            super("Einige Angaben sind ungültig.");
            this.errors = errors;
        }
    }

    @org.springframework.web.bind.annotation.ExceptionHandler(InvalidInput.class)
    ResponseEntity<ProblemDetail> invalid(InvalidInput e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST, "Einige Angaben sind ungültig: " + String.join(" ", e.errors.values()));
        p.setTitle("Ungültige Eingabe");
        p.setProperty("errors", e.errors);
        return problem(p);
    }
}
