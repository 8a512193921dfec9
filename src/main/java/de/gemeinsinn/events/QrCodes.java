package de.gemeinsinn.events;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import javax.imageio.ImageIO;

/** QR codes (PNG) for the check-in link. */
final class QrCodes {

    private QrCodes() {}

    static BitMatrix matrix(String text) {
        try {
            return new QRCodeWriter()
                    .encode(
                            text,
                            BarcodeFormat.QR_CODE,
                            0,
                            0,
                            Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 4));
        } catch (WriterException e) {
            throw new IllegalArgumentException("QR-Code lässt sich nicht erzeugen", e);
        }
    }

    static byte[] png(String text, int moduleSize) {
        BitMatrix m = matrix(text);
        int w = m.getWidth() * moduleSize;
        int h = m.getHeight() * moduleSize;
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_BINARY);
        // one bit per pixel (1 = white in the default palette); whole rows are written at once,
        // setRGB per pixel went through the colour model and cost milliseconds per code
        WritableRaster raster = img.getRaster();
        int[] row = new int[w];
        for (int my = 0; my < m.getHeight(); my++) {
            for (int x = 0; x < w; x++) {
                row[x] = m.get(x / moduleSize, my) ? 0 : 1;
            }
            for (int dy = 0; dy < moduleSize; dy++) {
                raster.setSamples(0, my * moduleSize + dy, w, 1, 0, row);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(img, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
