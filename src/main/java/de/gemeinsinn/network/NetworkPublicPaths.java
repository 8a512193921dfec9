package de.gemeinsinn.network;

import de.gemeinsinn.platform.security.PublicPaths;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The directory is public to read. The edit pages below {@code /staedte/*} are then checked by
 * {@code Access} in {@link CityEditController}; their POST is not public at all.
 */
@Component
class NetworkPublicPaths implements PublicPaths {

    @Override
    public List<String> readable() {
        return List.of("/staedte", "/staedte/**", "/regionen", "/regionen/**");
    }
}
