package de.gemeinsinn.groups;

import de.gemeinsinn.network.CityDirectory;
import de.gemeinsinn.platform.GemeinsinnProperties;
import de.gemeinsinn.platform.security.Access;
import de.gemeinsinn.platform.security.GemeinsinnUser;
import de.gemeinsinn.platform.web.ApiController;
import de.gemeinsinn.platform.web.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

/**
 * Working groups in the API. Reading: public groups for everyone, internal ones only with a token
 * of someone who may see them (everyone else gets 404, so their existence is not revealed).
 * Creating: a token of a coordinator of that city or of a network admin.
 */
@ApiController("/api/v1")
@Tag(name = "Arbeitsgruppen", description = "Arbeitsgruppen der Städte und Themengruppen des Netzwerks")
class GroupApiController {

    /** A group in a list. */
    record GroupItem(
            String id,
            String slug,
            String name,
            String city,
            String visibility,
            String joinPolicy,
            String purpose,
            List<String> topics,
            List<String> quartiere,
            int members,
            String url) {}

    record GroupList(String city, List<GroupItem> items) {}

    /** One visible member: only those who allow their name to be shown (or everyone for members). */
    record Member(String name, String role, String organisation) {}

    record GroupDetail(GroupItem group, String goals, List<Member> members, int hiddenMembers) {}

    /** What POST /api/v1/groups accepts; citySlug null or missing = network-level topic group. */
    record CreateGroup(
            String citySlug,
            String name,
            String purpose,
            String goals,
            List<String> topics,
            String visibility,
            String joinPolicy) {}

    private final GroupStore store;
    private final JdbcGroupDirectory directory;
    private final GroupService service;
    private final CityDirectory cities;
    private final Access access;
    private final String base;

    GroupApiController(
            GroupStore store,
            JdbcGroupDirectory directory,
            GroupService service,
            CityDirectory cities,
            Access access,
            GemeinsinnProperties properties) {
        this.store = store;
        this.directory = directory;
        this.service = service;
        this.cities = cities;
        this.access = access;
        this.base = properties.baseUrl();
    }

    @GetMapping("/cities/{slug}/groups")
    @Operation(summary = "Arbeitsgruppen einer Mitgliedsstadt (interne nur mit Token einer berechtigten Person)")
    GroupList ofCity(@PathVariable String slug) {
        if (cities.find(slug).isEmpty()) {
            throw new NotFoundException("Es gibt keine Mitgliedsstadt „" + slug + "“.");
        }
        GemeinsinnUser user = access.currentUser().orElse(null);
        List<Group> visible = store.ofCity(slug).stream()
                .filter(g -> g.isPublic() || directory.canRead(g.ref(), user))
                .toList();
        Map<UUID, Integer> counts =
                store.memberCounts(visible.stream().map(Group::id).toList());
        return new GroupList(
                slug,
                visible.stream()
                        .map(g -> item(g, counts.getOrDefault(g.id(), 0)))
                        .toList());
    }

    @GetMapping("/groups/{id}")
    @Operation(summary = "Eine Arbeitsgruppe mit Zweck, Zielen und den Mitgliedern, die gezeigt werden dürfen")
    GroupDetail one(@PathVariable String id) {
        UUID uuid;
        try {
            uuid = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("Es gibt keine Arbeitsgruppe „" + id + "“.");
        }
        GemeinsinnUser user = access.currentUser().orElse(null);
        Group g = store.byId(uuid)
                .filter(x -> directory.canRead(x.ref(), user))
                .orElseThrow(() -> new NotFoundException("Es gibt keine Arbeitsgruppe „" + id + "“."));
        List<GroupMemberRef> all = directory.members(g.id());
        boolean internals = directory.canSeeInternals(g.ref(), user);
        List<Member> shown = all.stream()
                .filter(m -> internals || m.namePublic())
                .map(m -> new Member(m.displayName(), m.role().name(), m.organisationName()))
                .toList();
        return new GroupDetail(item(g, all.size()), g.goals(), shown, all.size() - shown.size());
    }

    @PostMapping(path = "/groups", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Neue Arbeitsgruppe anlegen (Token einer Koordinierungsstelle der Stadt oder der "
                    + "Netzwerk-Administration; citySlug leer = Themengruppe des Netzwerks)")
    ResponseEntity<?> create(@RequestBody(required = false) CreateGroup body) {
        GemeinsinnUser user = access.requireUser();
        if (body == null) {
            return invalid(Map.of("body", "Bitte senden Sie die Angaben zur Gruppe als JSON."));
        }
        String city = body.citySlug() == null || body.citySlug().isBlank()
                ? null
                : body.citySlug().strip();
        Map<String, String> errors = new LinkedHashMap<>();
        if (city != null && cities.find(city).isEmpty()) {
            errors.put("citySlug", "Es gibt keine Mitgliedsstadt „" + city + "“.");
        }
        if (errors.isEmpty() && !GroupAccess.canCreate(city, user)) {
            throw new AccessDeniedException("not allowed to create groups for " + city);
        }
        GroupForm form = new GroupForm(
                city,
                body.name(),
                body.purpose(),
                body.goals(),
                body.topics() == null ? "" : String.join(",", body.topics()),
                List.of(),
                body.visibility() == null ? "" : body.visibility(),
                body.joinPolicy() == null ? "REQUEST" : body.joinPolicy(),
                null);
        String name = GroupForm.trimmed(form.name());
        if (name.isEmpty()) {
            errors.put("name", "Bitte geben Sie den Namen der Gruppe an.");
        } else if (name.length() > GroupFormValidator.NAME_MAX) {
            errors.put("name", "Der Name darf höchstens " + GroupFormValidator.NAME_MAX + " Zeichen lang sein.");
        }
        String purpose = GroupForm.trimmed(form.purpose());
        if (purpose.isEmpty()) {
            errors.put("purpose", "Bitte beschreiben Sie den Zweck der Gruppe.");
        } else if (purpose.length() > GroupFormValidator.PURPOSE_MAX) {
            errors.put("purpose", "Der Zweck darf höchstens " + GroupFormValidator.PURPOSE_MAX + " Zeichen lang sein.");
        }
        if (GroupForm.trimmed(form.goals()).length() > GroupFormValidator.GOALS_MAX) {
            errors.put("goals", "Die Ziele dürfen höchstens " + GroupFormValidator.GOALS_MAX + " Zeichen lang sein.");
        }
        if (form.topicList().size() > GroupFormValidator.TOPICS_MAX
                || form.topicList().stream().anyMatch(t -> t.length() > GroupFormValidator.TOPIC_LENGTH_MAX)) {
            errors.put(
                    "topics",
                    "Höchstens " + GroupFormValidator.TOPICS_MAX + " Themen mit je höchstens "
                            + GroupFormValidator.TOPIC_LENGTH_MAX + " Zeichen.");
        }
        if (form.visibilityOrNull() == null) {
            errors.put("visibility", "Die Sichtbarkeit muss „PUBLIC“ (öffentlich) oder „INTERNAL“ (intern) sein.");
        }
        if (form.joinPolicyOrNull() == null) {
            errors.put("joinPolicy", "Die Beitrittsregel muss „OPEN“, „REQUEST“ oder „INVITATION“ sein.");
        }
        if (!errors.isEmpty()) {
            return invalid(errors);
        }
        Group g = service.create(city, form, user.personId());
        return ResponseEntity.created(URI.create(base + "/api/v1/groups/" + g.id()))
                .body(new GroupDetail(item(g, 0), g.goals(), List.of(), 0));
    }

    private ResponseEntity<ProblemDetail> invalid(Map<String, String> errors) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST, "Einige Angaben sind ungültig: " + String.join(" ", errors.values()));
        p.setTitle("Ungültige Eingabe");
        p.setProperty("errors", errors);
        return ResponseEntity.badRequest()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(p);
    }

    private GroupItem item(Group g, int members) {
        return new GroupItem(
                g.id().toString(),
                g.slug(),
                g.name(),
                g.citySlug(),
                g.visibility().name(),
                g.joinPolicy().name(),
                g.purpose(),
                g.topics(),
                g.quartiere(),
                members,
                base + g.url());
    }
}
