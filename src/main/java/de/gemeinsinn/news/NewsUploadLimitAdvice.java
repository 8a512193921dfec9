package de.gemeinsinn.news;

import jakarta.servlet.http.HttpServletRequest;
import java.util.regex.Pattern;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * An upload over the limit fails before any controller runs (the container stops reading the
 * request). For the news forms the visitor is sent back to the form with a clear message instead
 * of an error page. Must not be limited to controller types: no handler is known at that point.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class NewsUploadLimitAdvice {

    private static final Pattern NEWS_FORM = Pattern.compile("^/news/(neu|[a-z0-9-]+/bearbeiten)$");

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    String tooLarge(MaxUploadSizeExceededException e, HttpServletRequest request)
            throws MaxUploadSizeExceededException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!NEWS_FORM.matcher(path).matches()) {
            throw e; // someone else's upload: leave it to their handling
        }
        // the redirect saves the flash map; the form shows the message above its fields
        FlashMap flash = RequestContextUtils.getOutputFlashMap(request);
        flash.put("uploadError", "news.image.tooLarge");
        return "redirect:" + path;
    }
}
