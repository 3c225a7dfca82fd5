package id.go.jabarprov.disnakertrans.sikhi.domain;

import id.go.jabarprov.disnakertrans.platform.application.BusinessException;
import id.go.jabarprov.disnakertrans.platform.tenant.TenantOwnedEntity;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A company's request to validate its company regulation (PP), or register a collective agreement (PKB)
 * or fixed-term contracts (PKWT). Submitted, returned with notes and submitted again as often as needed,
 * then approved with the office's reference number; an approved request is final.
 */
@Entity
@Table(name = "sikhi_service_request")
public class ServiceRequest extends TenantOwnedEntity {

    private static final Pattern NIB = Pattern.compile("\\d{13}");

    @Id
    private String id;

    @Enumerated(EnumType.STRING)
    @Column(name = "request_kind", nullable = false)
    private ServiceRequestKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ServiceRequestStatus status;

    @Column(name = "company_name", nullable = false)
    private String companyName;

    @Column(name = "company_nib")
    private String companyNib;

    @Column(name = "submitted_by", nullable = false)
    private String submittedBy;

    @Column(name = "submitted_at", nullable = false)
    private LocalDateTime submittedAt;

    /** The officer's notes: what to correct when returned, remarks when approved. */
    private String notes;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decided_at")
    private LocalDateTime decidedAt;

    /** The decree or registration number the office gave. */
    @Column(name = "reference_number")
    private String referenceNumber;

    @OneToMany(mappedBy = "request", cascade = CascadeType.ALL)
    @OrderBy("uploadedAt")
    private List<ServiceRequestDocument> documents = new ArrayList<>();

    @Version
    private long version;

    protected ServiceRequest() {
    }

    public ServiceRequest(ServiceRequestKind kind, String companyName, String companyNib, String submittedBy, Instant at) {
        String nib = Texts.clean(companyNib);
        new Texts().required("kind", kind).required("companyName", companyName, Limits.NAME)
                .check(nib == null || NIB.matcher(nib).matches(), "companyNib", ErrorKeys.NIB_FORMAT).throwIfAny();
        this.id = UUID.randomUUID().toString();
        this.kind = kind;
        this.status = ServiceRequestStatus.SUBMITTED;
        this.companyName = companyName.strip();
        this.companyNib = nib;
        this.submittedBy = submittedBy;
        this.submittedAt = SikhiTime.utc(at);
    }

    public ServiceRequestDocument addDocument(String label, String documentId, String uploadedBy, Instant at) {
        requireNotApproved();
        new Texts().required("label", label, Limits.NAME).required("documentId", documentId, 36).throwIfAny();
        ServiceRequestDocument document = new ServiceRequestDocument(this, label, documentId, uploadedBy, at);
        documents.add(document);
        return document;
    }

    /** Sends the request back with what to correct. */
    public void returnForCorrection(String notes, String officer, Instant at) {
        requireStatus(ServiceRequestStatus.SUBMITTED);
        new Texts().required("notes", notes, Limits.NOTE).throwIfAny();
        decide(ServiceRequestStatus.RETURNED, notes, officer, at);
    }

    public void resubmit(Instant at) {
        requireStatus(ServiceRequestStatus.RETURNED);
        status = ServiceRequestStatus.SUBMITTED;
        submittedAt = SikhiTime.utc(at);
    }

    public void approve(String referenceNumber, String notes, String officer, Instant at) {
        requireStatus(ServiceRequestStatus.SUBMITTED);
        new Texts().required("referenceNumber", referenceNumber, Limits.REFERENCE).optional("notes", notes, Limits.NOTE)
                .throwIfAny();
        this.referenceNumber = referenceNumber.strip();
        decide(ServiceRequestStatus.APPROVED, notes, officer, at);
    }

    private void decide(ServiceRequestStatus next, String notes, String officer, Instant at) {
        this.status = next;
        this.notes = Texts.clean(notes);
        this.decidedBy = officer;
        this.decidedAt = SikhiTime.utc(at);
    }

    private void requireNotApproved() {
        if (status == ServiceRequestStatus.APPROVED) {
            throw new BusinessException(ErrorKeys.REQUEST_DECIDED);
        }
    }

    private void requireStatus(ServiceRequestStatus required) {
        requireNotApproved();
        if (status != required) {
            throw new BusinessException(ErrorKeys.ILLEGAL_TRANSITION);
        }
    }

    public String getId() { return id; }
    public ServiceRequestKind getKind() { return kind; }
    public ServiceRequestStatus getStatus() { return status; }
    public String getCompanyName() { return companyName; }
    public String getCompanyNib() { return companyNib; }
    public String getSubmittedBy() { return submittedBy; }
    public Instant getSubmittedAt() { return SikhiTime.instant(submittedAt); }
    public String getNotes() { return notes; }
    public String getDecidedBy() { return decidedBy; }
    public Instant getDecidedAt() { return SikhiTime.instant(decidedAt); }
    public String getReferenceNumber() { return referenceNumber; }
    public List<ServiceRequestDocument> getDocuments() { return Collections.unmodifiableList(documents); }
}
