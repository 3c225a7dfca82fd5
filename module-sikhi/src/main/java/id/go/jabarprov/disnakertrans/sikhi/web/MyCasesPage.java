package id.go.jabarprov.disnakertrans.sikhi.web;

import id.go.jabarprov.disnakertrans.platform.application.AccessDeniedException;
import id.go.jabarprov.disnakertrans.platform.identity.CurrentUser;
import id.go.jabarprov.disnakertrans.platform.tenant.Tenants;
import id.go.jabarprov.disnakertrans.sikhi.application.CaseLocator;
import id.go.jabarprov.disnakertrans.sikhi.application.PartyCaseService;
import id.go.jabarprov.disnakertrans.sikhi.domain.CaseStage;
import id.go.jabarprov.disnakertrans.sikhi.domain.DisputeCase;
import id.go.jabarprov.disnakertrans.sikhi.infrastructure.CaseDirectory;
import id.go.jabarprov.disnakertrans.sikhi.infrastructure.CaseDirectoryEntry;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;

/** A party's cases across every kab/kota they filed in or were linked to. */
@Named
@RequestScoped
public class MyCasesPage {

    @Inject
    CaseDirectory directory;

    @Inject
    CaseLocator locator;

    @Inject
    PartyCaseService cases;

    @Inject
    CurrentUser currentUser;

    @Inject
    Tenants tenants;

    private List<Row> rows;

    public List<Row> getRows() {
        if (rows == null) {
            rows = new ArrayList<>();
            for (CaseDirectoryEntry entry : directory.casesOf(currentUser.getUsername())) {
                try {
                    locator.enterAsParty(entry.getCaseId());
                    DisputeCase d = cases.open(entry.getCaseId());
                    rows.add(new Row(d.getId(), d.getTrackingCode(), d.getRegistrationNumber(), d.getType() == null ? null : d.getType().key(),
                            d.getStage(), tenants.nameOf(entry.getTenantCode()), d.getCompanyName()));
                } catch (AccessDeniedException e) {
                    // SIKHI was switched off in that kab/kota since: the case is out of reach for now
                }
            }
        }
        return rows;
    }

    /** One line of the list. */
    public record Row(String id, String trackingCode, String registrationNumber, String typeKey, CaseStage stage,
            String kabKota, String companyName) {
        public String getId() { return id; }
        public String getTrackingCode() { return trackingCode; }
        public String getRegistrationNumber() { return registrationNumber; }
        public String getTypeKey() { return typeKey; }
        public String getStageKey() { return stage.key(); }
        public String getKabKota() { return kabKota; }
        public String getCompanyName() { return companyName; }
        public String getLink() {
            return (stage == CaseStage.DRAFT || stage == CaseStage.RETURNED ? "/me/sikhi/file.xhtml?id=" : "/me/sikhi/case.xhtml?id=") + id;
        }
    }
}
