package de.gemeinsinn.barcamp;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * A file over the container's limit fails as soon as anyone reads a parameter (first the CSRF
 * filter). This filter parses the documentation upload itself before security runs and, when the
 * container refuses it, sends the visitor back to the documentation form with a German message
 * (same approach as the news module). Nothing is processed on that path.
 */
class BarcampUploadLimitFilter extends OncePerRequestFilter {

    private static final Pattern UPLOAD = Pattern.compile("^(/barcamp/[a-z0-9-]+/sessions/[0-9a-f-]{36})/dateien$");

    private final SessionFlashMapManager flashMaps = new SessionFlashMapManager();

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String type = request.getContentType();
        return !"POST".equals(request.getMethod())
                || type == null
                || !type.toLowerCase(Locale.ROOT).startsWith("multipart/")
                || !UPLOAD.matcher(path(request)).matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            request.getParts();
        } catch (IllegalStateException | IOException | ServletException e) {
            if (isSizeLimit(e)) {
                Matcher m = UPLOAD.matcher(path(request));
                m.matches();
                String target = request.getContextPath() + m.group(1) + "/doku";
                FlashMap flash = new FlashMap();
                flash.put("error", "barcamp.file.tooLarge");
                flash.setTargetRequestPath(target);
                flashMaps.saveOutputFlashMap(flash, request, response);
                response.sendRedirect(target);
                return;
            }
        }
        chain.doFilter(request, response);
    }

    static boolean isSizeLimit(Throwable e) {
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

    @Configuration(proxyBeanMethods = false)
    static class Registration {
        @Bean
        FilterRegistrationBean<BarcampUploadLimitFilter> barcampUploadLimitFilter() {
            FilterRegistrationBean<BarcampUploadLimitFilter> r =
                    new FilterRegistrationBean<>(new BarcampUploadLimitFilter());
            r.addUrlPatterns("/barcamp/*");
            r.setOrder(-200);
            return r;
        }
    }
}
