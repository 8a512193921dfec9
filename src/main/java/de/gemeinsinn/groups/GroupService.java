package de.gemeinsinn.groups;

import de.gemeinsinn.accounts.PersonDirectory;
import de.gemeinsinn.platform.mail.MailOutbox;
import de.gemeinsinn.platform.mail.OutgoingMail;
import de.gemeinsinn.platform.security.GemeinsinnUser;
import de.gemeinsinn.platform.text.Slugs;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Everything that changes a group. Each method is one transaction; permission checks happen in
 * the controllers ({@link GroupAccess}) before.
 */
@Service
class GroupService {

    static final Duration INVITATION_VALID = Duration.ofDays(14);

    /** Why a membership change was refused; the key is shown as a flash message. */
    static final class Refused extends RuntimeException {
        private final String messageKey;

        Refused(String messageKey) {
            super(messageKey);
            this.messageKey = messageKey;
        }

        String messageKey() {
            return messageKey;
        }
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private final GroupStore store;
    private final GroupSearchDocuments search;
    private final ApplicationEventPublisher events;
    private final MailOutbox mail;
    private final PersonDirectory people;

    GroupService(
            GroupStore store,
            GroupSearchDocuments search,
            ApplicationEventPublisher events,
            MailOutbox mail,
            PersonDirectory people) {
        this.people = people;
        this.store = store;
        this.search = search;
        this.events = events;
        this.mail = mail;
    }

    /** A new group; the creator does not become a member (coordinators create groups for others). */
    @Transactional
    Group create(String citySlug, GroupForm form, UUID createdBy) {
        return create(UUID.randomUUID(), null, citySlug, form, createdBy);
    }

    @Transactional
    Group create(UUID id, String slug, String citySlug, GroupForm form, UUID createdBy) {
        String name = GroupForm.trimmed(form.name());
        Group g = new Group(
                id,
                slug != null ? slug : uniqueSlug(name, citySlug),
                citySlug,
                name,
                GroupForm.trimmed(form.purpose()),
                GroupForm.trimmed(form.goals()),
                form.topicList(),
                form.quartierList(),
                form.visibilityOrNull(),
                form.joinPolicyOrNull(),
                Instant.now(),
                0);
        store.insert(g, createdBy);
        search.changed(g);
        return g;
    }

    @Transactional
    Group update(Group current, GroupForm form) {
        Group changed = new Group(
                current.id(),
                current.slug(),
                current.citySlug(),
                GroupForm.trimmed(form.name()),
                GroupForm.trimmed(form.purpose()),
                GroupForm.trimmed(form.goals()),
                form.topicList(),
                form.quartierList(),
                form.visibilityOrNull(),
                form.joinPolicyOrNull(),
                current.createdAt(),
                form.version() == null ? current.version() : form.version());
        if (!store.update(changed)) {
            throw new OptimisticLockingFailureException("group " + current.slug() + " changed meanwhile");
        }
        Group saved = store.byId(current.id()).orElseThrow();
        search.changed(saved);
        return saved;
    }

    /** Joins an open group, or asks to join a group by request. Returns true when now a member. */
    @Transactional
    boolean join(Group g, GemeinsinnUser user, String message) {
        if (store.membership(g.id(), user.personId()).isPresent()) {
            return true;
        }
        switch (g.joinPolicy()) {
            case OPEN -> {
                addMember(g, user.personId(), GroupRole.MEMBER);
                return true;
            }
            case REQUEST -> {
                String m = message == null ? "" : message.strip();
                m = m.length() > 1000 ? m.substring(0, 1000) : m;
                if (store.addRequest(g.id(), user.personId(), m)) {
                    tellLeadsAbout(g, user, m);
                }
                return false;
            }
            default -> throw new Refused("groups.flash.invitationOnly");
        }
    }

    @Transactional
    void decideRequest(Group g, UUID requestId, boolean accept) {
        GroupStore.JoinRequest r = store.request(requestId)
                .filter(x -> x.groupId().equals(g.id()))
                .orElseThrow(() -> new Refused("groups.flash.requestGone"));
        store.deleteRequest(r.id());
        if (accept) {
            addMember(g, r.personId(), GroupRole.MEMBER);
        }
        people.byId(r.personId())
                .ifPresent(p -> mail.send(OutgoingMail.text(
                        p.email(),
                        (accept ? "Willkommen in der Arbeitsgruppe „" : "Ihre Anfrage an die Arbeitsgruppe „")
                                + g.name() + "“",
                        accept
                                ? "Ihre Anfrage wurde angenommen: Sie sind jetzt Mitglied der Arbeitsgruppe „"
                                        + g.name() + "“.\n\nZur Gruppe: " + mail.link(g.url())
                                : "Die Leitung der Arbeitsgruppe „" + g.name()
                                        + "“ hat Ihre Anfrage diesmal nicht angenommen. Bei Fragen wenden Sie sich"
                                        + " gern an die Koordinierungsstelle Ihrer Stadt.")));
    }

    /** A new join request: every lead gets a mail with the message and the link to decide. */
    private void tellLeadsAbout(Group g, GemeinsinnUser asking, String message) {
        List<UUID> leads = store.members(g.id()).stream()
                .filter(m -> m.role() == GroupRole.LEAD)
                .map(GroupStore.Membership::personId)
                .toList();
        String text = asking.displayName() + " möchte in der Arbeitsgruppe „" + g.name() + "“ mitmachen."
                + (message.isEmpty() ? "" : "\n\nNachricht:\n" + message)
                + "\n\nAnnehmen oder ablehnen können Sie hier:\n" + mail.link(g.url() + "/mitglieder")
                + "\n\nSie bekommen diese Mail, weil Sie die Gruppe leiten.";
        people.byIds(leads)
                .values()
                .forEach(lead ->
                        mail.send(OutgoingMail.text(lead.email(), "Beitrittsanfrage für „" + g.name() + "“", text)));
    }

    @Transactional
    void leave(Group g, UUID personId) {
        Optional<GroupStore.Membership> m = store.membership(g.id(), personId);
        if (m.isEmpty()) {
            return;
        }
        if (m.get().role() == GroupRole.LEAD
                && store.leads(g.id()) == 1
                && store.members(g.id()).size() > 1) {
            throw new Refused("groups.flash.lastLead");
        }
        if (store.removeMember(g.id(), personId)) {
            events.publishEvent(new MemberLeft(g.id(), personId));
        }
    }

    @Transactional
    void remove(Group g, UUID personId) {
        if (store.removeMember(g.id(), personId)) {
            events.publishEvent(new MemberLeft(g.id(), personId));
        }
    }

    @Transactional
    void setRole(Group g, UUID personId, GroupRole role) {
        GroupStore.Membership m =
                store.membership(g.id(), personId).orElseThrow(() -> new Refused("groups.flash.notMember"));
        if (m.role() == GroupRole.LEAD && role != GroupRole.LEAD && store.leads(g.id()) == 1) {
            throw new Refused("groups.flash.lastLead");
        }
        store.setRole(g.id(), personId, role);
    }

    @Transactional
    void settings(Group g, UUID personId, boolean namePublic, UUID organisationId, String represents) {
        store.setSettings(g.id(), personId, namePublic, organisationId, represents);
    }

    /** Adds a member directly (demo data, accepted requests and invitations). */
    @Transactional
    boolean addMember(Group g, UUID personId, GroupRole role) {
        boolean added = store.addMember(g.id(), personId, role);
        if (added) {
            store.requestsOf(personId).stream()
                    .filter(r -> r.groupId().equals(g.id()))
                    .forEach(r -> store.deleteRequest(r.id()));
            events.publishEvent(new MemberJoined(g.id(), personId, role));
        }
        return added;
    }

    /** Sends an invitation with a secret link; returns the token (tests, nothing else). */
    @Transactional
    String invite(Group g, String email, GroupRole role, GemeinsinnUser by) {
        String token = token();
        store.addInvitation(
                g.id(),
                email.strip(),
                role,
                hash(token),
                by.personId(),
                Instant.now().plus(INVITATION_VALID));
        String link = mail.link("/gruppen/einladung?token=" + token);
        String text = by.displayName() + " lädt Sie in die Arbeitsgruppe „" + g.name() + "“ auf Gemeinsinn ein.\n\n"
                + "Mit diesem Link nehmen Sie die Einladung an (gültig bis "
                + java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy")
                        .withZone(java.time.ZoneId.of("Europe/Berlin"))
                        .format(Instant.now().plus(INVITATION_VALID))
                + "):\n" + link + "\n\n"
                + "Sie haben noch kein Konto? Dann registrieren Sie sich zuerst mit dieser Adresse und öffnen "
                + "den Link danach noch einmal.\n\n"
                + "Wenn Sie nicht mitmachen möchten, müssen Sie nichts tun; die Einladung verfällt von selbst.";
        mail.send(OutgoingMail.text(email.strip(), "Einladung in die Arbeitsgruppe „" + g.name() + "“", text));
        return token;
    }

    Optional<GroupStore.Invitation> invitation(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return store.invitationByHash(hash(token.strip()));
    }

    @Transactional
    Group accept(String token, GemeinsinnUser user) {
        GroupStore.Invitation inv = invitation(token)
                .filter(i -> i.open(Instant.now()))
                .orElseThrow(() -> new Refused("groups.invitation.invalid"));
        if (!store.acceptInvitation(inv.id(), user.personId())) {
            throw new Refused("groups.invitation.invalid");
        }
        Group g = store.byId(inv.groupId()).orElseThrow(() -> new Refused("groups.invitation.invalid"));
        Optional<GroupStore.Membership> existing = store.membership(g.id(), user.personId());
        if (existing.isEmpty()) {
            addMember(g, user.personId(), inv.role());
        } else if (inv.role() == GroupRole.LEAD && existing.get().role() != GroupRole.LEAD) {
            store.setRole(g.id(), user.personId(), GroupRole.LEAD);
        }
        return g;
    }

    @Transactional
    void addLink(Group g, String title, String url, UUID by) {
        store.addLink(g.id(), title, url, by);
    }

    @Transactional
    void removeLink(Group g, UUID linkId) {
        store.removeLink(g.id(), linkId);
    }

    private String uniqueSlug(String name, String citySlug) {
        String base = Slugs.of(name, 70, "gruppe");
        if (java.util.Set.of("neu", "einladung", "meine").contains(base)) {
            base = base + "-gruppe";
        }
        String slug = base;
        if (store.slugExists(slug) && citySlug != null && !base.endsWith(citySlug)) {
            slug = base + "-" + citySlug;
        }
        String candidate = slug;
        for (int i = 2; store.slugExists(candidate); i++) {
            candidate = slug + "-" + i;
        }
        return candidate;
    }

    static String token() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
