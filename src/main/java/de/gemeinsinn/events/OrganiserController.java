package de.gemeinsinn.events;

import de.gemeinsinn.accounts.PersonDirectory;
import de.gemeinsinn.network.CityRef;
import de.gemeinsinn.platform.web.NotFoundException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * For the organisers of one event: registration list with filters, exports, badges, cancelling
 * on someone's behalf, and the check-in at the door (search, mark present, scanned QR codes).
 */
@Controller
class OrganiserController {

    static final Pattern CHECK_IN_TOKEN = Pattern.compile("(?:/einlass/)?([A-Za-z0-9_-]{32})/?\\s*$");

    private final EventPagesController pages;
    private final RegistrationRepository rows;
    private final RegistrationService registrations;
    private final EventPermissions permissions;
    private final Regions regions;
    private final EventDates dates;
    private final EventRepository repository;
    private final PersonDirectory people;

    OrganiserController(
            EventPagesController pages,
            RegistrationRepository rows,
            RegistrationService registrations,
            EventPermissions permissions,
            Regions regions,
            EventDates dates,
            EventRepository repository,
            PersonDirectory people) {
        this.repository = repository;
        this.people = people;
        this.pages = pages;
        this.rows = rows;
        this.registrations = registrations;
        this.permissions = permissions;
        this.regions = regions;
        this.dates = dates;
    }

    private Event organised(String slug) {
        Event e = pages.find(slug);
        permissions.requireOrganiser(e);
        return e;
    }

    private static RegistrationStatus status(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            RegistrationStatus st = RegistrationStatus.valueOf(s);
            return st == RegistrationStatus.PENDING ? null : st;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private String city(String s) {
        return s != null && regions.city(s).isPresent() ? s : null;
    }

    @GetMapping("/veranstaltungen/{slug}/orga")
    String list(
            @PathVariable String slug,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String stadt,
            @RequestParam(required = false) String q,
            Model model) {
        Event e = organised(slug);
        RegistrationStatus st = status(status);
        String c = city(stadt);
        String query = q == null || q.length() > 100 ? null : q;
        model.addAttribute("v", pages.view(e));
        model.addAttribute("registrations", rows.list(e.id(), st, c, query));
        model.addAttribute("counts", rows.counts(e.id()));
        model.addAttribute("cityNames", cityNames());
        model.addAttribute("cities", regions.cities());
        model.addAttribute("status", st == null ? "" : st.name());
        model.addAttribute("stadt", c == null ? "" : c);
        model.addAttribute("q", query == null ? "" : query);
        model.addAttribute(
                "team",
                people.byIds(repository.organisers(e.id())).values().stream()
                        .sorted(java.util.Comparator.comparing(PersonDirectory.PersonRef::displayName))
                        .toList());
        return "events/orga";
    }

    private Map<String, String> cityNames() {
        return regions.cities().stream().collect(Collectors.toMap(CityRef::slug, CityRef::name, (a, b) -> a));
    }

    private List<List<String>> exportRows(Event e, RegistrationStatus st, String c) {
        List<Registration> list = rows.list(e.id(), st, c, null);
        Map<String, String> names = cityNames();
        List<List<String>> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            out.add(Exports.row(i + 1, list.get(i), names, dates));
        }
        return out;
    }

    @GetMapping("/veranstaltungen/{slug}/orga/anmeldungen.csv")
    ResponseEntity<byte[]> csv(
            @PathVariable String slug,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String stadt) {
        Event e = organised(slug);
        return download(
                Exports.csv(exportRows(e, status(status), city(stadt))),
                "text/csv; charset=utf-8",
                e.slug() + "-anmeldungen.csv");
    }

    @GetMapping("/veranstaltungen/{slug}/orga/anmeldungen.xlsx")
    ResponseEntity<byte[]> xlsx(
            @PathVariable String slug,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String stadt) {
        Event e = organised(slug);
        return download(
                Exports.xlsx(e.title(), exportRows(e, status(status), city(stadt))),
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                e.slug() + "-anmeldungen.xlsx");
    }

    @GetMapping("/veranstaltungen/{slug}/orga/namensschilder.pdf")
    ResponseEntity<byte[]> badges(@PathVariable String slug, @RequestParam(required = false) String format) {
        Event e = organised(slug);
        Map<String, String> names = cityNames();
        List<Exports.Badge> badges = rows.byStatus(e.id(), RegistrationStatus.CONFIRMED).stream()
                .sorted((a, b) -> a.name().compareToIgnoreCase(b.name()))
                .map(r -> new Exports.Badge(
                        r.name(),
                        r.organisation(),
                        r.citySlug() == null ? "" : names.getOrDefault(r.citySlug(), r.citySlug())))
                .toList();
        boolean sheet = "etiketten".equals(format);
        byte[] pdf = sheet ? Exports.labelSheet(e.title(), badges) : Exports.badgesA6(e.title(), badges);
        return download(pdf, "application/pdf", e.slug() + (sheet ? "-etiketten.pdf" : "-namensschilder-a6.pdf"));
    }

    private static ResponseEntity<byte[]> download(byte[] body, String type, String filename) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(type))
                .cacheControl(CacheControl.noStore())
                .header(
                        "Content-Disposition",
                        ContentDisposition.attachment()
                                .filename(filename, StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(body);
    }

    @PostMapping("/veranstaltungen/{slug}/orga/anmeldungen/{id}/stornieren")
    String cancel(@PathVariable String slug, @PathVariable String id, RedirectAttributes flash) {
        Event e = organised(slug);
        Registration r = rows.find(EventPagesController.uuid(id))
                .filter(x -> x.eventId().equals(e.id()))
                .orElseThrow(() -> new NotFoundException("Diese Anmeldung gibt es nicht."));
        registrations.cancel(r, true);
        flash.addFlashAttribute("flash", "events.flash.orgaCancelled");
        return "redirect:/veranstaltungen/" + e.slug() + "/orga";
    }

    @GetMapping("/veranstaltungen/{slug}/einlass")
    String checkIn(@PathVariable String slug, @RequestParam(required = false) String q, Model model) {
        Event e = organised(slug);
        String query = q == null || q.length() > 100 ? "" : q.trim();
        model.addAttribute("v", pages.view(e));
        model.addAttribute("q", query);
        model.addAttribute("counts", rows.counts(e.id()));
        model.addAttribute("cityNames", cityNames());
        model.addAttribute(
                "registrations",
                query.isEmpty()
                        ? rows.list(e.id(), RegistrationStatus.CONFIRMED, null, null)
                        : rows.list(e.id(), RegistrationStatus.CONFIRMED, null, query));
        return "events/checkin";
    }

    @PostMapping("/veranstaltungen/{slug}/einlass/{id}")
    String mark(
            @PathVariable String slug,
            @PathVariable String id,
            @RequestParam(defaultValue = "true") boolean present,
            @RequestParam(required = false) String q,
            RedirectAttributes flash) {
        Event e = organised(slug);
        Registration r = rows.find(EventPagesController.uuid(id))
                .filter(x -> x.eventId().equals(e.id()))
                .orElseThrow(() -> new NotFoundException("Diese Anmeldung gibt es nicht."));
        boolean ok = registrations.checkIn(r.id(), present);
        flash.addFlashAttribute(
                "flash", ok ? (present ? "events.flash.present" : "events.flash.absent") : "events.flash.notConfirmed");
        flash.addFlashAttribute("flashName", r.name());
        return "redirect:/veranstaltungen/" + e.slug() + "/einlass"
                + (q == null || q.isBlank() ? "" : "?q=" + java.net.URLEncoder.encode(q, StandardCharsets.UTF_8));
    }

    /** The scanned or typed QR code (the whole URL or just the token). */
    @PostMapping("/veranstaltungen/{slug}/einlass/code")
    String code(@PathVariable String slug, @RequestParam(required = false) String code, RedirectAttributes flash) {
        Event e = organised(slug);
        Optional<Registration> r = tokenOf(code).flatMap(registrations::byCheckInToken);
        if (r.isEmpty() || !r.get().eventId().equals(e.id())) {
            flash.addFlashAttribute("flash", "events.flash.unknownCode");
            return "redirect:/veranstaltungen/" + e.slug() + "/einlass";
        }
        boolean ok = registrations.checkIn(r.get().id(), true);
        flash.addFlashAttribute("flash", ok ? "events.flash.present" : "events.flash.notConfirmed");
        flash.addFlashAttribute("flashName", r.get().name());
        return "redirect:/veranstaltungen/" + e.slug() + "/einlass";
    }

    static Optional<String> tokenOf(String code) {
        if (code == null || code.length() > 500) {
            return Optional.empty();
        }
        Matcher m = CHECK_IN_TOKEN.matcher(code.trim());
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** Where the QR code leads: organisers see the person and confirm with one button. */
    @GetMapping("/veranstaltungen/einlass/{token}")
    String scanned(@PathVariable String token, Model model) {
        Registration r = registrations
                .byCheckInToken(token)
                .orElseThrow(() -> new NotFoundException("Dieser Einlass-Code ist ungültig."));
        Event e = registrations.eventOf(r).orElseThrow();
        permissions.requireOrganiser(e);
        model.addAttribute("v", pages.view(e));
        model.addAttribute("r", r);
        model.addAttribute("token", token);
        model.addAttribute(
                "cityName", regions.city(r.citySlug()).map(CityRef::name).orElse(null));
        return "events/scanned";
    }

    @PostMapping("/veranstaltungen/einlass/{token}")
    String scannedCheckIn(@PathVariable String token, RedirectAttributes flash) {
        Registration r = registrations
                .byCheckInToken(token)
                .orElseThrow(() -> new NotFoundException("Dieser Einlass-Code ist ungültig."));
        Event e = registrations.eventOf(r).orElseThrow();
        permissions.requireOrganiser(e);
        boolean ok = registrations.checkIn(r.id(), true);
        flash.addFlashAttribute("flash", ok ? "events.flash.present" : "events.flash.notConfirmed");
        flash.addFlashAttribute("flashName", r.name());
        return "redirect:/veranstaltungen/" + e.slug() + "/einlass";
    }

    static String lower(String s) {
        return s == null ? "" : s.toLowerCase(Locale.GERMAN);
    }

    static UUID id(String s) {
        return EventPagesController.uuid(s);
    }
}
