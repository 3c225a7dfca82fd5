package id.go.jabarprov.disnakertrans.sikhi.infrastructure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An account that takes part in a case (the filer, a linked company or union): its "my cases" list. */
@Entity
@Table(name = "sikhi_case_access")
public class CaseAccess {

    @Id
    private String id;

    @Column(name = "case_id")
    private String caseId;

    private String username;

    protected CaseAccess() {
    }

    public CaseAccess(String caseId, String username) {
        this.id = caseId + ":" + username;
        this.caseId = caseId;
        this.username = username;
    }

    public String getCaseId() { return caseId; }
    public String getUsername() { return username; }
}
