package de.gemeinsinn.accounts.domain;

import de.gemeinsinn.accounts.PersonDirectory;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

@Component
class JdbcPersonDirectory implements PersonDirectory {

    private final JdbcClient jdbc;

    JdbcPersonDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<PersonRef> byId(UUID id) {
        return jdbc.sql("SELECT id, email, display_name FROM accounts.person WHERE id = ?")
                .param(id)
                .query((rs, i) -> new PersonRef(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3)))
                .optional();
    }

    @Override
    public Map<UUID, PersonRef> byIds(Collection<UUID> ids) {
        Map<UUID, PersonRef> found = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        jdbc.sql("SELECT id, email, display_name FROM accounts.person WHERE id = ANY(?)")
                .param(ids.toArray(UUID[]::new))
                .query((rs, i) -> new PersonRef(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3)))
                .list()
                .forEach(p -> found.put(p.id(), p));
        return found;
    }

    @Override
    public Optional<PersonRef> byEmail(String email) {
        if (email == null || email.isBlank()) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT id, email, display_name FROM accounts.person WHERE lower(email) = ?")
                .param(Person.normaliseEmail(email))
                .query((rs, i) -> new PersonRef(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3)))
                .optional();
    }
}
