package de.gemeinsinn.timetable;

import de.gemeinsinn.platform.security.PublicPaths;
import java.util.List;
import org.springframework.stereotype.Component;

/** Anyone may use the solver: it is stateless and reads nothing stored. */
@Component
class TimetablePublicPaths implements PublicPaths {

    @Override
    public List<String> readable() {
        return List.of();
    }

    @Override
    public List<String> writable() {
        return List.of("/api/v1/barcamp/schedule");
    }
}
