package de.gemeinsinn.meetings;

import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Which kinds of mail a person gets; without a row the kind's default applies. */
@Component
class MailPreferences {

    private final JdbcClient jdbc;

    MailPreferences(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Map<MailKind, Boolean> of(UUID personId) {
        Map<MailKind, Boolean> out = new EnumMap<>(MailKind.class);
        for (MailKind k : MailKind.values()) {
            out.put(k, k.defaultOn);
        }
        jdbc.sql("SELECT kind, enabled FROM meetings.mail_preference WHERE person_id = ?")
                .param(personId)
                .query(rs -> {
                    MailKind k = MailKind.parse(rs.getString(1));
                    if (k != null) {
                        out.put(k, rs.getBoolean(2));
                    }
                });
        return out;
    }

    boolean wants(UUID personId, MailKind kind) {
        return jdbc.sql("SELECT enabled FROM meetings.mail_preference WHERE person_id = ? AND kind = ?")
                .params(personId, kind.name())
                .query(Boolean.class)
                .optional()
                .orElse(kind.defaultOn);
    }

    void set(UUID personId, MailKind kind, boolean enabled) {
        jdbc.sql("INSERT INTO meetings.mail_preference (person_id, kind, enabled) VALUES (?, ?, ?) "
                        + "ON CONFLICT (person_id, kind) DO UPDATE SET enabled = excluded.enabled")
                .params(personId, kind.name(), enabled)
                .update();
    }
}
