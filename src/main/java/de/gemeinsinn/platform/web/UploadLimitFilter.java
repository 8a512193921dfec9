package de.gemeinsinn.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * Tomcat 11 throws as soon as anyone reads a parameter of a multipart request whose file is over
 * {@code max-file-size}; the first reader is Spring Security's CSRF filter, so without this the
 * visitor would see a bare "413". This filter runs before Spring Security, parses the upload form
 * itself and, if the container refuses, sends the visitor back to the form with a German message
 * (flash attribute {@code uploadError} = the message key). Nothing is processed, so no login or
 * CSRF check is needed for that redirect. Each module with uploads registers one instance for its
 * form paths (order -200: after Spring Session, before Spring Security).
 */
public class UploadLimitFilter extends OncePerRequestFilter {

    private final Pattern forms;
    private final String messageKey;

    private final SessionFlashMapManager flashMaps = new SessionFlashMapManager();

    /**
     * @param forms the paths of the upload forms (POST), e.g. {@code ^/news/(neu|[a-z0-9-]+/bearbeiten)$}
     * @param messageKey message shown on the form, e.g. {@code news.image.tooLarge}
     */
    public UploadLimitFilter(Pattern forms, String messageKey) {
        this.forms = forms;
        this.messageKey = messageKey;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String type = request.getContentType();
        return !"POST".equals(request.getMethod())
                || type == null
                || !type.toLowerCase(Locale.ROOT).startsWith("multipart/")
                || !forms.matcher(path(request)).matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            request.getParts(); // parsed once; the container keeps the result for everyone after us
        } catch (IllegalStateException | IOException | ServletException e) {
            if (isSizeLimit(e)) {
                FlashMap flash = new FlashMap();
                flash.put("uploadError", messageKey);
                flash.setTargetRequestPath(request.getContextPath() + path(request));
                flashMaps.saveOutputFlashMap(flash, request, response);
                response.sendRedirect(request.getContextPath() + path(request));
                return;
            }
            // other parse problems: let the normal error handling answer
        }
        chain.doFilter(request, response);
    }

    public static boolean isSizeLimit(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String msg = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
            if (msg.contains("exceed") && (msg.contains("size") || msg.contains("length"))) {
                return true;
            }
        }
        return false;
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
