package de.gemeinsinn.accounts.privacy;

import de.gemeinsinn.accounts.PersonErased;
import de.gemeinsinn.accounts.admin.Invitations;
import de.gemeinsinn.accounts.domain.People;
import de.gemeinsinn.accounts.domain.Person;
import de.gemeinsinn.accounts.login.LoginThrottle;
import de.gemeinsinn.accounts.login.Sessions;
import de.gemeinsinn.accounts.mail.DevMailbox;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deletes an account for good: the person row with roles, consents, tokens and links, the login
 * history, dev mails and all sessions (API tokens go with the
 * person row, so they stop working at once). Other modules follow through {@link PersonErased}.
 */
@Service
class Erasure {

    private final People people;
    private final LoginThrottle logins;
    private final DevMailbox devMailbox;
    private final Invitations invitations;
    private final Sessions sessions;
    private final PasswordEncoder encoder;
    private final ApplicationEventPublisher events;

    Erasure(
            People people,
            LoginThrottle logins,
            DevMailbox devMailbox,
            Invitations invitations,
            Sessions sessions,
            PasswordEncoder encoder,
            ApplicationEventPublisher events) {
        this.people = people;
        this.logins = logins;
        this.devMailbox = devMailbox;
        this.invitations = invitations;
        this.sessions = sessions;
        this.encoder = encoder;
        this.events = events;
    }

    /** Erases the person if the password is right; false (and nothing changed) otherwise. */
    @Transactional
    boolean erase(UUID personId, String password) {
        Person person = people.byId(personId).orElse(null);
        if (person == null || password == null || !encoder.matches(password, person.passwordHash())) {
            return false;
        }
        people.delete(personId);
        logins.forget(person.email());
        devMailbox.deleteFor(person.email());
        invitations.forget(person.email());
        sessions.endAllOf(person.email());
        events.publishEvent(new PersonErased(personId));
        return true;
    }
}
