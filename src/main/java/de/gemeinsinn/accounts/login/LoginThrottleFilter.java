package de.gemeinsinn.accounts.login;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/** Runs before Spring Security and turns away login attempts while throttled. */
class LoginThrottleFilter extends OncePerRequestFilter {

    static final String LOGIN = "/anmelden";

    private final LoginThrottle throttle;

    LoginThrottleFilter(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("POST".equals(request.getMethod())
                && LOGIN.equals(request.getRequestURI()
                        .substring(request.getContextPath().length())));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (throttle.blocked(request.getParameter("email"), request.getRemoteAddr())) {
            response.sendRedirect(request.getContextPath() + LOGIN + "?gesperrt");
            return;
        }
        chain.doFilter(request, response);
    }
}
