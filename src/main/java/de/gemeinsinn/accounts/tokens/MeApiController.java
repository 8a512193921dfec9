package de.gemeinsinn.accounts.tokens;

import de.gemeinsinn.platform.security.Access;
import de.gemeinsinn.platform.security.ScopedRole;
import de.gemeinsinn.platform.web.ApiController;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;

/** GET /api/v1/me: who the bearer token belongs to. */
@ApiController
class MeApiController {

    record Me(UUID id, String email, String displayName, List<String> roles) {}

    private final Access access;

    MeApiController(Access access) {
        this.access = access;
    }

    @GetMapping("/api/v1/me")
    ResponseEntity<?> me() {
        return access.currentUser()
                .<ResponseEntity<?>>map(u -> ResponseEntity.ok(new Me(
                        u.personId(),
                        u.email(),
                        u.displayName(),
                        u.roles().stream()
                                .map(ScopedRole::getAuthority)
                                .sorted()
                                .toList())))
                .orElseGet(() -> {
                    ProblemDetail p = ProblemDetail.forStatusAndDetail(
                            HttpStatus.UNAUTHORIZED, "Bitte ein gültiges Zugangstoken senden.");
                    p.setTitle("Anmeldung erforderlich");
                    return ResponseEntity.status(HttpStatus.UNAUTHORIZED).body(p);
                });
    }
}
