package de.gemeinsinn.platform.images;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.gemeinsinn.support.TestImages;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class ImageProcessorTests {

    final ImageProcessor processor = new ImageProcessor();

    @Test
    void jpegWithExifIsScaledAndLosesItsMetadata() throws Exception {
        byte[] upload = TestImages.jpegWithExif(2400, 1200);
        assertThat(TestImages.contains(upload, "Exif")).isTrue();
        assertThat(TestImages.contains(upload, TestImages.SECRET)).isTrue();

        ImageProcessor.Processed result = processor.process(upload);

        assertThat(TestImages.contains(result.data(), "Exif")).isFalse();
        assertThat(TestImages.contains(result.data(), "GPS")).isFalse();
        assertThat(TestImages.contains(result.thumbnail(), "Exif")).isFalse();
        BufferedImage full = ImageIO.read(new ByteArrayInputStream(result.data()));
        BufferedImage thumb = ImageIO.read(new ByteArrayInputStream(result.thumbnail()));
        assertThat(full.getWidth()).isEqualTo(1600);
        assertThat(full.getHeight()).isEqualTo(800);
        assertThat(thumb.getWidth()).isEqualTo(400);
        assertThat(result.width()).isEqualTo(1600);
    }

    @Test
    void pngIsAcceptedAndSmallImagesAreNotEnlarged() throws Exception {
        ImageProcessor.Processed result = processor.process(TestImages.encode(TestImages.picture(300, 200), "png"));
        assertThat(result.width()).isEqualTo(300);
        assertThat(result.data()[0] & 0xFF).isEqualTo(0xFF); // re-encoded as JPEG
        assertThat(result.data()[1] & 0xFF).isEqualTo(0xD8);
    }

    @Test
    void textFileIsRefusedWhateverItIsCalled() {
        byte[] text = "Das ist kein Bild, nur Text in einer .jpg-Datei.".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> processor.process(text))
                .isInstanceOf(ImageProcessor.RejectedImage.class)
                .hasMessage("image.type");
    }

    @Test
    void truncatedJpegIsRefused() throws Exception {
        byte[] jpeg = TestImages.encode(TestImages.picture(100, 100), "jpeg");
        byte[] header = java.util.Arrays.copyOf(jpeg, 20);
        assertThatThrownBy(() -> processor.process(header)).isInstanceOf(ImageProcessor.RejectedImage.class);
    }

    @Test
    void gifAndHtmlWithImageMagicAreRefused() throws Exception {
        assertThatThrownBy(() -> processor.process(TestImages.encode(TestImages.picture(10, 10), "gif")))
                .isInstanceOf(ImageProcessor.RejectedImage.class);
        byte[] fakeWebp = "RIFF0000WEBP<script>alert(1)</script>".getBytes(StandardCharsets.US_ASCII);
        assertThatThrownBy(() -> processor.process(fakeWebp)).isInstanceOf(ImageProcessor.RejectedImage.class);
    }

    @Test
    void overFiveMegabytesIsRefused() {
        byte[] big = new byte[(int) ImageProcessor.MAX_BYTES + 1];
        big[0] = (byte) 0xFF;
        big[1] = (byte) 0xD8;
        big[2] = (byte) 0xFF;
        assertThatThrownBy(() -> processor.process(big)).hasMessage("image.tooLarge");
    }
}
