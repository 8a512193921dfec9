package de.gemeinsinn.accounts.login;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/** Feeds form-login outcomes into the throttle and the login history. */
@Component
class LoginAttemptListener {

    private final LoginThrottle throttle;

    LoginAttemptListener(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        record(event.getAuthentication(), false);
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        record(event.getAuthentication(), true);
    }

    private void record(Authentication auth, boolean success) {
        if (auth.getDetails() instanceof WebAuthenticationDetails details) {
            throttle.record(auth.getName(), details.getRemoteAddress(), success);
        }
    }
}
