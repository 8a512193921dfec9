package de.gemeinsinn.events;

import de.gemeinsinn.platform.mail.MailOutbox;
import de.gemeinsinn.platform.mail.OutgoingMail;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the mails queued in {@code events.notification} (written in the same transaction as the
 * status change, so no mail is lost and none is sent for a rolled-back change). Every instance
 * may send; {@code FOR UPDATE SKIP LOCKED} hands each mail to exactly one of them. A mail whose
 * registration is still pending waits for its allocation.
 */
@Component
class EventMails {

    private static final Logger log = LoggerFactory.getLogger(EventMails.class);
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEEE, d. MMMM yyyy, HH:mm 'Uhr'", Locale.GERMAN);
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm 'Uhr'", Locale.GERMAN);
    static final int MAX_ATTEMPTS = 5;

    private final JdbcClient jdbc;
    private final EventRepository events;
    private final RegistrationRepository registrations;
    private final Calendars calendars;
    private final MailOutbox outbox;
    private final TransactionTemplate tx;
    private final Allocation allocation;
    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "event-mails");
        t.setDaemon(true);
        return t;
    });
    private final AtomicBoolean queued = new AtomicBoolean();
    private volatile long lastKick;
    private volatile long firstKick;
    static final long QUIET_MS = 300;
    static final long MAX_DELAY_MS = 5_000;

    EventMails(
            JdbcClient jdbc,
            EventRepository events,
            RegistrationRepository registrations,
            Calendars calendars,
            MailOutbox outbox,
            TransactionTemplate tx,
            Allocation allocation) {
        this.allocation = allocation;
        this.jdbc = jdbc;
        this.events = events;
        this.registrations = registrations;
        this.calendars = calendars;
        this.outbox = outbox;
        this.tx = tx;
    }

    /**
     * Sends soon, in the background, once registrations have paused for {@value #QUIET_MS} ms (at
     * the latest {@value #MAX_DELAY_MS} ms after the first kick): during a burst the two cores
     * answer people first, and the mails (calendar file, QR code, SMTP) follow right after it.
     */
    void kick() {
        lastKick = System.nanoTime();
        if (queued.compareAndSet(false, true)) {
            firstKick = lastKick;
            worker.schedule(this::sendWhenQuiet, QUIET_MS, TimeUnit.MILLISECONDS);
        }
    }

    private void sendWhenQuiet() {
        long now = System.nanoTime();
        long quietMs = (now - lastKick) / 1_000_000;
        long waitedMs = (now - firstKick) / 1_000_000;
        if (quietMs < QUIET_MS && waitedMs < MAX_DELAY_MS) {
            worker.schedule(this::sendWhenQuiet, QUIET_MS - quietMs, TimeUnit.MILLISECONDS);
            return;
        }
        queued.set(false);
        try {
            sendDue();
        } catch (RuntimeException e) {
            log.warn("Mailversand unterbrochen: {}", e.getMessage());
        }
    }

    @Scheduled(fixedDelayString = "${gemeinsinn.events.mail-delay-ms:5000}", initialDelay = 5000)
    void sweep() {
        // registrations left pending by an instance that died between insert and allocation
        jdbc.sql(
                        "SELECT DISTINCT event_id FROM events.registration WHERE status = 'PENDING' AND created_at < now() - interval '10 seconds'")
                .query(UUID.class)
                .list()
                .forEach(allocation::allocate);
        if (!queued.get()) { // a burst is running: its own run follows when it is over
            sendDue();
        }
    }

    /** Sends everything due; returns the number sent. */
    int sendDue() {
        int total = 0;
        while (true) {
            Integer sent = tx.execute(status -> sendBatch());
            if (sent == null || sent == 0) {
                return total;
            }
            total += sent;
        }
    }

    private int sendBatch() {
        List<Row> due = jdbc.sql("""
                        SELECT n.id, n.registration_id, n.kind, n.manage_token FROM events.notification n
                          JOIN events.registration r ON r.id = n.registration_id
                         WHERE r.status <> 'PENDING' AND n.attempts < ? AND n.not_before <= now()
                         ORDER BY n.id LIMIT 20 FOR UPDATE OF n SKIP LOCKED
                        """)
                .param(MAX_ATTEMPTS)
                .query((rs, i) -> new Row(rs.getLong(1), rs.getObject(2, UUID.class), rs.getString(3), rs.getString(4)))
                .list();
        int sent = 0;
        for (Row row : due) {
            try {
                mail(row);
                jdbc.sql("DELETE FROM events.notification WHERE id = ?")
                        .param(row.id())
                        .update();
                sent++;
            } catch (RuntimeException e) {
                log.warn("Mail zur Anmeldung {} nicht versandt: {}", row.registrationId(), e.getMessage());
                jdbc.sql(
                                "UPDATE events.notification SET attempts = attempts + 1, not_before = now() + interval '1 minute' * (attempts + 1) WHERE id = ?")
                        .param(row.id())
                        .update();
            }
        }
        return due.isEmpty() ? 0 : Math.max(sent, 1);
    }

    private void mail(Row row) {
        Registration r = registrations.find(row.registrationId()).orElseThrow();
        Event e = events.find(r.eventId()).orElseThrow();
        String when = DATE.format(e.startsAt().atZone(Event.ZONE));
        StringBuilder text = new StringBuilder("Hallo ").append(r.name()).append(",\n\n");
        String subject;
        boolean withCalendar = false;
        switch (row.kind()) {
            case "REGISTERED" -> {
                if (r.status() == RegistrationStatus.CONFIRMED) {
                    subject = "Anmeldung bestätigt: " + e.title();
                    text.append("deine Anmeldung zu „").append(e.title()).append("“ ist bestätigt.\n\n");
                    withCalendar = true;
                } else if (r.status() == RegistrationStatus.WAITLISTED) {
                    subject = "Warteliste: " + e.title();
                    Integer pos = registrations.waitlistPosition(r);
                    text.append("die Veranstaltung „")
                            .append(e.title())
                            .append("“ ist im Moment ausgebucht. Du stehst auf der Warteliste")
                            .append(pos == null ? "" : " (Platz " + pos + ")")
                            .append(". Wird ein Platz frei, rückst du automatisch nach und bekommst eine Mail.\n\n");
                } else {
                    return; // cancelled before the mail went out: nothing to say
                }
            }
            case "PROMOTED" -> {
                if (r.status() != RegistrationStatus.CONFIRMED) {
                    return;
                }
                subject = "Du bist nachgerückt: " + e.title();
                text.append("für „")
                        .append(e.title())
                        .append("“ ist ein Platz frei geworden – du bist von der Warteliste nachgerückt,")
                        .append(" deine Anmeldung ist jetzt bestätigt.\n\n");
                withCalendar = true;
            }
            case "CANCELLED" -> {
                subject = "Abmeldung bestätigt: " + e.title();
                text.append("du bist von „")
                        .append(e.title())
                        .append("“ abgemeldet. Schade, dass du nicht dabei bist.\n");
            }
            case "EVENT_CANCELLED" -> {
                subject = "Abgesagt: " + e.title();
                text.append("die Veranstaltung „").append(e.title()).append("“ wurde leider abgesagt.\n");
                withCalendar = true;
            }
            default -> {
                return;
            }
        }
        if (!"CANCELLED".equals(row.kind()) && !"EVENT_CANCELLED".equals(row.kind())) {
            text.append("Wann: ").append(when);
            if (e.endsAt() != null) {
                text.append(" bis ").append(TIME.format(e.endsAt().atZone(Event.ZONE)));
            }
            text.append("\nWo: ").append(e.venue().oneLine()).append("\n");
            text.append("Mehr: ").append(outbox.link(e.url())).append("\n\n");
        }
        OutgoingMail mail;
        if (row.manageToken() != null && !"CANCELLED".equals(row.kind())) {
            text.append("Über deinen persönlichen Link kannst du deine Angaben ansehen, ändern oder dich abmelden")
                    .append(" (bitte nicht weitergeben):\n")
                    .append(outbox.link(EventPaths.manage(row.manageToken())))
                    .append("\n");
        }
        mail = OutgoingMail.text(r.email(), subject, text.toString());
        if (withCalendar) {
            mail = mail.withAttachment(new OutgoingMail.Attachment(
                    "veranstaltung.ics",
                    "text/calendar; charset=utf-8; method=PUBLISH",
                    calendars.single(e).getBytes(StandardCharsets.UTF_8)));
        }
        if (withCalendar && row.manageToken() != null && r.status() == RegistrationStatus.CONFIRMED) {
            String checkIn = outbox.link(EventPaths.checkIn(Tokens.checkInToken(row.manageToken())));
            mail = mail.withAttachment(
                    new OutgoingMail.Attachment("einlass-qr-code.png", "image/png", QrCodes.png(checkIn, 8)));
        }
        outbox.send(mail);
    }

    private record Row(long id, UUID registrationId, String kind, String manageToken) {}
}
