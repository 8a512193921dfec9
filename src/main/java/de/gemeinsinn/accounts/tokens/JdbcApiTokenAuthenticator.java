package de.gemeinsinn.accounts.tokens;

import de.gemeinsinn.accounts.login.AccountUserDetailsService;
import de.gemeinsinn.platform.security.ApiTokenAuthenticator;
import de.gemeinsinn.platform.security.GemeinsinnUser;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Bearer tokens: usable token of an active person gives that person with their roles. */
@Component
class JdbcApiTokenAuthenticator implements ApiTokenAuthenticator {

    private final ApiTokens tokens;
    private final AccountUserDetailsService users;

    JdbcApiTokenAuthenticator(ApiTokens tokens, AccountUserDetailsService users) {
        this.tokens = tokens;
        this.users = users;
    }

    @Override
    public Optional<GemeinsinnUser> authenticate(String token) {
        if (token == null || token.isBlank() || token.length() > 200) {
            return Optional.empty();
        }
        return tokens.use(token).flatMap(users::activeUser);
    }
}
