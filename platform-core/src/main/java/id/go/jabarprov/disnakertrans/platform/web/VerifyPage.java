package id.go.jabarprov.disnakertrans.platform.web;

import id.go.jabarprov.disnakertrans.platform.tenant.Tenants;
import id.go.jabarprov.disnakertrans.platform.verification.IssuedDocument;
import id.go.jabarprov.disnakertrans.platform.verification.IssuedDocuments;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.Optional;
import org.omnifaces.util.Faces;

/** The public check of a document's code: genuine, by whom, when, still valid. Stateless, no sign-in. */
@Named
@RequestScoped
public class VerifyPage {

    @Inject
    IssuedDocuments issued;

    @Inject
    Tenants tenants;

    private String code;
    private Optional<IssuedDocument> found;

    /** Looks the code up; an unknown code answers 404 with the page's explanation. */
    public void load() {
        if (code != null && !code.isBlank() && document().isEmpty()) {
            Faces.getResponse().setStatus(404);
        }
    }

    public Optional<IssuedDocument> document() {
        if (found == null) {
            found = issued.find(code);
        }
        return found;
    }

    public IssuedDocument getDocument() {
        return document().orElse(null);
    }

    public boolean isAsked() {
        return code != null && !code.isBlank();
    }

    public String getStatus() {
        IssuedDocument d = getDocument();
        if (d == null) {
            return null;
        }
        if (d.getRevokedAt() != null) {
            return "REVOKED";
        }
        return d.isValidOn(LocalDate.now(Formats.JAKARTA)) ? "VALID" : "EXPIRED";
    }

    public String getIssuer() {
        return document().map(d -> tenants.nameOf(d.getTenantCode())).orElse(null);
    }

    public String getFingerprint() {
        return document().flatMap(issued::fingerprint).orElse(null);
    }

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
}
