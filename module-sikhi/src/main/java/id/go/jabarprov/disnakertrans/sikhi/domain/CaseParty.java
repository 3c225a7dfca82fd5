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
import java.util.UUID;

/**
 * A party to a dispute: a worker, a union or the company, with the account it follows the case with
 * (if any) and its representative. The law lets the mediator refuse a representative without a surat
 * kuasa khusus, so a representative can be recorded without one and {@link #hasSuratKuasa()} shows it.
 * Changed only through {@link DisputeCase}, which knows in which stage what may change.
 */
@Entity
@Table(name = "sikhi_party")
public class CaseParty extends TenantOwnedEntity {

    @Id
    private String id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "case_id", nullable = false, updatable = false)
    private DisputeCase disputeCase;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Enumerated(EnumType.STRING)
    @Column(name = "party_role", nullable = false)
    private PartyRole role;

    @Column(nullable = false)
    private String name;

    /** The portal account that acts for this party, by username; null for a party without an account. */
    private String username;

    private String address;

    private String contact;

    @Column(name = "representative_name")
    private String representativeName;

    /** The core's stored document id of the surat kuasa khusus. */
    @Column(name = "surat_kuasa_document_id")
    private String suratKuasaDocumentId;

    @Version
    private long version;

    protected CaseParty() {
    }

    CaseParty(DisputeCase disputeCase, int sortOrder, PartyRole role, String name, String username, String address,
            String contact) {
        this.id = UUID.randomUUID().toString();
        this.disputeCase = disputeCase;
        this.sortOrder = sortOrder;
        this.role = role;
        this.username = Texts.clean(username);
        update(name, address, contact);
    }

    void update(String name, String address, String contact) {
        this.name = Texts.clean(name);
        this.address = Texts.clean(address);
        this.contact = Texts.clean(contact);
    }

    void linkAccount(String username) {
        this.username = Texts.clean(username);
    }

    void appointRepresentative(String representativeName, String suratKuasaDocumentId) {
        this.representativeName = Texts.clean(representativeName);
        this.suratKuasaDocumentId = this.representativeName == null ? null : Texts.clean(suratKuasaDocumentId);
    }

    /** The mediator accepted the representative on a new surat kuasa khusus: it is the one on record now. */
    void replaceSuratKuasa(String documentId) {
        this.suratKuasaDocumentId = Texts.clean(documentId);
    }

    public boolean hasRepresentative() {
        return representativeName != null;
    }

    /** Whether a representative is recorded with a surat kuasa khusus. */
    public boolean hasSuratKuasa() {
        return representativeName != null && suratKuasaDocumentId != null;
    }

    public boolean isWorkerSide() {
        return role.isWorkerSide();
    }

    public String getId() { return id; }
    public DisputeCase getDisputeCase() { return disputeCase; }
    public int getSortOrder() { return sortOrder; }
    public PartyRole getRole() { return role; }
    public String getName() { return name; }
    public String getUsername() { return username; }
    public String getAddress() { return address; }
    public String getContact() { return contact; }
    public String getRepresentativeName() { return representativeName; }
    public String getSuratKuasaDocumentId() { return suratKuasaDocumentId; }
}
