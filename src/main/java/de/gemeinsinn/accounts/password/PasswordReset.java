package de.gemeinsinn.accounts.password;

import de.gemeinsinn.accounts.domain.MailTokens;
import de.gemeinsinn.accounts.domain.People;
import de.gemeinsinn.accounts.domain.Person;
import de.gemeinsinn.accounts.login.Sessions;
import de.gemeinsinn.accounts.mail.Mailer;
import java.util.Optional;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** "Passwort vergessen": a one-hour link by mail; unknown addresses get no hint either way. */
@Service
class PasswordReset {

    private final People people;
    private final MailTokens tokens;
    private final Mailer mailer;
    private final PasswordEncoder encoder;
    private final Sessions sessions;

    PasswordReset(People people, MailTokens tokens, Mailer mailer, PasswordEncoder encoder, Sessions sessions) {
        this.people = people;
        this.tokens = tokens;
        this.mailer = mailer;
        this.encoder = encoder;
        this.sessions = sessions;
    }

    @Transactional
    void requestLink(String email) {
        people.byEmail(email).ifPresent(p -> {
            String token = tokens.issue(p.id(), MailTokens.Purpose.RESET);
            mailer.send(p.email(), "reset", p.displayName(), mailer.link("/passwort/neu?token=" + token));
        });
    }

    boolean linkValid(String token) {
        return tokens.peek(token, MailTokens.Purpose.RESET).isPresent();
    }

    /**
     * Sets the new password and ends all sessions; false when the link is no longer valid. The
     * link proves the address, so a still unconfirmed account is confirmed, too.
     */
    @Transactional
    boolean reset(String token, String newPassword) {
        Optional<Person> person =
                tokens.consume(token, MailTokens.Purpose.RESET).flatMap(people::byId);
        person.ifPresent(p -> {
            p.changePassword(encoder.encode(newPassword));
            if (!p.isActive()) {
                p.confirm();
            }
            people.update(p);
            sessions.endAllOf(p.email());
        });
        return person.isPresent();
    }
}
