package id.go.jabarprov.disnakertrans.sikhi.domain;

import java.io.Serializable;
import java.util.Objects;

/**
 * A file a party has uploaded to the core's document store for a Klarifikasi answer it has yet to send: the page keeps
 * these between requests, so a refused answer loses no attachment.
 */
public record AttachedFile(String documentId, String fileName) implements Serializable {

    public AttachedFile {
        Objects.requireNonNull(documentId, "documentId");
        fileName = fileName == null || fileName.isBlank() ? "dokumen" : fileName.strip();
    }
}
