package id.go.jabarprov.disnakertrans.sikhi.domain;

import id.go.jabarprov.disnakertrans.platform.tenant.TenantOwnedEntity;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

/**
 * One answer a party sent online to a Klarifikasi request, with its attachments. A party may send several while the
 * Klarifikasi is open (each kept, in order); one sent after the answer date is kept and marked late, because the
 * mediator may still use it and the lateness is a fact the record should show. Never changed.
 */
@Entity
@Table(name = "sikhi_klarifikasi_answer")
public class KlarifikasiAnswer extends TenantOwnedEntity {

    @Id
    private String id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "klarifikasi_id", nullable = false, updatable = false)
    private KlarifikasiRequest request;

    @Column(name = "party_id", nullable = false)
    private String partyId;

    @Column(name = "answer_text", nullable = false)
    private String text;

    @Column(nullable = false)
    private String username;

    @Column(name = "answered_at", nullable = false)
    private LocalDateTime answeredAt;

    @Column(name = "answered_late", nullable = false)
    private boolean late;

    @BatchFetch(BatchFetchType.IN)
    @OneToMany(mappedBy = "answer", cascade = CascadeType.ALL)
    @OrderBy("sortOrder")
    private List<KlarifikasiAttachment> attachments = new ArrayList<>();

    protected KlarifikasiAnswer() {
    }

    KlarifikasiAnswer(KlarifikasiRequest request, String partyId, String text, List<AttachedFile> files, String username,
            Instant at) {
        this.id = UUID.randomUUID().toString();
        this.request = request;
        this.partyId = partyId;
        this.text = text;
        this.username = username;
        this.answeredAt = SikhiTime.utc(at);
        this.late = request.isLate(SikhiTime.dateOf(at));
        for (AttachedFile file : files) {
            attachments.add(new KlarifikasiAttachment(this, attachments.size() + 1, file));
        }
    }

    public String getId() { return id; }
    public KlarifikasiRequest getRequest() { return request; }
    public String getPartyId() { return partyId; }
    public String getText() { return text; }
    public String getUsername() { return username; }
    public Instant getAnsweredAt() { return SikhiTime.instant(answeredAt); }
    public boolean isLate() { return late; }
    public List<KlarifikasiAttachment> getAttachments() { return Collections.unmodifiableList(attachments); }
}
