package de.gemeinsinn.platform.security;

import de.gemeinsinn.platform.GemeinsinnProperties;
import java.net.URI;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Three filter chains: the JSON API (stateless, bearer tokens, problem+json errors), the API
 * documentation (needs inline styles) and the web pages (form login, CSRF, strict CSP).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    static final String[] STATIC = {
        "/css/**", "/js/**", "/img/**", "/webjars/**", "/favicon.ico", "/robots.txt", "/error", "/error/**"
    };

    @Bean
    PasswordEncoder passwordEncoder() {
        return Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(
            HttpSecurity http,
            ObjectProvider<ApiTokenAuthenticator> tokens,
            ProblemWriter problems,
            List<PublicPaths> publicPaths)
            throws Exception {
        // API paths a module lists in PublicPaths.writable() accept anonymous writes (any method)
        String[] apiWritable = publicPaths.stream()
                .flatMap(p -> p.writable().stream())
                .filter(p -> p.startsWith("/api/"))
                .toArray(String[]::new);
        http.securityMatcher("/api/**")
                .csrf(c -> c.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(c -> c.disable())
                .securityContext(c -> c.requireExplicitSave(true))
                .addFilterBefore(new BearerTokenFilter(tokens, problems), BasicAuthenticationFilter.class)
                .authorizeHttpRequests(a -> a.requestMatchers(HttpMethod.GET, "/api/**")
                        .permitAll()
                        .requestMatchers(apiWritable)
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .exceptionHandling(e -> e.authenticationEntryPoint((req, res, ex) -> problems.write(
                                res,
                                HttpStatus.UNAUTHORIZED,
                                "Anmeldung erforderlich",
                                "Bitte ein gültiges Zugangstoken senden."))
                        .accessDeniedHandler((req, res, ex) -> problems.write(
                                res, HttpStatus.FORBIDDEN, "Keine Berechtigung", "Dieses Token darf das nicht.")));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain docsChain(HttpSecurity http, GemeinsinnProperties properties) throws Exception {
        http.securityMatcher("/swagger-ui/**", "/swagger-ui.html", "/v3/api-docs/**")
                .authorizeHttpRequests(a -> a.anyRequest().permitAll())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .headers(h -> h.contentSecurityPolicy(
                        c -> c.policyDirectives(csp(properties.tileUrl(), properties.auditScriptHashes())
                                .replace("style-src 'self'", "style-src 'self' 'unsafe-inline'"))));
        return http.build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain webChain(HttpSecurity http, List<PublicPaths> publicPaths, GemeinsinnProperties properties)
            throws Exception {
        String[] readable = Stream.concat(
                        Stream.of(STATIC), publicPaths.stream().flatMap(p -> p.readable().stream()))
                .toArray(String[]::new);
        String[] writable =
                publicPaths.stream().flatMap(p -> p.writable().stream()).toArray(String[]::new);
        http.authorizeHttpRequests(a -> a.requestMatchers(HttpMethod.GET, readable)
                        .permitAll()
                        .requestMatchers(HttpMethod.HEAD, readable)
                        .permitAll()
                        .requestMatchers(writable)
                        .permitAll()
                        .requestMatchers(
                                "/actuator/health", "/actuator/health/**", "/actuator/prometheus", "/actuator/info")
                        .permitAll()
                        .requestMatchers("/actuator/**")
                        .hasAuthority(Role.NETWORK_ADMIN.name())
                        .anyRequest()
                        .authenticated())
                .formLogin(f -> f.loginPage("/anmelden")
                        .loginProcessingUrl("/anmelden")
                        .usernameParameter("email")
                        .passwordParameter("password")
                        .defaultSuccessUrl("/", false)
                        .failureUrl("/anmelden?fehler")
                        .permitAll())
                .logout(l -> l.logoutUrl("/abmelden")
                        .logoutSuccessUrl("/?abgemeldet")
                        .permitAll())
                .headers(h -> h.contentSecurityPolicy(
                                c -> c.policyDirectives(csp(properties.tileUrl(), properties.auditScriptHashes())))
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                        .permissionsPolicyHeader(p -> p.policy("geolocation=(self), camera=(), microphone=()")));
        return http.build();
    }

    /**
     * No inline scripts or styles; map tiles only from the configured tile host. The only inline
     * scripts allowed are those whose SHA-256 is listed in {@code gemeinsinn.audit-script-hashes}:
     * the exact builds of axe-core that accessibility audits inject (see docs/adr/0001).
     */
    static String csp(String tileUrl, java.util.List<String> auditScriptHashes) {
        String hashes = auditScriptHashes.stream()
                .filter(h -> h.matches("[A-Za-z0-9+/=]{44}"))
                .map(h -> " 'sha256-" + h + "'")
                .collect(java.util.stream.Collectors.joining());
        String tileOrigin = "";
        try {
            URI uri = URI.create(tileUrl.replace("{s}", "a")
                    .replace("{z}", "0")
                    .replace("{x}", "0")
                    .replace("{y}", "0"));
            if (uri.getScheme() != null && uri.getHost() != null) {
                tileOrigin =
                        " " + uri.getScheme() + "://" + uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : "");
            }
        } catch (IllegalArgumentException ignored) {
            // a malformed tile URL simply gets no exception in the policy
        }
        return "default-src 'self'; script-src 'self'" + hashes + "; style-src 'self'; img-src 'self' data:"
                + tileOrigin
                + "; connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    }
}
