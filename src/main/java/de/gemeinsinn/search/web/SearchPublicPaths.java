package de.gemeinsinn.search.web;

import de.gemeinsinn.platform.security.PublicPaths;
import java.util.List;
import org.springframework.stereotype.Component;

/** The results page is public; the JSON GETs are public through the API chain already. */
@Component
class SearchPublicPaths implements PublicPaths {

    @Override
    public List<String> readable() {
        return List.of("/suche", "/suche/**");
    }
}
