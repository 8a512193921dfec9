package de.gemeinsinn.accounts.login;

import de.gemeinsinn.platform.security.Access;
import de.gemeinsinn.platform.security.GemeinsinnUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/** Reloads the signed-in person into the session after their name or roles changed. */
@Component
public class CurrentUser {

    private final Access access;
    private final AccountUserDetailsService users;
    private final SecurityContextRepository repository = new HttpSessionSecurityContextRepository();

    CurrentUser(Access access, AccountUserDetailsService users) {
        this.access = access;
        this.users = users;
    }

    public void refresh(HttpServletRequest request, HttpServletResponse response) {
        GemeinsinnUser fresh = users.loadUserByUsername(access.requireUser().email());
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(fresh, null, fresh.getAuthorities()));
        SecurityContextHolder.setContext(context);
        repository.saveContext(context, request, response);
    }
}
