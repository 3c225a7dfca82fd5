package id.go.jabarprov.disnakertrans.platform.web;

import id.go.jabarprov.disnakertrans.platform.application.BusinessException;
import id.go.jabarprov.disnakertrans.platform.identity.AccountService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;

/** Self-registration of a citizen: name, e-mail, password, NIK. */
@Named
@RequestScoped
public class RegisterPage {

    @Inject
    AccountService accounts;

    @Inject
    Feedback feedback;

    private String name;
    private String email;
    private String password;
    private String nik;

    public void register() throws IOException {
        try {
            accounts.registerCitizen(name, email, password, nik);
        } catch (BusinessException e) {
            feedback.show(e);
            return;
        }
        feedback.info("register.done");
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + "/login.xhtml");
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
    public String getNik() { return nik; }
    public void setNik(String nik) { this.nik = nik; }
}
