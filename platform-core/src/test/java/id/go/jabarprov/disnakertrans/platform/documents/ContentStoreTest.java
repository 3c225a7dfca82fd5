package id.go.jabarprov.disnakertrans.platform.documents;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentStoreTest {

    @TempDir
    Path root;

    @Test
    void storesContentUnderItsSha256OnceAndReadsItBack() throws Exception {
        ContentStore store = new ContentStore(root);
        byte[] pdf = "%PDF-1.4 a tiny document".getBytes(StandardCharsets.US_ASCII);
        ContentStore.Written first = store.write(new ByteArrayInputStream(pdf), 1000);
        ContentStore.Written second = store.write(new ByteArrayInputStream(pdf), 1000);
        // SHA-256 of the bytes above, computed independently
        assertEquals(sha256(pdf), first.sha256());
        assertEquals(first.sha256(), second.sha256());
        assertEquals(pdf.length, first.size());
        assertTrue(store.contains(first.sha256()));
        try (var in = store.read(first.sha256())) {
            assertArrayEquals(pdf, in.readAllBytes());
        }
        try (var files = Files.walk(root)) {
            assertEquals(1, files.filter(Files::isRegularFile).count(), "identical content is kept once, no temp file left");
        }
    }

    @Test
    void stopsReadingAtTheLimitAndKeepsNothing() throws Exception {
        ContentStore store = new ContentStore(root);
        ContentStore.Written written = store.write(new ByteArrayInputStream(new byte[5000]), 4096);
        assertEquals(-1, written.size());
        try (var files = Files.walk(root)) {
            assertEquals(0, files.filter(Files::isRegularFile).count());
        }
    }

    private static String sha256(byte[] data) throws Exception {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(data));
    }
}
