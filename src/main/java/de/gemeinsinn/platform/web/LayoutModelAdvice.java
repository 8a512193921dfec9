package de.gemeinsinn.platform.web;

import de.gemeinsinn.platform.GemeinsinnProperties;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Values the layout needs on every page. */
@ControllerAdvice
class LayoutModelAdvice {

    private final GemeinsinnProperties properties;

    LayoutModelAdvice(GemeinsinnProperties properties) {
        this.properties = properties;
    }

    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        return request.getRequestURI();
    }

    @ModelAttribute("tileUrl")
    String tileUrl() {
        return properties.tileUrl();
    }
}
