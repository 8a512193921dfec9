package de.gemeinsinn.accounts.privacy;

import de.gemeinsinn.accounts.domain.Consents;
import de.gemeinsinn.accounts.domain.People;
import de.gemeinsinn.accounts.domain.PersonStatus;
import de.gemeinsinn.accounts.domain.RoleGrants;
import de.gemeinsinn.accounts.login.LoginThrottle;
import de.gemeinsinn.accounts.tokens.ApiTokens;
import de.gemeinsinn.platform.privacy.PersonalDataExporter;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** What the accounts module stores about a person: profile, roles, consents, tokens, logins. */
@Component
class AccountsDataExporter implements PersonalDataExporter {

    record Profile(UUID id, String email, String displayName, PersonStatus status, Instant createdAt) {}

    private final People people;
    private final RoleGrants grants;
    private final Consents consents;
    private final ApiTokens tokens;
    private final LoginThrottle logins;

    AccountsDataExporter(People people, RoleGrants grants, Consents consents, ApiTokens tokens, LoginThrottle logins) {
        this.people = people;
        this.grants = grants;
        this.consents = consents;
        this.tokens = tokens;
        this.logins = logins;
    }

    @Override
    public String section() {
        return "accounts";
    }

    @Override
    public Object export(UUID personId) {
        Map<String, Object> data = new LinkedHashMap<>();
        people.byId(personId).ifPresent(p -> {
            data.put("profile", new Profile(p.id(), p.email(), p.displayName(), p.status(), p.createdAt()));
            data.put("roles", grants.grantsOf(personId));
            data.put("consents", consents.of(personId));
            data.put("apiTokens", tokens.of(personId));
            data.put("loginHistory", logins.historyOf(p.email()));
        });
        return data;
    }
}
