package de.gemeinsinn.platform.images;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.springframework.stereotype.Component;

/**
 * Checks an upload by its content and re-encodes it. The file name and the declared content type
 * are ignored: only bytes that start like JPEG, PNG or WebP and that ImageIO actually decodes are
 * accepted. Re-encoding to JPEG drops every piece of metadata (EXIF with GPS position, camera
 * serial numbers, comments) because only the pixels are written.
 *
 * <p>Shared by every module that accepts pictures (news teasers, organisation logos). Messages for
 * the refusal reasons are {@code image.*} keys in {@code i18n/platform.properties}; a module may
 * prefix them with its own name to word them differently (news: {@code news.image.*}).
 */
@Component
public class ImageProcessor {

    public static final long MAX_BYTES = 5L * 1024 * 1024;
    public static final int MAX_WIDTH = 1600;
    public static final int THUMB_WIDTH = 400;
    private static final int MAX_PIXELS = 40_000_000;

    /** A cleaned image, always JPEG. */
    public record Processed(byte[] data, byte[] thumbnail, int width, int height) {}

    /** Why an upload was refused; the message key is shown next to the field. */
    public static final class RejectedImage extends Exception {
        private final String messageKey;

        RejectedImage(String messageKey) {
            super(messageKey);
            this.messageKey = messageKey;
        }

        /** {@code image.empty}, {@code image.tooLarge}, {@code image.type} or {@code image.dimensions}. */
        public String messageKey() {
            return messageKey;
        }
    }

    /** Same as {@link #process(byte[])} with another width for the full-size image (logos are small). */
    public Processed process(byte[] upload, int maxWidth, int thumbWidth) throws RejectedImage {
        BufferedImage source = check(upload);
        BufferedImage full = scale(source, maxWidth);
        BufferedImage thumb = scale(source, thumbWidth);
        return new Processed(jpeg(full), jpeg(thumb), full.getWidth(), full.getHeight());
    }

    public Processed process(byte[] upload) throws RejectedImage {
        return process(upload, MAX_WIDTH, THUMB_WIDTH);
    }

    private static BufferedImage check(byte[] upload) throws RejectedImage {
        if (upload == null || upload.length == 0) {
            throw new RejectedImage("image.empty");
        }
        if (upload.length > MAX_BYTES) {
            throw new RejectedImage("image.tooLarge");
        }
        if (!looksLikeImage(upload)) {
            throw new RejectedImage("image.type");
        }
        BufferedImage source = decode(upload);
        if (source == null || source.getWidth() < 1 || source.getHeight() < 1) {
            throw new RejectedImage("image.type");
        }
        return source;
    }

    /** Magic bytes of JPEG, PNG and WebP (RIFF....WEBP). */
    public static boolean looksLikeImage(byte[] b) {
        boolean jpeg = b.length > 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF;
        boolean png = b.length > 8
                && Arrays.equals(Arrays.copyOf(b, 8), new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        boolean webp = b.length > 12
                && b[0] == 'R'
                && b[1] == 'I'
                && b[2] == 'F'
                && b[3] == 'F'
                && b[8] == 'W'
                && b[9] == 'E'
                && b[10] == 'B'
                && b[11] == 'P';
        return jpeg || png || webp;
    }

    private static BufferedImage decode(byte[] upload) throws RejectedImage {
        try (var in = ImageIO.createImageInputStream(new ByteArrayInputStream(upload))) {
            var readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                // WebP without a WebP plugin installed: not decodable, so refused
                throw new RejectedImage("image.type");
            }
            var reader = readers.next();
            try {
                reader.setInput(in, true, true);
                long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
                if (pixels > MAX_PIXELS) {
                    throw new RejectedImage("image.dimensions");
                }
                return reader.read(0);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            throw new RejectedImage("image.type");
        }
    }

    /** Scales down to {@code maxWidth} (never up) onto an opaque RGB canvas. */
    public static BufferedImage scale(BufferedImage source, int maxWidth) {
        int width = Math.min(maxWidth, source.getWidth());
        int height = Math.max(1, (int) Math.round((double) source.getHeight() * width / source.getWidth()));
        BufferedImage target = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = target.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setColor(java.awt.Color.WHITE);
            g.fillRect(0, 0, width, height);
            g.drawImage(source, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return target;
    }

    public static byte[] jpeg(BufferedImage image) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream ios = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(ios);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(0.85f);
            // no metadata object: the writer emits a bare JFIF header only
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }
}
