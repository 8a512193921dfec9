package de.gemeinsinn.accounts.login;

import de.gemeinsinn.accounts.domain.People;
import de.gemeinsinn.accounts.domain.Person;
import de.gemeinsinn.accounts.domain.RoleGrants;
import de.gemeinsinn.platform.security.GemeinsinnUser;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Loads people for the form login; pending people are disabled. */
@Service
public class AccountUserDetailsService implements UserDetailsService {

    private final People people;
    private final RoleGrants grants;

    AccountUserDetailsService(People people, RoleGrants grants) {
        this.people = people;
        this.grants = grants;
    }

    @Override
    public GemeinsinnUser loadUserByUsername(String email) {
        return people.byEmail(email)
                .map(this::toUser)
                .orElseThrow(() -> new UsernameNotFoundException("unknown e-mail address"));
    }

    /** The user for an active person, e.g. behind an API token. */
    public Optional<GemeinsinnUser> activeUser(UUID personId) {
        return people.byId(personId).filter(Person::isActive).map(this::toUser);
    }

    private GemeinsinnUser toUser(Person p) {
        return new GemeinsinnUser(
                p.id(), p.email(), p.displayName(), p.passwordHash(), p.isActive(), grants.rolesOf(p.id()));
    }
}
