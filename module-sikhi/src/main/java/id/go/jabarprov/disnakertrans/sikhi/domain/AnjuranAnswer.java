package id.go.jabarprov.disnakertrans.sikhi.domain;

import id.go.jabarprov.disnakertrans.platform.tenant.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;

/** One party's receipt of and answer to an anjuran; no answer yet means silence. */
@Entity
@Table(name = "sikhi_anjuran_answer")
public class AnjuranAnswer extends TenantOwnedEntity {

    @Id
    private String id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "anjuran_id", nullable = false, updatable = false)
    private Anjuran anjuran;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(name = "party_id", nullable = false)
    private String partyId;

    /** The 10 HK to answer count from this day. */
    @Column(name = "received_on", nullable = false)
    private LocalDate receivedOn;

    @Enumerated(EnumType.STRING)
    private Acceptance answer;

    @Column(name = "answered_at")
    private LocalDateTime answeredAt;

    @Column(name = "answered_by")
    private String answeredBy;

    /** The mediator who recorded this answer from the party's signed letter; null when the party answered online. */
    @Column(name = "recorded_by")
    private String recordedBy;

    /** The core's stored document id of the signed written answer the mediator recorded it from. */
    @Column(name = "letter_document_id")
    private String letterDocumentId;

    @Version
    private long version;

    protected AnjuranAnswer() {
    }

    AnjuranAnswer(Anjuran anjuran, int sortOrder, String partyId, LocalDate receivedOn) {
        this.id = UUID.randomUUID().toString();
        this.anjuran = anjuran;
        this.sortOrder = sortOrder;
        this.partyId = partyId;
        this.receivedOn = receivedOn;
    }

    void received(LocalDate on) {
        this.receivedOn = on;
    }

    void answer(Acceptance acceptance, String username, Instant at) {
        this.answer = acceptance;
        this.answeredBy = username;
        this.answeredAt = SikhiTime.utc(at);
    }

    void recordedFrom(String officer, String documentId) {
        this.recordedBy = officer;
        this.letterDocumentId = documentId;
    }

    /** Whether the mediator recorded this answer from a letter (else the party answered online, or not yet). */
    public boolean isRecordedByOffice() {
        return recordedBy != null;
    }

    public String getId() { return id; }
    public Anjuran getAnjuran() { return anjuran; }
    public int getSortOrder() { return sortOrder; }
    public String getPartyId() { return partyId; }
    public LocalDate getReceivedOn() { return receivedOn; }
    public Acceptance getAnswer() { return answer; }
    public Instant getAnsweredAt() { return SikhiTime.instant(answeredAt); }
    public String getAnsweredBy() { return answeredBy; }
    public String getRecordedBy() { return recordedBy; }
    public String getLetterDocumentId() { return letterDocumentId; }
}
