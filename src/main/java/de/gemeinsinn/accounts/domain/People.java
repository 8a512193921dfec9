package de.gemeinsinn.accounts.domain;

import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores people in {@code accounts.person}. */
@Repository
public class People {

    private static final String SELECT =
            "SELECT id, email, display_name, password_hash, status, created_at FROM accounts.person ";

    private final JdbcClient jdbc;

    People(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Person> byEmail(String email) {
        return jdbc.sql(SELECT + "WHERE lower(email) = ?")
                .param(Person.normaliseEmail(email))
                .query(People::map)
                .optional();
    }

    public Optional<Person> byId(UUID id) {
        return jdbc.sql(SELECT + "WHERE id = ?").param(id).query(People::map).optional();
    }

    public boolean exists(String email) {
        return byEmail(email).isPresent();
    }

    /** People whose name or address contains the text, at most 100, ordered by name. */
    public List<Person> search(String text) {
        String like = "%" + (text == null ? "" : text.trim().toLowerCase().replace("%", "\\%")) + "%";
        return jdbc.sql(SELECT + "WHERE lower(email) LIKE :q OR lower(display_name) LIKE :q "
                        + "ORDER BY display_name, email LIMIT 100")
                .param("q", like)
                .query(People::map)
                .list();
    }

    public void insert(Person p) {
        jdbc.sql("INSERT INTO accounts.person (id, email, display_name, password_hash, status, created_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?)")
                .params(
                        p.id(),
                        p.email(),
                        p.displayName(),
                        p.passwordHash(),
                        p.status().name(),
                        ts(p))
                .update();
    }

    public void update(Person p) {
        jdbc.sql("UPDATE accounts.person SET display_name = ?, password_hash = ?, status = ? WHERE id = ?")
                .params(p.displayName(), p.passwordHash(), p.status().name(), p.id())
                .update();
    }

    /** Removes the person; grants, consents, tokens and links go with them (ON DELETE CASCADE). */
    public void delete(UUID id) {
        jdbc.sql("DELETE FROM accounts.person WHERE id = ?").param(id).update();
    }

    private static Timestamp ts(Person p) {
        return Timestamp.from(p.createdAt());
    }

    private static Person map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Person(
                rs.getObject("id", UUID.class),
                rs.getString("email"),
                rs.getString("display_name"),
                rs.getString("password_hash"),
                PersonStatus.valueOf(rs.getString("status")),
                rs.getTimestamp("created_at").toInstant());
    }
}
