package de.gemeinsinn.meetings;

import de.gemeinsinn.accounts.PersonDirectory.PersonRef;
import de.gemeinsinn.groups.GroupDirectory;
import de.gemeinsinn.groups.GroupRef;
import de.gemeinsinn.platform.mail.MailOutbox;
import de.gemeinsinn.platform.mail.OutgoingMail;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** The optional weekly overview: the person's meetings of the coming week and their open actions. */
@Component
class WeeklyDigest {

    private final GroupDirectory groups;
    private final MeetingStore meetings;
    private final WorkStore work;
    private final MailOutbox outbox;

    WeeklyDigest(GroupDirectory groups, MeetingStore meetings, WorkStore work, MailOutbox outbox) {
        this.groups = groups;
        this.meetings = meetings;
        this.work = work;
        this.outbox = outbox;
    }

    Optional<OutgoingMail> mail(PersonRef p) {
        Map<UUID, GroupRef> mine =
                groups.groupsOf(p.id()).stream().collect(Collectors.toMap(GroupRef::id, Function.identity()));
        Instant now = Instant.now();
        List<Meeting> week = meetings.ofGroups(mine.keySet(), now).stream()
                .filter(m -> !m.cancelled() && m.startsAt().isBefore(now.plus(Duration.ofDays(7))))
                .toList();
        List<ActionItem> open = work.actionsOf(p.id(), false).stream()
                .filter(a -> a.status().isOpen())
                .toList();
        if (week.isEmpty() && open.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder text = new StringBuilder("Hallo ")
                .append(p.displayName())
                .append(",\n\nhier ist dein Wochenüberblick aus deinen Arbeitsgruppen.\n\n");
        text.append("Treffen in den nächsten sieben Tagen:\n");
        if (week.isEmpty()) {
            text.append("- keine\n");
        }
        week.forEach(m -> text.append("- ")
                .append(m.when())
                .append(": ")
                .append(m.title())
                .append(" (")
                .append(mine.get(m.groupId()).name())
                .append(")\n"));
        text.append("\nDeine offenen Aufgaben:\n");
        if (open.isEmpty()) {
            text.append("- keine\n");
        }
        open.forEach(a -> text.append("- ")
                .append(a.title())
                .append(a.dueOn() == null ? "" : ", fällig am " + a.dueText())
                .append(a.overdue() ? " (überfällig)" : "")
                .append('\n'));
        text.append("\nAlle deine Aufgaben: ")
                .append(outbox.link("/meine-aufgaben"))
                .append('\n');
        return Optional.of(
                OutgoingMail.text(p.email(), "Dein Wochenüberblick aus den Arbeitsgruppen", text.toString()));
    }
}
