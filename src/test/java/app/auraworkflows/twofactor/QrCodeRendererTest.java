package app.auraworkflows.twofactor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The QR code is a PNG that scans back to exactly the otpauth URI. */
class QrCodeRendererTest {
    @Test
    void thePngDecodesToTheUri() throws Exception {
        String uri = OtpauthUri.build(OtpauthUri.issuer("Aura Demo"), "alice", "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP");
        byte[] png = new QrCodeRenderer().png(uri);

        assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, Arrays.copyOf(png, 4));
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertEquals(QrCodeRenderer.SIZE, image.getWidth());
        String decoded = new MultiFormatReader().decode(
                new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)))).getText();
        assertEquals(uri, decoded);
    }
}
