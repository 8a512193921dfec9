package de.gemeinsinn.meetings;

import java.util.Collection;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Queues mails in {@code meetings.notification}, in the caller's transaction: a rolled-back change
 * sends nothing, a committed one is sent by {@link MeetingMails} right after the commit (or by its
 * sweep, on any instance).
 */
@Component
class Notifications {

    private final JdbcClient jdbc;
    private final MeetingMails mails;

    Notifications(JdbcClient jdbc, MeetingMails mails) {
        this.jdbc = jdbc;
        this.mails = mails;
    }

    void queue(Collection<UUID> people, MailKind kind, UUID subjectId) {
        if (people.isEmpty()) {
            return;
        }
        jdbc.sql("INSERT INTO meetings.notification (person_id, kind, subject_id) "
                        + "SELECT p, ?, ? FROM unnest(?::uuid[]) AS p")
                .params(kind.name(), subjectId, people.stream().distinct().toArray(UUID[]::new))
                .update();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    mails.kick();
                }
            });
        } else {
            mails.kick();
        }
    }
}
