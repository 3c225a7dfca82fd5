package id.go.jabarprov.disnakertrans.platform.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MediaTypesTest {

    @Test
    void recognisesPdfJpegAndPngByTheirFirstBytes() {
        assertEquals(Optional.of(MediaTypes.PDF), MediaTypes.detect("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(Optional.of(MediaTypes.JPEG), MediaTypes.detect(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0}));
        assertEquals(Optional.of(MediaTypes.PNG), MediaTypes.detect(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0}));
    }

    @Test
    void refusesEverythingElseWhateverItIsCalled() {
        assertEquals(Optional.empty(), MediaTypes.detect("MZ\u0090\u0000 a Windows program".getBytes(StandardCharsets.ISO_8859_1)));
        assertEquals(Optional.empty(), MediaTypes.detect("<html>%PDF-".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(Optional.empty(), MediaTypes.detect(new byte[0]));
        assertEquals(Optional.empty(), MediaTypes.detect("%PD".getBytes(StandardCharsets.US_ASCII)));
    }
}
