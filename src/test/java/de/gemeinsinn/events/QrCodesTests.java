package de.gemeinsinn.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The PNG in the confirmation mail is read back by a QR decoder, as the door's phone would. */
class QrCodesTests {

    @Test
    void pngDecodesToTheCheckInLink() throws Exception {
        String link = "https://gemeinsinn.example/einlass/abcDEF123-xyz_0987654321";
        byte[] png = QrCodes.png(link, 6);
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(png));
        int modules = QrCodes.matrix(link).getWidth();
        assertThat(img.getWidth()).isEqualTo(modules * 6);

        int[] argb = img.getRGB(0, 0, img.getWidth(), img.getHeight(), null, 0, img.getWidth());
        var bitmap =
                new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(img.getWidth(), img.getHeight(), argb)));
        assertThat(new QRCodeReader().decode(bitmap).getText()).isEqualTo(link);

        // the quiet zone is white and the finder pattern's corner is black
        assertThat(img.getRGB(0, 0) & 0xFFFFFF).isEqualTo(0xFFFFFF);
        assertThat(img.getRGB(4 * 6, 4 * 6) & 0xFFFFFF).isZero();
    }
}
