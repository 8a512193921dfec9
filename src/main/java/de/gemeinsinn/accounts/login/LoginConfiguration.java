package de.gemeinsinn.accounts.login;

import de.gemeinsinn.platform.security.PublicPaths;
import java.util.List;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class LoginConfiguration {

    /** Just before Spring Security's filter chain (order -100). */
    static final int BEFORE_SECURITY = -101;

    @Bean
    FilterRegistrationBean<LoginThrottleFilter> loginThrottleFilter(LoginThrottle throttle) {
        var registration = new FilterRegistrationBean<>(new LoginThrottleFilter(throttle));
        registration.addUrlPatterns(LoginThrottleFilter.LOGIN);
        registration.setOrder(BEFORE_SECURITY);
        return registration;
    }

    @Bean
    PublicPaths accountsPublicPaths() {
        return new PublicPaths() {
            @Override
            public List<String> readable() {
                return List.of(
                        "/anmelden",
                        "/registrieren",
                        "/registrieren/**",
                        "/bestaetigen",
                        "/passwort/**",
                        "/einladung",
                        "/dev/postfach");
            }

            @Override
            public List<String> writable() {
                return List.of("/registrieren", "/passwort/**", "/einladung");
            }
        };
    }
}
