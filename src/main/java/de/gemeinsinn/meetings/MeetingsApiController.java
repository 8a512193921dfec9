package de.gemeinsinn.meetings;

import de.gemeinsinn.groups.GroupDirectory;
import de.gemeinsinn.groups.GroupRef;
import de.gemeinsinn.platform.GemeinsinnProperties;
import de.gemeinsinn.platform.security.Access;
import de.gemeinsinn.platform.web.ApiController;
import de.gemeinsinn.platform.web.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * JSON API for a group's meetings, decisions and action items and its calendar. Public groups can
 * be read by anyone; internal groups only with a token of a member, the city's coordinators or a
 * network admin. Creating meetings needs the token of a lead, the city's coordinator or an admin.
 */
@ApiController("/api/v1/groups/{id}")
@Tag(name = "Treffen, Beschlüsse, Aufgaben", description = "Was Arbeitsgruppen planen, beschließen und erledigen")
class MeetingsApiController {

    record MeetingItem(
            String id,
            String groupId,
            String title,
            OffsetDateTime startsAt,
            OffsetDateTime endsAt,
            String place,
            String onlineUrl,
            String status,
            int sequence,
            List<String> agenda,
            boolean minutesApproved,
            String publicSummary,
            String url) {}

    record Votes(Integer yes, Integer no, Integer abstain) {}

    record DecisionItem(
            String id,
            int number,
            String text,
            String method,
            Votes votes,
            String status,
            String meetingId,
            String decidedOn,
            String url) {}

    record ActionItemView(
            String id,
            String title,
            String status,
            String dueOn,
            boolean overdue,
            String owner,
            String meetingId,
            String decisionId,
            String url) {}

    /** Body of {@code POST /api/v1/groups/{id}/meetings}; times ISO-8601 with offset, or local Europe/Berlin. */
    record NewMeeting(
            String title, String startsAt, String endsAt, String place, String onlineUrl, List<String> agenda) {}

    private final MeetingAccess access;
    private final GroupDirectory groups;
    private final MeetingService service;
    private final MeetingStore meetings;
    private final WorkStore work;
    private final CalendarFeeds feeds;
    private final Access security;
    private final MessageSource messages;
    private final String base;

    MeetingsApiController(
            MeetingAccess access,
            GroupDirectory groups,
            MeetingService service,
            MeetingStore meetings,
            WorkStore work,
            CalendarFeeds feeds,
            Access security,
            MessageSource messages,
            GemeinsinnProperties properties) {
        this.access = access;
        this.groups = groups;
        this.service = service;
        this.meetings = meetings;
        this.work = work;
        this.feeds = feeds;
        this.security = security;
        this.messages = messages;
        this.base = properties.baseUrl().replaceAll("/+$", "");
    }

    /** The group for this caller: 404 unknown, 401 internal without token, 403 internal and not allowed. */
    private GroupContext group(UUID id) {
        GroupRef g = groups.find(id).orElseThrow(() -> new NotFoundException("Diese Arbeitsgruppe gibt es nicht."));
        if (!g.isPublic() && security.currentUser().isEmpty()) {
            throw new Unauthorized();
        }
        return access.context(g);
    }

    /** Answered as 401 problem+json. */
    static class Unauthorized extends RuntimeException {}

    @org.springframework.web.bind.annotation.ExceptionHandler(Unauthorized.class)
    ResponseEntity<ProblemDetail> unauthorized() {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(
                HttpStatus.UNAUTHORIZED, "Diese Arbeitsgruppe ist intern: Bitte ein gültiges Zugangstoken senden.");
        p.setTitle("Anmeldung erforderlich");
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(p);
    }

    @GetMapping("/meetings")
    @Operation(summary = "Treffen einer Arbeitsgruppe, die neuesten zuerst (Zeiten in Europe/Berlin)")
    List<MeetingItem> meetings(@PathVariable UUID id) {
        GroupContext c = group(id);
        List<Meeting> all = meetings.ofGroup(id);
        Map<UUID, List<String>> agenda =
                meetings.agendaTitles(all.stream().map(Meeting::id).toList());
        return all.stream()
                .map(m -> item(c, m, agenda.getOrDefault(m.id(), List.of())))
                .toList();
    }

    @PostMapping(path = "/meetings", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary =
                    "Treffen anlegen (Token einer Gruppenleitung, der Stadtkoordination oder der Netzwerk-Administration)")
    ResponseEntity<?> create(@PathVariable UUID id, @RequestBody(required = false) NewMeeting body) {
        GroupContext c = group(id);
        c.requireManage();
        NewMeeting b = body == null ? new NewMeeting(null, null, null, null, null, null) : body;
        FieldErrors problems = new FieldErrors();
        String title = FieldErrors.clean(b.title()).isEmpty() ? "Treffen" : FieldErrors.clean(b.title());
        if (title.length() > 160) {
            problems.add("title", "meetings.error.tooLong");
        }
        Instant start = time(b.startsAt(), "startsAt", problems);
        Instant end = time(b.endsAt(), "endsAt", problems);
        if (start != null && end != null && !end.isAfter(start)) {
            problems.add("endsAt", "meetings.error.endBeforeStart");
        }
        List<String> agenda = b.agenda() == null
                ? List.of()
                : b.agenda().stream()
                        .map(FieldErrors::clean)
                        .filter(s -> !s.isEmpty())
                        .toList();
        MeetingForm.checkRest(problems, b.place(), b.onlineUrl(), agenda);
        if (problems.any()) {
            ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "Einige Angaben sind ungültig.");
            p.setTitle("Ungültige Eingabe");
            Map<String, String> errors = new LinkedHashMap<>();
            problems.byField.forEach((field, key) -> errors.put(field, messages.getMessage(key, null, Locale.GERMAN)));
            p.setProperty("errors", errors);
            return ResponseEntity.badRequest()
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(p);
        }
        Meeting m = service.create(
                c,
                new MeetingInput(
                        title, start, end, FieldErrors.clean(b.place()), FieldErrors.clean(b.onlineUrl()), agenda),
                List.of(),
                MailKind.INVITATION);
        MeetingItem item = item(c, m, meetings.agendaTitles(List.of(m.id())).getOrDefault(m.id(), List.of()));
        return ResponseEntity.created(URI.create(item.url())).body(item);
    }

    @GetMapping("/decisions")
    @Operation(summary = "Beschlüsse einer Arbeitsgruppe, nach Nummer absteigend")
    List<DecisionItem> decisions(@PathVariable UUID id) {
        GroupContext c = group(id);
        return work.decisions(id).stream()
                .map(d -> new DecisionItem(
                        d.id().toString(),
                        d.number(),
                        d.text(),
                        d.method().name(),
                        d.method() == DecisionMethod.VOTE
                                ? new Votes(d.votesYes(), d.votesNo(), d.votesAbstain())
                                : null,
                        d.status().name(),
                        d.meetingId() == null ? null : d.meetingId().toString(),
                        d.decidedOn().toString(),
                        base + d.path(c.slug())))
                .toList();
    }

    @GetMapping("/actions")
    @Operation(
            summary = "Aufgaben einer Arbeitsgruppe; status=open (offen und in Arbeit), in_progress, done oder dropped")
    List<ActionItemView> actions(@PathVariable UUID id, @RequestParam(required = false) String status) {
        GroupContext c = group(id);
        List<ActionItem> list;
        if (status == null || status.isBlank()) {
            list = work.actions(id, null, false);
        } else if (status.equalsIgnoreCase("open")) {
            list = work.actions(id, null, true);
        } else {
            WorkStatus s = WorkStatus.parse(status);
            if (s == null) {
                throw new IllegalArgumentException(
                        "Unbekannter Status „" + status + "“: erlaubt sind open, in_progress, done und dropped.");
            }
            list = work.actions(id, s, false);
        }
        Names names = Names.of(groups.members(id), c.internals());
        return list.stream()
                .map(a -> new ActionItemView(
                        a.id().toString(),
                        a.title(),
                        a.status().name(),
                        a.dueOn() == null ? null : a.dueOn().toString(),
                        a.overdue(),
                        a.ownerId() == null ? null : names.name(a.ownerId()),
                        a.meetingId() == null ? null : a.meetingId().toString(),
                        a.decisionId() == null ? null : a.decisionId().toString(),
                        base + a.path(c.slug())))
                .toList();
    }

    @GetMapping(path = "/calendar.ics", produces = "text/calendar")
    @Operation(summary = "iCalendar-Feed (RFC 5545) der Treffen einer Arbeitsgruppe")
    ResponseEntity<String> calendar(@PathVariable UUID id) {
        GroupContext c = group(id);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(MeetingCalendars.CONTENT_TYPE))
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + c.slug() + ".ics\"")
                .body(feeds.groupFeed(c.group()));
    }

    private MeetingItem item(GroupContext c, Meeting m, List<String> agenda) {
        List<String> items = agenda != null ? agenda : List.of();
        return new MeetingItem(
                m.id().toString(),
                m.groupId().toString(),
                m.title(),
                m.startsAt().atZone(Berlin.ZONE).toOffsetDateTime(),
                m.endsAt().atZone(Berlin.ZONE).toOffsetDateTime(),
                m.place(),
                c.internals() ? m.onlineUrl() : null,
                m.status().name(),
                m.sequence(),
                items,
                m.minutesApproved(),
                c.group().isPublic() && m.hasSummary() ? m.publicSummary() : null,
                base + m.path(c.slug()));
    }

    private static Instant time(String value, String field, FieldErrors problems) {
        String v = FieldErrors.clean(value);
        if (v.isEmpty()) {
            problems.add(field, "meetings.error.time");
            return null;
        }
        try {
            return OffsetDateTime.parse(v).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return LocalDateTime.parse(v).atZone(Berlin.ZONE).toInstant();
            } catch (DateTimeParseException e2) {
                problems.add(field, "meetings.error.isoTime");
                return null;
            }
        }
    }
}
