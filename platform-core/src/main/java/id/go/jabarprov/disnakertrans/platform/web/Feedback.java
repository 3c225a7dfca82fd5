package id.go.jabarprov.disnakertrans.platform.web;

import id.go.jabarprov.disnakertrans.platform.application.AccessDeniedException;
import id.go.jabarprov.disnakertrans.platform.application.BusinessException;
import id.go.jabarprov.disnakertrans.platform.i18n.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;

/**
 * Puts a service's refusal on the page: each field's message beside its field (forms have the id
 * {@code form} and inputs are named after the service's fields), the rest at the top. The submitted
 * values stay in the form, so nothing typed is lost.
 */
@ApplicationScoped
public class Feedback {

    public static final String FORM = "form";

    @Inject
    Messages messages;

    public void show(BusinessException e) {
        FacesContext context = FacesContext.getCurrentInstance();
        if (e.key() != null) {
            error(null, e.key());
        }
        e.fieldKeys().forEach((field, key) -> error(FORM + ":" + field, key));
        context.validationFailed();
    }

    /**
     * Runs a step of a page and reports its outcome: the done message, each problem beside its field,
     * or "not permitted" for something the caller may not do. Answers whether the step succeeded.
     */
    public boolean attempt(Runnable step, String doneKey) {
        try {
            step.run();
            info(doneKey);
            return true;
        } catch (BusinessException e) {
            show(e);
        } catch (AccessDeniedException e) {
            error(null, "error.denied");
        }
        return false;
    }

    public void error(String clientId, String key, Object... args) {
        String text = messages.text(key, args);
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
    }

    public void info(String key, Object... args) {
        String text = messages.text(key, args);
        FacesContext context = FacesContext.getCurrentInstance();
        context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
        context.getExternalContext().getFlash().setKeepMessages(true);
    }
}
