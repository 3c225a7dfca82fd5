package id.go.jabarprov.disnakertrans.platform.verification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.LuminanceSource;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.lowagie.text.Document;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class QrCodesTest {

    private static final String URL = "https://portal.disnakertrans.jabarprov.go.id/public/verify/AB23CD45EF67";

    @Test
    void theMatrixDecodesBackToTheUrl() throws Exception {
        BitMatrix matrix = QrCodes.matrix(URL);
        assertEquals(matrix.getWidth(), matrix.getHeight());
        // scale each module to 4x4 pixels, as a camera would see a printed code
        int scale = 4;
        int size = matrix.getWidth() * scale;
        byte[] pixels = new byte[size * size];
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                pixels[y * size + x] = (byte) (matrix.get(x / scale, y / scale) ? 0 : 255);
            }
        }
        LuminanceSource source = new LuminanceSource(size, size) {
            @Override
            public byte[] getRow(int y, byte[] row) {
                byte[] out = row != null && row.length >= size ? row : new byte[size];
                System.arraycopy(pixels, y * size, out, 0, size);
                return out;
            }

            @Override
            public byte[] getMatrix() {
                return pixels;
            }
        };
        assertEquals(URL, new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(source))).getText());
    }

    @Test
    void drawsIntoAPdfThatStaysReadable() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document();
        PdfWriter writer = PdfWriter.getInstance(document, out);
        document.open();
        document.add(new Paragraph("Kode verifikasi AB23CD45EF67"));
        QrCodes.draw(writer.getDirectContent(), URL, 400, 650, 120);
        document.close();
        try (var pdf = Loader.loadPDF(out.toByteArray())) {
            assertTrue(new PDFTextStripper().getText(pdf).contains("AB23CD45EF67"));
        }
        assertTrue(out.size() > 1000, "the QR squares are in the page content");
    }
}
