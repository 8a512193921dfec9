package de.gemeinsinn.accounts.login;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/** Ends all sessions of a person, on every instance (they share the session table). */
@Component
public class Sessions {

    private final FindByIndexNameSessionRepository<? extends Session> repository;

    Sessions(FindByIndexNameSessionRepository<? extends Session> repository) {
        this.repository = repository;
    }

    public void endAllOf(String email) {
        repository.findByPrincipalName(email).keySet().forEach(repository::deleteById);
    }
}
