package de.gemeinsinn.accounts.admin;

import de.gemeinsinn.accounts.domain.Consents;
import de.gemeinsinn.accounts.domain.People;
import de.gemeinsinn.accounts.domain.Person;
import de.gemeinsinn.accounts.domain.RoleGrants;
import de.gemeinsinn.accounts.domain.SecretToken;
import de.gemeinsinn.accounts.mail.Mailer;
import de.gemeinsinn.platform.security.Access;
import de.gemeinsinn.platform.security.GemeinsinnUser;
import de.gemeinsinn.platform.security.Role;
import de.gemeinsinn.platform.security.ScopedRole;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Invitations by mail that carry a role; accepting creates the account or adds the role. */
@Service
public class Invitations {

    static final Duration VALID_FOR = Duration.ofDays(14);

    record Invitation(String email, ScopedRole role, UUID invitedBy) {}

    private final JdbcClient jdbc;
    private final RoleAdministration roles;
    private final People people;
    private final RoleGrants grants;
    private final Consents consents;
    private final Mailer mailer;
    private final PasswordEncoder encoder;
    private final Access access;

    Invitations(
            JdbcClient jdbc,
            RoleAdministration roles,
            People people,
            RoleGrants grants,
            Consents consents,
            Mailer mailer,
            PasswordEncoder encoder,
            Access access) {
        this.jdbc = jdbc;
        this.roles = roles;
        this.people = people;
        this.grants = grants;
        this.consents = consents;
        this.mailer = mailer;
        this.encoder = encoder;
        this.access = access;
    }

    @Transactional
    void invite(String email, ScopedRole role) {
        roles.requireMayManage(role);
        GemeinsinnUser inviter = access.requireUser();
        String token = SecretToken.generate("");
        jdbc.sql("INSERT INTO accounts.invitation (token_hash, email, role, scope, invited_by, created_at, expires_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(
                        SecretToken.hash(token),
                        Person.normaliseEmail(email),
                        role.role().name(),
                        role.scope(),
                        inviter.personId(),
                        Timestamp.from(Instant.now()),
                        Timestamp.from(Instant.now().plus(VALID_FOR)))
                .update();
        mailer.send(
                Person.normaliseEmail(email),
                "invite",
                inviter.displayName(),
                new DefaultMessageSourceResolvable(
                        "accounts.role." + role.role().name()),
                role.scope(),
                mailer.link("/einladung?token=" + token));
    }

    Optional<Invitation> find(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT email, role, scope, invited_by FROM accounts.invitation "
                        + "WHERE token_hash = ? AND expires_at > now()")
                .param(SecretToken.hash(token))
                .query((rs, i) -> new Invitation(
                        rs.getString("email"),
                        new ScopedRole(Role.valueOf(rs.getString("role")), rs.getString("scope")),
                        rs.getObject("invited_by", UUID.class)))
                .optional();
    }

    /** New account for the invited address (already proven by the link), with the role. */
    @Transactional
    boolean acceptAsNewPerson(String token, String displayName, String password) {
        Optional<Invitation> invitation = find(token).filter(i -> !people.exists(i.email()));
        if (invitation.isEmpty()) {
            return false;
        }
        use(token);
        Person person = Person.active(invitation.get().email(), displayName, encoder.encode(password), Instant.now());
        people.insert(person);
        consents.recordPrivacyPolicy(person.id(), Instant.now());
        grants.grant(person.id(), invitation.get().role(), invitation.get().invitedBy());
        return true;
    }

    /** Adds the role to the signed-in person, if the invitation was sent to their address. */
    @Transactional
    boolean acceptAsCurrentUser(String token) {
        GemeinsinnUser me = access.requireUser();
        Optional<Invitation> invitation = find(token).filter(i -> i.email().equals(me.email()));
        invitation.ifPresent(i -> {
            use(token);
            grants.grant(me.personId(), i.role(), i.invitedBy());
        });
        return invitation.isPresent();
    }

    /** Erasure: open invitations to the address go, too. */
    public void forget(String email) {
        jdbc.sql("DELETE FROM accounts.invitation WHERE email = ?")
                .param(Person.normaliseEmail(email))
                .update();
    }

    private void use(String token) {
        jdbc.sql("DELETE FROM accounts.invitation WHERE token_hash = ?")
                .param(SecretToken.hash(token))
                .update();
    }
}
