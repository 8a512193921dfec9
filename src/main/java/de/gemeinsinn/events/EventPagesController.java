package de.gemeinsinn.events;

import de.gemeinsinn.network.CityRef;
import de.gemeinsinn.platform.GemeinsinnProperties;
import de.gemeinsinn.platform.security.GemeinsinnUser;
import de.gemeinsinn.platform.web.NotFoundException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.json.JsonMapper;

/** The public pages: list and month calendar, event page with registration, iCalendar. */
@Controller
class EventPagesController {

    static final int PAGE_SIZE = 50;

    private final EventRepository events;
    private final RegistrationRepository registrations;
    private final RegistrationService registering;
    private final Regions regions;
    private final EventPermissions permissions;
    private final Calendars calendars;
    private final List<EventPageSection> sections;
    private final JsonMapper json;
    private final String base;

    EventPagesController(
            EventRepository events,
            RegistrationRepository registrations,
            RegistrationService registering,
            Regions regions,
            EventPermissions permissions,
            Calendars calendars,
            List<EventPageSection> sections,
            JsonMapper json,
            GemeinsinnProperties properties) {
        this.events = events;
        this.registrations = registrations;
        this.registering = registering;
        this.regions = regions;
        this.permissions = permissions;
        this.calendars = calendars;
        this.sections = sections.stream()
                .sorted(java.util.Comparator.comparingInt(EventPageSection::order))
                .toList();
        this.json = json;
        this.base = properties.baseUrl();
    }

    /** One filter state of the list page. */
    record ListFilter(String region, String city, LocalDate from, boolean past, YearMonth month) {}

    /** One day cell of the month calendar. */
    record Day(LocalDate date, boolean inMonth, List<EventView> events) {}

    @GetMapping("/veranstaltungen")
    String list(
            @RequestParam(required = false) String region,
            @RequestParam(required = false) String stadt,
            @RequestParam(required = false) String von,
            @RequestParam(required = false) String zeitraum,
            @RequestParam(required = false) String monat,
            Model model) {
        String r = region != null && regions.exists(region) ? region : null;
        String c = stadt != null && regions.city(stadt).isPresent() ? stadt : null;
        LocalDate from = parseDate(von);
        boolean past = "vergangen".equals(zeitraum);
        YearMonth month = parseMonth(monat);
        Instant now = Instant.now();
        Instant fromInstant = from != null ? from.atStartOfDay(Event.ZONE).toInstant() : now;
        EventFilter filter;
        if (month != null) {
            filter = new EventFilter(
                    month.atDay(1).atStartOfDay(Event.ZONE).toInstant(),
                    month.plusMonths(1).atDay(1).atStartOfDay(Event.ZONE).toInstant(),
                    r,
                    r == null ? List.of() : regions.citySlugsOf(r),
                    c,
                    false,
                    false);
        } else if (past) {
            filter = new EventFilter(null, now, r, r == null ? List.of() : regions.citySlugsOf(r), c, false, true);
        } else {
            filter = new EventFilter(
                    fromInstant, null, r, r == null ? List.of() : regions.citySlugsOf(r), c, false, false);
        }
        List<EventView> items =
                views(past ? pastOnly(events.list(filter, PAGE_SIZE, 0), now) : events.list(filter, PAGE_SIZE, 0));
        model.addAttribute("filter", new ListFilter(r, c, from, past, month));
        model.addAttribute("items", items);
        model.addAttribute("regions", regions.all());
        model.addAttribute("cities", regions.cities());
        model.addAttribute("canCreate", permissions.canCreateAny());
        if (month != null) {
            model.addAttribute("weeks", weeks(month, items));
            model.addAttribute("monthStart", month.atDay(1));
            model.addAttribute("prevMonth", month.minusMonths(1).toString());
            model.addAttribute("nextMonth", month.plusMonths(1).toString());
        } else {
            model.addAttribute("thisMonth", YearMonth.now(Event.ZONE).toString());
        }
        return "events/list";
    }

    private static List<Event> pastOnly(List<Event> list, Instant now) {
        return list.stream().filter(e -> e.endsAt().isBefore(now)).toList();
    }

    private static List<List<Day>> weeks(YearMonth month, List<EventView> items) {
        LocalDate first = month.atDay(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate last = month.atEndOfMonth().with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        List<List<Day>> weeks = new ArrayList<>();
        List<Day> week = new ArrayList<>();
        for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
            LocalDate day = d;
            List<EventView> on = items.stream()
                    .filter(v -> {
                        LocalDate s = v.event().startsAt().atZone(Event.ZONE).toLocalDate();
                        LocalDate e = v.event().endsAt().atZone(Event.ZONE).toLocalDate();
                        return !day.isBefore(s) && !day.isAfter(e);
                    })
                    .toList();
            week.add(new Day(d, YearMonth.from(d).equals(month), on));
            if (d.getDayOfWeek() == DayOfWeek.SUNDAY) {
                weeks.add(week);
                week = new ArrayList<>();
            }
        }
        return weeks;
    }

    List<EventView> views(List<Event> list) {
        Map<String, CityRef> cities = regions.bySlug();
        Map<String, String> regionNames = regions.all();
        return list.stream()
                .map(e -> new EventView(
                        e,
                        e.citySlug() == null || !cities.containsKey(e.citySlug())
                                ? null
                                : cities.get(e.citySlug()).name(),
                        e.regionCode() == null ? null : regionNames.get(e.regionCode())))
                .toList();
    }

    EventView view(Event e) {
        return views(List.of(e)).get(0);
    }

    private static LocalDate parseDate(String s) {
        try {
            return s == null || s.isBlank() ? null : LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static YearMonth parseMonth(String s) {
        try {
            return s == null || s.isBlank() ? null : YearMonth.parse(s);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    @GetMapping("/veranstaltungen/{slug}")
    String event(@PathVariable String slug, Model model) {
        Event e = find(slug);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", RegistrationForm.empty());
        }
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
        fill(e, model);
        return "events/event";
    }

    void fill(Event e, Model model) {
        Instant now = Instant.now();
        EventView v = view(e);
        RegistrationRepository.Counts counts = registrations.counts(e.id());
        GemeinsinnUser user = permissions.currentUser().orElse(null);
        model.addAttribute("v", v);
        model.addAttribute("e", e);
        model.addAttribute("window", e.window(now).name());
        model.addAttribute("windowText", EventsApiController.windowText(e, e.window(now)));
        model.addAttribute("counts", counts);
        model.addAttribute("freeSeats", Math.max(0, e.capacity() - counts.confirmed()));
        model.addAttribute("participants", registrations.publicParticipants(e.id()));
        model.addAttribute("canOrganise", permissions.canOrganise(e));
        model.addAttribute("cities", regions.cities());
        model.addAttribute("jsonLd", jsonLd(e, v));
        model.addAttribute("past", e.isPast(now));
        List<Map.Entry<String, Map<String, Object>>> contributions = new ArrayList<>();
        for (EventPageSection s : sections) {
            Map<String, Object> m = s.model(e.id(), user);
            if (m != null && !m.isEmpty()) {
                contributions.add(Map.entry(s.template(), m));
            }
        }
        model.addAttribute("sections", contributions);
    }

    /** schema.org Event as JSON-LD; "</" is escaped so the data block cannot end early. */
    String jsonLd(Event e, EventView v) {
        Map<String, Object> place = new LinkedHashMap<>();
        place.put("@type", "Place");
        place.put("name", e.venue().name());
        Map<String, Object> address = new LinkedHashMap<>();
        address.put("@type", "PostalAddress");
        if (!e.venue().address().isBlank()) {
            address.put("streetAddress", e.venue().address());
        }
        if (!e.venue().postcode().isBlank()) {
            address.put("postalCode", e.venue().postcode());
        }
        address.put("addressLocality", e.venue().city());
        address.put("addressCountry", "DE");
        place.put("address", address);
        if (e.venue().hasMap()) {
            place.put(
                    "geo",
                    Map.of(
                            "@type",
                            "GeoCoordinates",
                            "latitude",
                            e.venue().lat(),
                            "longitude",
                            e.venue().lon()));
        }
        Map<String, Object> ld = new LinkedHashMap<>();
        ld.put("@context", "https://schema.org");
        ld.put("@type", "Event");
        ld.put("name", e.title());
        ld.put("startDate", e.startsAtLocal().toString());
        ld.put("endDate", e.endsAtLocal().toString());
        ld.put(
                "eventStatus",
                e.cancelled() ? "https://schema.org/EventCancelled" : "https://schema.org/EventScheduled");
        ld.put("eventAttendanceMode", "https://schema.org/OfflineEventAttendanceMode");
        ld.put("location", place);
        ld.put("url", base + e.url());
        if (e.imageId() != null) {
            ld.put("image", base + e.imageUrl());
        }
        String text = org.jsoup.Jsoup.parse(e.descriptionHtml()).text();
        if (!text.isBlank()) {
            ld.put("description", text);
        }
        if (!e.organiserName().isBlank()) {
            ld.put("organizer", Map.of("@type", "Organization", "name", e.organiserName()));
        }
        if (e.registrationEnabled()) {
            Map<String, Object> offer = new LinkedHashMap<>();
            offer.put("@type", "Offer");
            offer.put("price", "0");
            offer.put("priceCurrency", "EUR");
            offer.put("url", base + e.url() + "#anmeldung");
            offer.put(
                    "availability",
                    "https://schema.org/"
                            + (e.window(Instant.now()) == Event.RegistrationWindow.OPEN ? "InStock" : "SoldOut"));
            ld.put("offers", offer);
            ld.put("maximumAttendeeCapacity", e.capacity());
        }
        return json.writeValueAsString(ld).replace("</", "<\\/");
    }

    @PostMapping("/veranstaltungen/{slug}/anmelden")
    String register(
            @PathVariable String slug,
            @RequestParam(required = false) String name,
            @RequestParam(required = false) String email,
            @RequestParam(required = false) String citySlug,
            @RequestParam(required = false) String organisation,
            @RequestParam(required = false) String accessibilityNeeds,
            @RequestParam(required = false) String dietaryWishes,
            @RequestParam(required = false, defaultValue = "false") boolean showInList,
            @RequestParam(required = false, defaultValue = "false") boolean consent,
            Model model,
            RedirectAttributes flash) {
        Event e = find(slug);
        RegistrationForm form = new RegistrationForm(
                name, email, citySlug, organisation, accessibilityNeeds, dietaryWishes, showInList, consent);
        Map<String, String> errors = form.validate(regions);
        if (!errors.isEmpty()) {
            model.addAttribute("form", form);
            model.addAttribute("errors", errors);
            fill(e, model);
            return "events/event";
        }
        GemeinsinnUser user = permissions.currentUser().orElse(null);
        var outcome = registering.register(
                e, form.toNew(), user == null ? null : user.personId(), user == null ? null : user.email());
        if (outcome instanceof RegistrationService.Registered r) {
            flash.addFlashAttribute(
                    "flash",
                    r.registration().status() == RegistrationStatus.CONFIRMED
                            ? "events.flash.confirmed"
                            : "events.flash.waitlisted");
            return "redirect:" + EventPaths.manage(r.manageToken());
        }
        model.addAttribute("form", form);
        if (outcome instanceof RegistrationService.AlreadyRegistered a) {
            model.addAttribute(
                    "errors",
                    Map.of(
                            "email",
                            "Diese E-Mail-Adresse ist schon angemeldet (Status: "
                                    + EventsApiController.german(a.existing().status())
                                    + "). Deinen persönlichen Link findest du in der Bestätigungsmail."));
        } else {
            model.addAttribute(
                    "errors",
                    Map.of(
                            "window",
                            EventsApiController.windowText(e, ((RegistrationService.WindowClosed) outcome).window())));
        }
        fill(e, model);
        return "events/event";
    }

    @GetMapping(value = "/veranstaltungen/{slug}/kalender.ics")
    ResponseEntity<String> ics(@PathVariable String slug) {
        Event e = find(slug);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(Calendars.CONTENT_TYPE))
                .header("Content-Disposition", "attachment; filename=\"" + e.slug() + ".ics\"")
                .body(calendars.single(e));
    }

    @GetMapping(value = "/veranstaltungen/kalender.ics")
    ResponseEntity<String> feed() {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(Calendars.CONTENT_TYPE))
                .body(calendars.feed(events.all()));
    }

    Event find(String slug) {
        if (slug == null || !EventsApiController.SLUG.matcher(slug).matches()) {
            throw new NotFoundException("Diese Veranstaltung gibt es nicht.");
        }
        return events.findBySlug(slug).orElseThrow(() -> new NotFoundException("Diese Veranstaltung gibt es nicht."));
    }

    static UUID uuid(String s) {
        try {
            return UUID.fromString(s);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("Nicht gefunden.");
        }
    }
}
