package de.gemeinsinn.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.gemeinsinn.support.GemeinsinnTest;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;

/** Organisers give an event a picture; everyone sees it with its description; others may not change it. */
@GemeinsinnTest
class EventImageTests extends EventWebTestSupport {

    static byte[] png(int w, int h) throws Exception {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        var g = img.createGraphics();
        g.setColor(new Color(30, 120, 200));
        g.fillRect(0, 0, w, h);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "png", out);
        return out.toByteArray();
    }

    @Test
    void organiserUploadsReplacesAndRemovesThePicture() throws Exception {
        Event e = EventTestSupport.openEvent(events, "Bildertest", 20, null, "bottrop");
        MockMultipartFile file = new MockMultipartFile("image", "plakat.png", "image/png", png(2400, 1200));
        mvc.perform(multipart(e.url() + "/bild")
                        .file(file)
                        .param("imageAlt", "Plakat des Engagement-Tags in Blau")
                        .with(coordinator("bottrop"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flash", "events.image.saved"));

        Event saved = repository.find(e.id()).orElseThrow();
        assertThat(saved.imageId()).isNotNull();
        assertThat(saved.imageAlt()).isEqualTo("Plakat des Engagement-Tags in Blau");

        Document page =
                Jsoup.parse(mvc.perform(get(e.url())).andReturn().getResponse().getContentAsString());
        var img = page.selectFirst("img.event-image");
        assertThat(img).isNotNull();
        assertThat(img.attr("alt")).isEqualTo("Plakat des Engagement-Tags in Blau");
        assertThat(page.selectFirst("script[type=application/ld+json]").data()).contains(saved.imageUrl());

        // served as a re-encoded JPEG, scaled to 1600 px, cacheable, for anyone
        var res = mvc.perform(get(img.attr("src")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse();
        assertThat(res.getContentType()).isEqualTo("image/jpeg");
        assertThat(res.getHeader("Cache-Control")).contains("immutable");
        BufferedImage served = ImageIO.read(new ByteArrayInputStream(res.getContentAsByteArray()));
        assertThat(served.getWidth()).isEqualTo(1600);
        BufferedImage thumb = ImageIO.read(new ByteArrayInputStream(mvc.perform(get(saved.thumbnailUrl()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray()));
        assertThat(thumb.getWidth()).isEqualTo(400);

        // a new picture replaces the old one, which is deleted
        mvc.perform(multipart(e.url() + "/bild")
                        .file(new MockMultipartFile("image", "neu.png", "image/png", png(800, 600)))
                        .param("imageAlt", "Gruppenfoto")
                        .with(coordinator("bottrop"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get(saved.imageUrl())).andExpect(status().isNotFound());

        mvc.perform(post(e.url() + "/bild/entfernen")
                        .with(coordinator("bottrop"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(repository.find(e.id()).orElseThrow().imageId()).isNull();
        assertThat(jdbc.sql(
                                "SELECT count(*) FROM events.image i WHERE NOT EXISTS (SELECT 1 FROM events.event e WHERE e.image_id = i.id)")
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void badUploadsGetAGermanMessageAndKeepTheDescription() throws Exception {
        Event e = EventTestSupport.openEvent(events, "Bildfehler", 20, null, "bottrop");
        mvc.perform(multipart(e.url() + "/bild")
                        .file(new MockMultipartFile(
                                "image", "liste.pdf", "application/pdf", "%PDF-1.4 kein Bild".getBytes()))
                        .param("imageAlt", "Mein Plakat")
                        .with(coordinator("bottrop"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("imageError", "image.type"))
                .andExpect(flash().attribute("imageAlt", "Mein Plakat"));
        mvc.perform(multipart(e.url() + "/bild")
                        .file(new MockMultipartFile("image", "plakat.png", "image/png", png(300, 200)))
                        .param("imageAlt", "  ")
                        .with(coordinator("bottrop"))
                        .with(csrf()))
                .andExpect(flash().attribute("imageError", "events.image.altMissing"));
        assertThat(repository.find(e.id()).orElseThrow().imageId()).isNull();

        // the edit page shows the message in German next to the form
        String html = mvc.perform(get(e.url() + "/bearbeiten")
                        .with(coordinator("bottrop"))
                        .flashAttr("imageError", "image.type")
                        .flashAttr("imageAlt", "Mein Plakat"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        Document edit = Jsoup.parse(html);
        assertThat(edit.selectFirst("#image-error").text()).contains("kein Bild");
        assertThat(edit.selectFirst("#ev-image-alt").attr("value")).isEqualTo("Mein Plakat");
    }

    @Test
    void onlyOrganisersMayChangeThePicture() throws Exception {
        Event e = EventTestSupport.openEvent(events, "Bildrechte", 20, null, "bottrop");
        MockMultipartFile file = new MockMultipartFile("image", "plakat.png", "image/png", png(300, 200));
        mvc.perform(multipart(e.url() + "/bild")
                        .file(file)
                        .param("imageAlt", "x")
                        .with(member())
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(multipart(e.url() + "/bild")
                        .file(file)
                        .param("imageAlt", "x")
                        .with(coordinator("gladbeck"))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post(e.url() + "/bild/entfernen").with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(repository.find(e.id()).orElseThrow().imageId()).isNull();
        mvc.perform(get("/veranstaltungen/bilder/kein-bild.jpg")).andExpect(status().isNotFound());
    }
}
