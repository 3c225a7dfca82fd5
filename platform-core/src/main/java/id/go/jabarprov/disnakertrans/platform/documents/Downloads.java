package id.go.jabarprov.disnakertrans.platform.documents;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;

/** Sends a stored document as a private download; the caller has checked who may have it. */
public final class Downloads {

    private Downloads() {
    }

    public static void send(HttpServletResponse response, DocumentService documents, StoredDocument stored) throws IOException {
        response.setContentType(stored.getMediaType());
        // a file name from an upload is untrusted: only a plain one goes into the header
        response.setHeader("Content-Disposition", "attachment; filename=\"" + stored.getOriginalName().replaceAll("[^A-Za-z0-9._-]", "_") + "\"");
        response.setHeader("Cache-Control", "private, no-store");
        try (InputStream in = documents.open(stored)) {
            in.transferTo(response.getOutputStream());
        }
    }
}
