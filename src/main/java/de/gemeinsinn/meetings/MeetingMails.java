package de.gemeinsinn.meetings;

import de.gemeinsinn.accounts.PersonDirectory;
import de.gemeinsinn.accounts.PersonDirectory.PersonRef;
import de.gemeinsinn.groups.GroupDirectory;
import de.gemeinsinn.groups.GroupRef;
import de.gemeinsinn.platform.mail.MailOutbox;
import de.gemeinsinn.platform.mail.OutgoingMail;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the queued mails of {@code meetings.notification}. Any instance may send: {@code FOR
 * UPDATE SKIP LOCKED} gives each row to exactly one. At sending time the person's preferences
 * decide; every mail carries an unsubscribe link for its kind, appointments an {@code .ics}.
 */
@Component
class MeetingMails {

    private static final Logger log = LoggerFactory.getLogger(MeetingMails.class);
    static final int MAX_ATTEMPTS = 5;

    record Row(long id, UUID personId, MailKind kind, UUID subjectId) {}

    private final JdbcClient jdbc;
    private final MeetingStore meetings;
    private final WorkStore work;
    private final PollStore polls;
    private final GroupDirectory groups;
    private final PersonDirectory people;
    private final MailPreferences preferences;
    private final UnsubscribeLinks unsubscribe;
    private final MeetingCalendars calendars;
    private final MailOutbox outbox;
    private final TransactionTemplate tx;
    private final WeeklyDigest digest;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "meeting-mails");
        t.setDaemon(true);
        return t;
    });
    private final AtomicBoolean queued = new AtomicBoolean();

    MeetingMails(
            JdbcClient jdbc,
            MeetingStore meetings,
            WorkStore work,
            PollStore polls,
            GroupDirectory groups,
            PersonDirectory people,
            MailPreferences preferences,
            UnsubscribeLinks unsubscribe,
            MeetingCalendars calendars,
            MailOutbox outbox,
            TransactionTemplate tx,
            WeeklyDigest digest) {
        this.jdbc = jdbc;
        this.meetings = meetings;
        this.work = work;
        this.polls = polls;
        this.groups = groups;
        this.people = people;
        this.preferences = preferences;
        this.unsubscribe = unsubscribe;
        this.calendars = calendars;
        this.outbox = outbox;
        this.tx = tx;
        this.digest = digest;
    }

    /** Sends soon, in the background (many calls coalesce into one run). */
    void kick() {
        if (queued.compareAndSet(false, true)) {
            worker.execute(() -> {
                queued.set(false);
                try {
                    sendDue();
                } catch (RuntimeException e) {
                    log.warn("Versand der Gruppen-Mails unterbrochen: {}", e.getMessage());
                }
            });
        }
    }

    @Scheduled(fixedDelayString = "${gemeinsinn.meetings.mail-delay-ms:15000}", initialDelay = 15000)
    void sweep() {
        sendDue();
    }

    /** Sends everything due; returns the number of mails sent. */
    int sendDue() {
        int total = 0;
        while (true) {
            int[] result = tx.execute(status -> sendBatch());
            if (result == null || result[0] == 0) {
                return total;
            }
            total += result[1];
        }
    }

    /** {rows handled, mails sent}. */
    private int[] sendBatch() {
        List<Row> due = jdbc.sql("SELECT id, person_id, kind, subject_id FROM meetings.notification "
                        + "WHERE attempts < ? AND not_before <= now() ORDER BY id LIMIT 20 FOR UPDATE SKIP LOCKED")
                .param(MAX_ATTEMPTS)
                .query((rs, i) -> new Row(
                        rs.getLong(1),
                        rs.getObject(2, UUID.class),
                        MailKind.parse(rs.getString(3)),
                        rs.getObject(4, UUID.class)))
                .list();
        int sent = 0;
        for (Row row : due) {
            try {
                if (row.kind() != null && preferences.wants(row.personId(), row.kind())) {
                    Optional<OutgoingMail> mail = build(row);
                    if (mail.isPresent()) {
                        outbox.send(mail.get());
                        sent++;
                    }
                }
                jdbc.sql("DELETE FROM meetings.notification WHERE id = ?")
                        .param(row.id())
                        .update();
            } catch (RuntimeException e) {
                log.warn("Mail ({}) nicht versandt: {}", row.kind(), e.getMessage());
                jdbc.sql("UPDATE meetings.notification SET attempts = attempts + 1, "
                                + "not_before = now() + interval '1 minute' * (attempts + 1) WHERE id = ?")
                        .param(row.id())
                        .update();
            }
        }
        return new int[] {due.size(), sent};
    }

    Optional<OutgoingMail> build(Row row) {
        Optional<PersonRef> person = people.byId(row.personId());
        if (person.isEmpty()) {
            return Optional.empty();
        }
        PersonRef p = person.get();
        Optional<OutgoingMail> mail = switch (row.kind()) {
            case INVITATION, SCHEDULED, CHANGED, CANCELLED, MINUTES -> meetingMail(row.kind(), row.subjectId(), p);
            case POLL -> pollMail(row.subjectId(), p);
            case ACTION_ASSIGNED, ACTION_DUE -> actionMail(row.kind(), row.subjectId(), p);
            case DIGEST -> digest.mail(p);
        };
        return mail.map(m -> m.withUnsubscribe(outbox.link(unsubscribe.path(p.id(), row.kind()))));
    }

    private Optional<OutgoingMail> meetingMail(MailKind kind, UUID meetingId, PersonRef p) {
        Meeting m = meetings.find(meetingId).orElse(null);
        GroupRef g = m == null ? null : groups.find(m.groupId()).orElse(null);
        if (g == null) {
            return Optional.empty();
        }
        String link = outbox.link(m.path(g.slug()));
        StringBuilder text = new StringBuilder("Hallo ").append(p.displayName()).append(",\n\n");
        String subject;
        boolean ics = true;
        switch (kind) {
            case INVITATION -> {
                subject = "Einladung: " + m.title() + " (" + g.name() + ")";
                text.append("die Gruppe „").append(g.name()).append("“ lädt dich zum Treffen ein.\n\n");
            }
            case SCHEDULED -> {
                subject = "Termin steht fest: " + m.title() + " (" + g.name() + ")";
                text.append("die Terminumfrage der Gruppe „")
                        .append(g.name())
                        .append("“ ist entschieden. Das Treffen findet statt:\n\n");
            }
            case CHANGED -> {
                subject = "Geändert: " + m.title() + " (" + g.name() + ")";
                text.append("das Treffen der Gruppe „").append(g.name()).append("“ wurde geändert.\n\n");
            }
            case CANCELLED -> {
                subject = "Abgesagt: " + m.title() + " (" + g.name() + ")";
                text.append("das Treffen der Gruppe „").append(g.name()).append("“ ist abgesagt.\n\n");
            }
            default -> {
                subject = "Protokoll freigegeben: " + m.title() + " (" + g.name() + ")";
                text.append("das Protokoll des Treffens der Gruppe „")
                        .append(g.name())
                        .append("“ ist freigegeben und für alle Mitglieder veröffentlicht.\n\n");
                ics = false;
            }
        }
        text.append(m.title()).append('\n').append(m.when()).append('\n');
        if (!m.place().isBlank()) {
            text.append("Ort: ").append(m.place()).append('\n');
        }
        if (!m.onlineUrl().isBlank() && kind != MailKind.CANCELLED) {
            text.append("Online: ").append(m.onlineUrl()).append('\n');
        }
        text.append("\nAlle Einzelheiten: ").append(link).append('\n');
        OutgoingMail mail = OutgoingMail.text(p.email(), subject, text.toString());
        if (ics) {
            String cal = calendars.invitation(m, g, p.displayName(), p.email());
            String method = m.cancelled() ? "CANCEL" : "REQUEST";
            mail = mail.withAttachment(new OutgoingMail.Attachment(
                    "treffen.ics",
                    "text/calendar; charset=utf-8; method=" + method,
                    cal.getBytes(StandardCharsets.UTF_8)));
        }
        return Optional.of(mail);
    }

    private Optional<OutgoingMail> pollMail(UUID pollId, PersonRef p) {
        DatePoll poll = polls.find(pollId).orElse(null);
        GroupRef g = poll == null ? null : groups.find(poll.groupId()).orElse(null);
        if (g == null || !poll.open()) {
            return Optional.empty();
        }
        StringBuilder text = new StringBuilder("Hallo ")
                .append(p.displayName())
                .append(",\n\ndie Gruppe „")
                .append(g.name())
                .append("“ sucht einen Termin für „")
                .append(poll.title())
                .append("“. Vorgeschlagen sind:\n\n");
        poll.options().forEach(o -> text.append("- ").append(o.when()).append('\n'));
        text.append("\nBitte sag für jeden Termin, ob er dir passt: ")
                .append(outbox.link(poll.path(g.slug())))
                .append('\n');
        return Optional.of(OutgoingMail.text(
                p.email(), "Terminumfrage: " + poll.title() + " (" + g.name() + ")", text.toString()));
    }

    private Optional<OutgoingMail> actionMail(MailKind kind, UUID actionId, PersonRef p) {
        ActionItem a = work.action(actionId).orElse(null);
        GroupRef g = a == null ? null : groups.find(a.groupId()).orElse(null);
        if (g == null || !p.id().equals(a.ownerId()) || !a.status().isOpen()) {
            return Optional.empty();
        }
        StringBuilder text = new StringBuilder("Hallo ").append(p.displayName()).append(",\n\n");
        String subject;
        if (kind == MailKind.ACTION_ASSIGNED) {
            subject = "Neue Aufgabe für dich: " + a.title();
            text.append("in der Gruppe „").append(g.name()).append("“ hast du eine Aufgabe übernommen:\n\n");
        } else {
            subject = "Erinnerung: „" + a.title() + "“ ist am " + a.dueText() + " fällig";
            text.append("deine Aufgabe in der Gruppe „").append(g.name()).append("“ ist in zwei Tagen fällig:\n\n");
        }
        text.append(a.title()).append('\n');
        if (a.dueOn() != null) {
            text.append("Fällig am ").append(a.dueText()).append('\n');
        }
        text.append("\nZur Aufgabe: ")
                .append(outbox.link(a.path(g.slug())))
                .append("\nAlle deine Aufgaben: ")
                .append(outbox.link("/meine-aufgaben"))
                .append('\n');
        return Optional.of(OutgoingMail.text(p.email(), subject, text.toString()));
    }
}
