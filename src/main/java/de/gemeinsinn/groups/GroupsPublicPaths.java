package de.gemeinsinn.groups;

import de.gemeinsinn.platform.security.PublicPaths;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The overview, group pages and the invitation link are readable by anyone; internal groups are
 * then checked in {@link GroupAccess}. The city network pages live below {@code /staedte/**},
 * which the network module opens. Nothing here may be posted anonymously.
 */
@Component
class GroupsPublicPaths implements PublicPaths {

    @Override
    public List<String> readable() {
        return List.of("/gruppen", "/gruppen/*");
    }
}
