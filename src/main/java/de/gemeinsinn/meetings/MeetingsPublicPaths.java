package de.gemeinsinn.meetings;

import de.gemeinsinn.platform.security.PublicPaths;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Meetings, decisions and actions of public groups can be read by anyone (internal groups are
 * checked in {@link MeetingAccess}); the private calendar feed is protected by its secret token;
 * the unsubscribe link of a mail works without login.
 */
@Component
class MeetingsPublicPaths implements PublicPaths {

    @Override
    public List<String> readable() {
        return List.of(
                "/gruppen/*/treffen",
                "/gruppen/*/treffen/*",
                "/gruppen/*/beschluesse",
                "/gruppen/*/beschluesse/*",
                "/gruppen/*/aufgaben",
                "/gruppen/*/aufgaben/*",
                "/kalender/*",
                "/benachrichtigungen/abbestellen");
    }

    @Override
    public List<String> writable() {
        return List.of("/benachrichtigungen/abbestellen");
    }
}
