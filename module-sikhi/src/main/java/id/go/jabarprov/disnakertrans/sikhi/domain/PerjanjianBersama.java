package id.go.jabarprov.disnakertrans.sikhi.domain;

import id.go.jabarprov.disnakertrans.platform.application.BusinessException;
import id.go.jabarprov.disnakertrans.platform.tenant.TenantOwnedEntity;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The joint agreement settling the dispute, signed by the parties with the mediator as witness (UU 2/2004
 * art. 13(1)). A party accepts one exact text, identified by its hash; revising the text drops every
 * acceptance, so no one is bound to words they did not see.
 */
@Entity
@Table(name = "sikhi_perjanjian_bersama")
public class PerjanjianBersama extends TenantOwnedEntity {

    @Id
    private String id;

    @OneToOne(optional = false)
    @JoinColumn(name = "case_id", nullable = false, updatable = false)
    private DisputeCase disputeCase;

    @Column(nullable = false)
    private String content;

    /** SHA-256 (hex) of what the parties accept: of {@link #content} or of the PDF generated from it. */
    @Column(name = "document_hash", nullable = false)
    private String documentHash;

    @Column(name = "drafted_by", nullable = false)
    private String draftedBy;

    @Column(name = "drafted_at", nullable = false)
    private LocalDateTime draftedAt;

    @Column(name = "witness_mediator")
    private String witnessMediator;

    @OneToMany(mappedBy = "perjanjianBersama", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("acceptedAt")
    private List<PbAcceptance> acceptances = new ArrayList<>();

    @Version
    private long version;

    protected PerjanjianBersama() {
    }

    PerjanjianBersama(DisputeCase disputeCase, String content, String documentHash, String draftedBy, Instant at,
            String witnessMediator) {
        this.id = UUID.randomUUID().toString();
        this.disputeCase = disputeCase;
        this.witnessMediator = witnessMediator;
        revise(content, documentHash, draftedBy, at);
    }

    /** The SHA-256 of a text as lower-case hex: the hash to use when the parties accept the text itself. */
    public static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    static Map<String, String> problems(String content, String documentHash) {
        return new Texts().required("content", content, Limits.DOCUMENT_TEXT)
                .check(documentHash != null && documentHash.matches("[0-9a-f]{64}"), "documentHash", ErrorKeys.REQUIRED)
                .problems();
    }

    void revise(String content, String documentHash, String by, Instant at) {
        Map<String, String> problems = problems(content, documentHash);
        if (!problems.isEmpty()) {
            throw new BusinessException(problems);
        }
        this.content = content.strip();
        this.documentHash = documentHash;
        this.draftedBy = by;
        this.draftedAt = SikhiTime.utc(at);
        acceptances.clear();
    }

    void accept(String partyId, String username, String acceptedHash, Instant at) {
        if (!documentHash.equals(acceptedHash)) {
            throw new BusinessException(ErrorKeys.PB_CHANGED);
        }
        if (isAcceptedBy(partyId)) {
            throw new BusinessException(ErrorKeys.ALREADY_ACCEPTED);
        }
        acceptances.add(new PbAcceptance(this, partyId, username, acceptedHash, at));
    }

    /**
     * The party signed the printed PB: the acceptance binds the text as drafted now (the paper was printed from it),
     * so a later revision drops it like any other.
     */
    void acceptOnPaper(String partyId, String officer, String signedDocumentId, Instant at) {
        if (isAcceptedBy(partyId)) {
            throw new BusinessException(ErrorKeys.ALREADY_ACCEPTED);
        }
        acceptances.add(PbAcceptance.onPaper(this, partyId, officer, documentHash, signedDocumentId, at));
    }

    /** The current text's acceptance by this party, if it accepted it. */
    public java.util.Optional<PbAcceptance> acceptanceOf(String partyId) {
        return acceptances.stream().filter(a -> a.getPartyId().equals(partyId) && a.getAcceptedHash().equals(documentHash)).findFirst();
    }

    public boolean isAcceptedBy(String partyId) {
        return acceptances.stream().anyMatch(a -> a.getPartyId().equals(partyId) && a.getAcceptedHash().equals(documentHash));
    }

    /** Whether every one of the parties accepted the current text. */
    public boolean isAcceptedByAll(Collection<String> partyIds) {
        return !partyIds.isEmpty() && partyIds.stream().allMatch(this::isAcceptedBy);
    }

    public String getId() { return id; }
    public DisputeCase getDisputeCase() { return disputeCase; }
    public String getContent() { return content; }
    public String getDocumentHash() { return documentHash; }
    public String getDraftedBy() { return draftedBy; }
    public Instant getDraftedAt() { return SikhiTime.instant(draftedAt); }
    public String getWitnessMediator() { return witnessMediator; }
    public List<PbAcceptance> getAcceptances() { return Collections.unmodifiableList(acceptances); }
}
