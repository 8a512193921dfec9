package de.gemeinsinn.platform.web;

import de.gemeinsinn.platform.GemeinsinnProperties;
import jakarta.servlet.RequestDispatcher;
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
        Object original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = original instanceof String uri ? uri : request.getRequestURI();
        // the error page itself is no place to switch language to
        return path.startsWith("/error") ? "/" : path;
    }

    @ModelAttribute("tileUrl")
    String tileUrl() {
        return properties.tileUrl();
    }
}
