package id.go.jabarprov.disnakertrans.sikhi.web;

import id.go.jabarprov.disnakertrans.platform.tenant.Tenants;
import id.go.jabarprov.disnakertrans.platform.web.Feedback;
import id.go.jabarprov.disnakertrans.sikhi.application.StatusCheck;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The public status check: a stateless page, the answer only for the right code and secret. */
@Named
@RequestScoped
public class StatusPage {

    @Inject
    StatusCheck statusCheck;

    @Inject
    Feedback feedback;

    @Inject
    Tenants tenants;

    private String code;
    private String secret;
    private StatusCheck.CaseStatus status;

    public void check() {
        status = statusCheck.check(code, secret).orElse(null);
        if (status == null) {
            feedback.error(null, "sikhi.status.notFound");
        }
    }

    public String getKabKotaName() {
        return status == null ? "" : tenants.nameOf(status.kabKota());
    }

    public StatusCheck.CaseStatus getStatus() { return status; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getSecret() { return secret; }
    public void setSecret(String secret) { this.secret = secret; }
}
