package id.go.jabarprov.disnakertrans.sikhi.application;

import jakarta.enterprise.context.RequestScoped;

/**
 * The case a province officer entered on this request, in its kab/kota ({@link ProvinceDesk#enter}). The
 * services read it to know the caller acts for the province there, not as a member of that kab/kota; it lives
 * one request, like the kab/kota it was entered with.
 */
@RequestScoped
public class ProvinceVisit {

    private String caseId;

    void enter(String caseId) {
        this.caseId = caseId;
    }

    /** Whether the caller came to this case as the province. */
    public boolean isFor(String caseId) {
        return this.caseId != null && this.caseId.equals(caseId);
    }
}
