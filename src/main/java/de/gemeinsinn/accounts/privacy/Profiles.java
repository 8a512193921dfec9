package de.gemeinsinn.accounts.privacy;

import de.gemeinsinn.accounts.domain.People;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Changes people make to their own profile. */
@Service
class Profiles {

    private final People people;

    Profiles(People people) {
        this.people = people;
    }

    @Transactional
    void rename(UUID personId, String displayName) {
        people.byId(personId).ifPresent(p -> {
            p.rename(displayName);
            people.update(p);
        });
    }
}
