package de.gemeinsinn.news;

import de.gemeinsinn.platform.security.PublicPaths;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Anyone may read the list, articles, images and the feed. {@code /news/*} also matches
 * {@code /news/neu}; that page checks the login itself and sends visitors to the login page.
 */
@Component
class NewsPaths implements PublicPaths {

    @Override
    public List<String> readable() {
        return List.of("/news", "/news/*", "/news/bilder/*", "/news/feed.atom");
    }
}
