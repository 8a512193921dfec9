package de.gemeinsinn.organisations;

import de.gemeinsinn.platform.security.PublicPaths;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Organisation pages and logos are public to read (pending ones answer 404 to strangers, see
 * {@link OrganisationPermissions}). Registering and editing check the login in the controller; the
 * city lists live below {@code /staedte/**}, which the network module opens.
 */
@Component
class OrganisationsPublicPaths implements PublicPaths {

    @Override
    public List<String> readable() {
        return List.of("/organisationen/**");
    }
}
