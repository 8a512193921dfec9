package de.gemeinsinn.barcamp;

import de.gemeinsinn.barcamp.Stored.Camp;
import de.gemeinsinn.events.EventCatalog;
import de.gemeinsinn.events.RegistrationRef;
import de.gemeinsinn.events.RegistrationStatus;
import de.gemeinsinn.platform.mail.MailOutbox;
import de.gemeinsinn.platform.mail.OutgoingMail;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal links for participants without an account (ADR 0026): whoever knows the address of a
 * confirmed registration can ask for a link; it goes to that address only, so opening it proves
 * the address. Only the SHA-256 of the secret is stored; a link is valid until 30 days after the
 * event.
 */
@Component
class GuestAccess {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(GuestAccess.class);

    /** At most one link mail per registration in this time. */
    static final Duration LINK_INTERVAL = Duration.ofMinutes(10);

    private final BarcampRepository repo;
    private final EventCatalog catalog;
    private final MailOutbox mail;

    GuestAccess(BarcampRepository repo, EventCatalog catalog, MailOutbox mail) {
        this.repo = repo;
        this.catalog = catalog;
        this.mail = mail;
    }

    /**
     * Mails a personal link when the address has a confirmed registration; silently does nothing
     * otherwise (the page says the same either way, so nobody learns who registered).
     */
    @Transactional
    boolean sendLink(Camp camp, String email) {
        Optional<RegistrationRef> reg = catalog.registrationOf(camp.event().id(), null, email)
                .filter(r -> r.status() == RegistrationStatus.CONFIRMED);
        if (reg.isEmpty()) {
            return false;
        }
        RegistrationRef r = reg.get();
        if (repo.accessLinksSince(camp.id(), r.id(), Instant.now().minus(LINK_INTERVAL)) > 0) {
            // the link mailed a moment ago still works: nobody can flood a participant's inbox
            // through this public form (the page answers the same, as always)
            return true;
        }
        String token = BarcampService.newToken() + BarcampService.newToken();
        Instant expires = camp.event().endsAt().toInstant().plus(Duration.ofDays(30));
        repo.insertAccessLink(hash(token), camp.id(), r.id(), r.email(), r.personId(), expires);
        String text = "Guten Tag " + r.name() + ",\n\nmit diesem persönlichen Link nehmen Sie am BarCamp von „"
                + camp.event().title()
                + "“ teil – Sessions vorschlagen, Interesse markieren, Ihren Plan zusammenstellen und die Doku"
                + " mitschreiben, auch ohne Konto:\n\n" + mail.link("/barcamp/zugang/" + token)
                + "\n\nBitte geben Sie den Link nicht weiter. Er gilt bis 30 Tage nach der Veranstaltung.";
        BarcampService.afterCommit(() -> {
            try {
                mail.send(OutgoingMail.text(r.email(), "Ihr Link zum BarCamp", text));
            } catch (RuntimeException e) {
                log.warn("personal BarCamp link for registration {} not sent: {}", r.id(), e.toString());
            }
        });
        return true;
    }

    /** The link's registration if the link is valid and the registration still confirmed. */
    Optional<Redeemed> redeem(String token) {
        if (token == null || token.length() < 20 || token.length() > 200) {
            return Optional.empty();
        }
        return repo.accessLink(hash(token))
                .filter(l -> l.expiresAt().isAfter(Instant.now()))
                .flatMap(l -> repo.find(l.barcampId())
                        .flatMap(b -> catalog.find(b.eventId())
                                .flatMap(e -> catalog.registrationOf(e.id(), null, l.email())
                                        .filter(r -> r.id().equals(l.registrationId())
                                                && r.status() == RegistrationStatus.CONFIRMED)
                                        .map(r -> new Redeemed(new Camp(b, e), r)))));
    }

    record Redeemed(Camp camp, RegistrationRef registration) {}

    static String hash(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
