package id.go.jabarprov.disnakertrans.sikhi.domain;

import id.go.jabarprov.disnakertrans.platform.tenant.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.UUID;

/**
 * Evidence sent with one Klarifikasi answer. Not a {@link CaseDocument}: case documents are shown to every party,
 * while an answer (and what it carries) is for the mediator and the party that sent it.
 */
@Entity
@Table(name = "sikhi_klarifikasi_attachment")
public class KlarifikasiAttachment extends TenantOwnedEntity {

    @Id
    private String id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "answer_id", nullable = false, updatable = false)
    private KlarifikasiAnswer answer;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    /** The core's {@code StoredDocument} id. */
    @Column(name = "document_id", nullable = false)
    private String documentId;

    @Column(name = "file_name", nullable = false)
    private String fileName;

    protected KlarifikasiAttachment() {
    }

    KlarifikasiAttachment(KlarifikasiAnswer answer, int sortOrder, AttachedFile file) {
        this.id = UUID.randomUUID().toString();
        this.answer = answer;
        this.sortOrder = sortOrder;
        this.documentId = file.documentId();
        String name = file.fileName();
        this.fileName = name.length() > Limits.NAME ? name.substring(0, Limits.NAME) : name;
    }

    public String getId() { return id; }
    public KlarifikasiAnswer getAnswer() { return answer; }
    public int getSortOrder() { return sortOrder; }
    public String getDocumentId() { return documentId; }
    public String getFileName() { return fileName; }
}
