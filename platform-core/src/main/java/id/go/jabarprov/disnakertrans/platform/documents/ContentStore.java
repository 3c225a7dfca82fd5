package id.go.jabarprov.disnakertrans.platform.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Bytes on disk, named by their SHA-256: {@code <root>/ab/cd/abcd…}. Writing goes through a
 * temporary file and an atomic move, so a half-written file never carries a valid name, and
 * identical content is kept once.
 */
public final class ContentStore {

    private final Path root;

    public ContentStore(Path root) {
        this.root = root;
    }

    /** What was written: its hash, its size and its first bytes (for type detection). */
    public record Written(String sha256, long size, byte[] head) {
    }

    /**
     * Stores the stream, refusing more than {@code maxBytes}: reading stops at the limit, so an
     * oversized upload never fills the disk. The size is -1 when the limit was passed.
     */
    public Written write(InputStream in, long maxBytes) throws IOException {
        Files.createDirectories(root);
        Path temp = Files.createTempFile(root, "upload-", ".part");
        try {
            MessageDigest digest = sha256();
            byte[] head = new byte[16];
            int headLength = 0;
            long size = 0;
            try (DigestInputStream digesting = new DigestInputStream(in, digest);
                    var out = Files.newOutputStream(temp)) {
                byte[] buffer = new byte[8192];
                int read;
                while ((read = digesting.read(buffer)) != -1) {
                    if (headLength < head.length) {
                        int take = Math.min(read, head.length - headLength);
                        System.arraycopy(buffer, 0, head, headLength, take);
                        headLength += take;
                    }
                    size += read;
                    if (size > maxBytes) {
                        return new Written(null, -1, head);
                    }
                    out.write(buffer, 0, read);
                }
            }
            String sha = HexFormat.of().formatHex(digest.digest());
            Path target = pathOf(sha);
            Files.createDirectories(target.getParent());
            if (!Files.exists(target)) {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            }
            return new Written(sha, size, java.util.Arrays.copyOf(head, headLength));
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    public InputStream read(String sha256) {
        try {
            return Files.newInputStream(pathOf(sha256));
        } catch (IOException e) {
            throw new UncheckedIOException("Document content " + sha256 + " is missing from the store", e);
        }
    }

    public boolean contains(String sha256) {
        return Files.exists(pathOf(sha256));
    }

    Path pathOf(String sha256) {
        if (!sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("not a SHA-256");
        }
        return root.resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
