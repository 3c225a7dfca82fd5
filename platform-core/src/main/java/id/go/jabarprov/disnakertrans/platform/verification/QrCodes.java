package id.go.jabarprov.disnakertrans.platform.verification;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.lowagie.text.pdf.PdfContentByte;
import java.awt.Color;
import java.util.Map;

/** QR codes drawn straight into a PDF as vector squares: sharp at any print size, no image needed. */
public final class QrCodes {

    private QrCodes() {
    }

    /** The QR modules of a text (medium error correction, a quiet zone of one module). */
    public static BitMatrix matrix(String text) {
        try {
            return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 1));
        } catch (WriterException e) {
            throw new IllegalArgumentException("Cannot encode a QR code for " + text, e);
        }
    }

    /** Draws the QR code of {@code text} with its lower-left corner at (x, y), {@code size} points wide. */
    public static void draw(PdfContentByte canvas, String text, float x, float y, float size) {
        BitMatrix matrix = matrix(text);
        float module = size / matrix.getWidth();
        canvas.saveState();
        canvas.setColorFill(Color.BLACK);
        for (int row = 0; row < matrix.getHeight(); row++) {
            for (int col = 0; col < matrix.getWidth(); col++) {
                if (matrix.get(col, row)) {
                    // PDF's y axis points up; the matrix's rows go down
                    canvas.rectangle(x + col * module, y + size - (row + 1) * module, module, module);
                }
            }
        }
        canvas.fill();
        canvas.restoreState();
    }
}
