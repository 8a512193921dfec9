package de.gemeinsinn.news;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.gemeinsinn.support.GemeinsinnTest;
import de.gemeinsinn.support.TestImages;
import jakarta.servlet.http.Part;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Collections;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@GemeinsinnTest
class NewsUploadTests extends NewsTestSupport {

    MockMultipartHttpServletRequestBuilder newArticle(String title, MockMultipartFile image, String alt) {
        return (MockMultipartHttpServletRequestBuilder) multipart("/news/neu")
                .file(image)
                .param("title", title)
                .param("teaser", "Ein Bild sagt mehr.")
                .param("body", "Text")
                .param("city", "bottrop")
                .param("publishedOn", "2025-08-01")
                .param("imageAlt", alt);
    }

    long articleCount() {
        return jdbc.sql("SELECT count(*) FROM news.article").query(Long.class).single();
    }

    long imageCount() {
        return jdbc.sql("SELECT count(*) FROM news.image").query(Long.class).single();
    }

    @Test
    void jpegWithExifIsStoredWithoutMetadataAndScaled() throws Exception {
        byte[] upload = TestImages.jpegWithExif(2400, 1200);
        String location = mvc.perform(newArticle(
                                "Bild mit Exif",
                                new MockMultipartFile("image", "urlaub.jpg", "image/jpeg", upload),
                                "Blaue Fläche mit orangem Kreis")
                        .with(coordinator("bottrop"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        Article article =
                articles.findBySlug(location.substring("/news/".length())).orElseThrow();
        assertThat(article.imageAlt()).isEqualTo("Blaue Fläche mit orangem Kreis");

        byte[] served = mvc.perform(get(article.imageUrl()))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "image/jpeg"))
                .andExpect(header().string("Cache-Control", containsString("max-age=31536000")))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(TestImages.contains(served, "Exif")).isFalse();
        assertThat(TestImages.contains(served, "GPS")).isFalse();
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(served));
        assertThat(image.getWidth()).isEqualTo(1600);

        byte[] thumb = mvc.perform(get(article.thumbnailUrl()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(ImageIO.read(new ByteArrayInputStream(thumb)).getWidth()).isEqualTo(400);
        mvc.perform(get("/news/bilder/kein-bild.jpg")).andExpect(status().isNotFound());
    }

    @Test
    void textFileNamedJpgIsRefusedAndNothingIsSaved() throws Exception {
        long articlesBefore = articleCount();
        long imagesBefore = imageCount();
        byte[] text = "Hallo, ich bin nur Text.".getBytes(StandardCharsets.UTF_8);
        mvc.perform(newArticle(
                                "Kein Bild",
                                new MockMultipartFile("image", "foto.jpg", "image/jpeg", text),
                                "Beschreibung")
                        .with(coordinator("bottrop"))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Diese Datei ist kein Bild, das wir verarbeiten können.")))
                .andExpect(content().string(containsString("aria-describedby=\"image-hint image-error\"")));
        assertThat(articleCount()).isEqualTo(articlesBefore);
        assertThat(imageCount()).isEqualTo(imagesBefore);
    }

    @Test
    void imageWithoutAltTextIsRefused() throws Exception {
        byte[] png = TestImages.encode(TestImages.picture(50, 50), "png");
        mvc.perform(newArticle("Ohne Alt", new MockMultipartFile("image", "a.png", "image/png", png), "")
                        .with(coordinator("bottrop"))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Bitte beschreiben Sie das Bild")));
    }

    @Test
    void oversizedFileGetsAGermanMessageNextToTheField() throws Exception {
        byte[] big = new byte[6 * 1024 * 1024];
        big[0] = (byte) 0xFF;
        big[1] = (byte) 0xD8;
        big[2] = (byte) 0xFF;
        mvc.perform(newArticle("Zu groß", new MockMultipartFile("image", "gross.jpg", "image/jpeg", big), "Alt")
                        .with(coordinator("bottrop"))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Die Datei ist zu groß. Bilder dürfen höchstens 5 MB")));
    }

    @Test
    void uploadOverTheContainerLimitRedirectsToTheFormWithAGermanMessage() throws Exception {
        // The container refuses to parse the request, as Tomcat does beyond max-file-size.
        mvc.perform(post("/news/neu")
                        .contentType("multipart/form-data; boundary=xyz")
                        .content("--xyz--")
                        .with(partsExceedLimit())
                        .with(coordinator("bottrop"))
                        .with(csrf()))
                .andExpect(redirectedUrl("/news/neu"))
                .andExpect(flash().attribute("uploadError", "news.image.tooLarge"));
        mvc.perform(get("/news/neu").with(coordinator("bottrop")).flashAttr("uploadError", "news.image.tooLarge"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Die Datei ist zu groß.")));
    }

    @Test
    void replacingTheImageRemovesTheOldOne() throws Exception {
        String slug = article("Bildwechsel", "bottrop", ArticleStatus.DRAFT);
        byte[] png = TestImages.encode(TestImages.picture(80, 40), "png");
        mvc.perform(multipart("/news/" + slug + "/bearbeiten")
                        .file(new MockMultipartFile("image", "a.png", "image/png", png))
                        .param("title", "Bildwechsel")
                        .param("teaser", "t")
                        .param("body", "b")
                        .param("city", "bottrop")
                        .param("publishedOn", "2025-08-01")
                        .param("imageAlt", "Erstes Bild")
                        .with(coordinator("bottrop"))
                        .with(csrf()))
                .andExpect(redirectedUrl("/news/" + slug));
        var first = articles.findBySlug(slug).orElseThrow().imageId();
        assertThat(first).isNotNull();
        mvc.perform(multipart("/news/" + slug + "/bearbeiten")
                        .param("title", "Bildwechsel")
                        .param("teaser", "t")
                        .param("body", "b")
                        .param("city", "bottrop")
                        .param("publishedOn", "2025-08-01")
                        .param("imageAlt", "")
                        .param("removeImage", "true")
                        .with(coordinator("bottrop"))
                        .with(csrf()))
                .andExpect(redirectedUrl("/news/" + slug));
        assertThat(articles.findBySlug(slug).orElseThrow().imageId()).isNull();
        mvc.perform(get("/news/bilder/" + first + ".jpg")).andExpect(status().isNotFound());
    }

    /** A request whose multipart parsing fails the way Tomcat's does for too-large files. */
    static RequestPostProcessor partsExceedLimit() {
        return original -> {
            MockHttpServletRequest request =
                    new MockHttpServletRequest(
                            original.getServletContext(), original.getMethod(), original.getRequestURI()) {
                        @Override
                        public Collection<Part> getParts() {
                            throw new IllegalStateException(
                                    "The field image exceeds its maximum permitted size of 5242880 bytes.");
                        }
                    };
            request.setContentType(original.getContentType());
            request.setContent(original.getContentAsByteArray());
            for (String name : Collections.list(original.getHeaderNames())) {
                request.addHeader(name, original.getHeader(name));
            }
            request.setSession(original.getSession());
            return request;
        };
    }
}
