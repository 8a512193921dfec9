package de.gemeinsinn.accounts.registration;

import de.gemeinsinn.accounts.domain.Consents;
import de.gemeinsinn.accounts.domain.MailTokens;
import de.gemeinsinn.accounts.domain.People;
import de.gemeinsinn.accounts.domain.Person;
import de.gemeinsinn.accounts.mail.Mailer;
import java.time.Instant;
import java.util.Optional;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Self-registration with confirmation by mail. A known address gets a hint mail instead, so the
 * form never reveals who has an account.
 */
@Service
class Registration {

    private final People people;
    private final Consents consents;
    private final MailTokens tokens;
    private final Mailer mailer;
    private final PasswordEncoder encoder;

    Registration(People people, Consents consents, MailTokens tokens, Mailer mailer, PasswordEncoder encoder) {
        this.people = people;
        this.consents = consents;
        this.tokens = tokens;
        this.mailer = mailer;
        this.encoder = encoder;
    }

    @Transactional
    void register(String email, String displayName, String password) {
        Optional<Person> known = people.byEmail(email);
        if (known.isPresent() && known.get().isActive()) {
            mailer.send(known.get().email(), "duplicate", mailer.link("/anmelden"), mailer.link("/passwort/vergessen"));
            return;
        }
        Person person = known.orElseGet(() -> {
            Person p = Person.register(email, displayName, encoder.encode(password), Instant.now());
            people.insert(p);
            return p;
        });
        consents.recordPrivacyPolicy(person.id(), Instant.now());
        String token = tokens.issue(person.id(), MailTokens.Purpose.CONFIRM);
        mailer.send(person.email(), "confirm", person.displayName(), mailer.link("/bestaetigen?token=" + token));
    }

    /**
     * Activates the person behind the link; empty when the link is unknown, used or expired. A
     * person who got active meanwhile (through a password reset) just stays active.
     */
    @Transactional
    Optional<Person> confirm(String token) {
        Optional<Person> person =
                tokens.consume(token, MailTokens.Purpose.CONFIRM).flatMap(people::byId);
        person.filter(p -> !p.isActive()).ifPresent(p -> {
            p.confirm();
            people.update(p);
        });
        return person;
    }
}
