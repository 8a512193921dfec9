package de.gemeinsinn.groups;

import de.gemeinsinn.network.CityDirectory;
import de.gemeinsinn.network.CityRef;
import de.gemeinsinn.platform.security.GemeinsinnUser;
import de.gemeinsinn.platform.security.Role;
import de.gemeinsinn.platform.web.NotFoundException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The group page, the overview of groups and the public network page of a city. */
@Controller
class GroupPagesController {

    /** A contribution of another module, ready for the template. */
    record RenderedSection(String template, Map<String, Object> model) {}

    /** A group in a list, with its number of members. */
    record GroupItem(Group group, int members) {}

    private final GroupAccess access;
    private final GroupStore store;
    private final JdbcGroupDirectory directory;
    private final CityDirectory cities;
    private final List<GroupPageSection> sections;
    private final List<CityNetworkSection> networkSections;

    GroupPagesController(
            GroupAccess access,
            GroupStore store,
            JdbcGroupDirectory directory,
            CityDirectory cities,
            List<GroupPageSection> sections,
            List<CityNetworkSection> networkSections) {
        this.access = access;
        this.store = store;
        this.directory = directory;
        this.cities = cities;
        this.sections = sections.stream()
                .sorted(java.util.Comparator.comparingInt(GroupPageSection::order))
                .toList();
        this.networkSections = networkSections.stream()
                .sorted(java.util.Comparator.comparingInt(CityNetworkSection::order))
                .toList();
    }

    @GetMapping("/gruppen/{slug}")
    String group(@PathVariable String slug, Model model) {
        Group g = access.find(slug);
        GemeinsinnUser user = access.user();
        List<GroupMemberRef> members = directory.members(g.id());
        Optional<GroupMemberRef> me = user == null
                ? Optional.empty()
                : members.stream()
                        .filter(m -> m.personId().equals(user.personId()))
                        .findFirst();
        boolean oversees = user != null && JdbcGroupDirectory.overseesCity(g.ref(), user);
        boolean manage = oversees
                || me.map(m -> m.role() == GroupRole.LEAD).orElse(false)
                || (user != null
                        && (user.has(Role.GROUP_LEAD, g.id().toString()) || user.has(Role.GROUP_LEAD, g.slug())));
        boolean internals = manage || me.isPresent();
        if (!g.isPublic() && !internals) {
            access.requireRead(slug); // throws: login page for anonymous, 403 for others
        }
        List<GroupMemberRef> shown = internals
                ? members
                : members.stream().filter(GroupMemberRef::namePublic).toList();
        model.addAttribute("group", g);
        model.addAttribute(
                "city", g.citySlug() == null ? null : cities.find(g.citySlug()).orElse(null));
        model.addAttribute("members", shown);
        model.addAttribute("hiddenMembers", members.size() - shown.size());
        model.addAttribute("memberCount", members.size());
        model.addAttribute("me", me.orElse(null));
        model.addAttribute("canManage", manage);
        model.addAttribute("internals", internals);
        model.addAttribute("requested", user != null && me.isEmpty() && store.hasRequest(g.id(), user.personId()));
        model.addAttribute("requestCount", manage ? store.requestCount(g.id()) : 0);
        model.addAttribute("links", internals || g.isPublic() ? store.links(g.id()) : List.of());
        model.addAttribute(
                "sections",
                sections.stream()
                        .map(s -> new RenderedSection(s.template(), s.model(g.id(), user)))
                        .filter(s -> s.model() != null && !s.model().isEmpty())
                        .toList());
        return "groups/group";
    }

    @GetMapping("/gruppen")
    String overview(Model model) {
        GemeinsinnUser user = access.user();
        List<Group> network = store.ofCity(null).stream()
                .filter(g -> g.isPublic() || (user != null && directory.canRead(g.ref(), user)))
                .toList();
        model.addAttribute("networkGroups", items(network));
        model.addAttribute("mine", user == null ? List.of() : directory.groupsOf(user.personId()));
        model.addAttribute(
                "cities",
                store.citiesWithPublicGroups().stream()
                        .map(c -> cities.find(c).orElse(null))
                        .filter(java.util.Objects::nonNull)
                        .toList());
        model.addAttribute("canCreate", access.canCreateAny());
        return "groups/overview";
    }

    @GetMapping("/staedte/{city}/netzwerk")
    String network(@PathVariable String city, Model model) {
        CityRef ref = cities.find(city).orElseThrow(() -> new NotFoundException("Stadt " + city));
        GemeinsinnUser user = access.user();
        boolean oversees = access.canCreate(city);
        List<Group> all = store.ofCity(city);
        List<Group> publicGroups = all.stream().filter(Group::isPublic).toList();
        List<Group> internal =
                oversees ? all.stream().filter(g -> !g.isPublic()).toList() : List.of();
        List<GroupRef> refs = publicGroups.stream().map(Group::ref).toList();
        model.addAttribute("city", ref);
        model.addAttribute("groups", items(publicGroups));
        model.addAttribute("internalGroups", items(internal));
        model.addAttribute("canCreate", oversees);
        model.addAttribute("signedIn", user != null);
        model.addAttribute(
                "sections",
                networkSections.stream()
                        .map(s -> new RenderedSection(s.template(), s.model(city, refs)))
                        .filter(s -> s.model() != null && !s.model().isEmpty())
                        .toList());
        return "groups/network";
    }

    private List<GroupItem> items(List<Group> groups) {
        Map<java.util.UUID, Integer> counts =
                store.memberCounts(groups.stream().map(Group::id).toList());
        return groups.stream()
                .map(g -> new GroupItem(g, counts.getOrDefault(g.id(), 0)))
                .toList();
    }
}
