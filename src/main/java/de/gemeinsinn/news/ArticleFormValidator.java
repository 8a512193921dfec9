package de.gemeinsinn.news;

import de.gemeinsinn.platform.images.ImageProcessor;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/**
 * Checks a submitted form and, when an image is attached, decodes and cleans it, so that the
 * service receives only valid input. Messages are keys in {@code i18n/news*.properties}.
 */
@Component
class ArticleFormValidator {

    static final int TITLE_MAX = 160;
    static final int TEASER_MAX = 400;
    static final int BODY_MAX = 100_000;
    static final int TAGS_MAX = 10;
    static final int TAG_LENGTH_MAX = 40;
    static final int ALT_MAX = 250;

    private final ImageProcessor images;

    ArticleFormValidator(ImageProcessor images) {
        this.images = images;
    }

    /** Returns the cleaned image, or null when none was attached or it was refused. */
    ImageProcessor.Processed validate(ArticleForm form, boolean hadImage, Errors errors) {
        required(form.title(), TITLE_MAX, "title", errors);
        required(form.teaser(), TEASER_MAX, "teaser", errors);
        required(form.body(), BODY_MAX, "body", errors);
        if (form.tagList().size() > TAGS_MAX) {
            errors.rejectValue("tags", "news.form.tags.tooMany");
        } else if (form.tagList().stream().anyMatch(t -> t.length() > TAG_LENGTH_MAX)) {
            errors.rejectValue("tags", "news.form.tags.tooLong");
        }
        try {
            LocalDate.parse(form.trimmed(form.publishedOn()));
        } catch (DateTimeParseException e) {
            errors.rejectValue("publishedOn", "news.form.publishedOn.invalid");
        }
        boolean willHaveImage = form.hasImage() || (hadImage && !form.removesImage());
        if (willHaveImage && form.trimmed(form.imageAlt()).isEmpty()) {
            errors.rejectValue("imageAlt", "news.form.imageAlt.required");
        } else if (form.trimmed(form.imageAlt()).length() > ALT_MAX) {
            errors.rejectValue("imageAlt", "news.form.imageAlt.tooLong");
        }
        if (!form.hasImage()) {
            return null;
        }
        try {
            return images.process(form.image().getBytes());
        } catch (ImageProcessor.RejectedImage e) {
            errors.rejectValue("image", "news." + e.messageKey());
        } catch (IOException e) {
            errors.rejectValue("image", "news.image.type");
        }
        return null;
    }

    private static void required(String value, int max, String field, Errors errors) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty()) {
            errors.rejectValue(field, "news.form." + field + ".required");
        } else if (v.length() > max) {
            errors.rejectValue(field, "news.form.tooLong", new Object[] {max}, null);
        }
    }
}
