package id.go.jabarprov.disnakertrans.sikhi.web;

import id.go.jabarprov.disnakertrans.platform.enablement.EnablementService;
import id.go.jabarprov.disnakertrans.platform.tenant.TenantContext;
import id.go.jabarprov.disnakertrans.platform.tenant.Tenants;
import id.go.jabarprov.disnakertrans.platform.tenant.Wilayah;
import id.go.jabarprov.disnakertrans.platform.web.Feedback;
import id.go.jabarprov.disnakertrans.sikhi.SikhiModule;
import id.go.jabarprov.disnakertrans.sikhi.application.ConsultationService;
import id.go.jabarprov.disnakertrans.sikhi.domain.Consultation;
import id.go.jabarprov.disnakertrans.sikhi.domain.ConsultationTopic;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A citizen's or company's questions to the Disnaker of a kab/kota, and the answers. */
@Named
@RequestScoped
public class ConsultPage {

    @Inject
    ConsultationService consultations;

    @Inject
    Feedback feedback;

    @Inject
    Tenants tenants;

    @Inject
    TenantContext tenantContext;

    @Inject
    EnablementService enablement;

    private String kabKota;
    private ConsultationTopic topic;
    private String question;
    private List<Consultation> mine;

    public void ask() {
        if (kabKota == null || !tenants.exists(kabKota) || !enablement.isEnabled(kabKota, SikhiModule.ID)) {
            feedback.error("form:kabKota", "sikhi.validation.kabKota");
            jakarta.faces.context.FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        tenantContext.set(kabKota);
        if (feedback.attempt(() -> consultations.ask(topic, question), "sikhi.consult.sent")) {
            question = null;
            mine = null;
        }
    }

    /** Questions in every kab/kota running SIKHI, each read under its own kab/kota. */
    public List<Consultation> getMine() {
        if (mine == null) {
            mine = new ArrayList<>();
            for (Wilayah office : getOffices()) {
                tenantContext.set(office.getCode());
                mine.addAll(consultations.mine());
            }
        }
        return mine;
    }

    public List<Wilayah> getOffices() {
        return enablement.tenantsRunning(SikhiModule.ID);
    }

    public List<ConsultationTopic> getTopics() {
        return Arrays.asList(ConsultationTopic.values());
    }

    public String getKabKota() { return kabKota; }
    public void setKabKota(String v) { this.kabKota = v; }
    public ConsultationTopic getTopic() { return topic; }
    public void setTopic(ConsultationTopic v) { this.topic = v; }
    public String getQuestion() { return question; }
    public void setQuestion(String v) { this.question = v; }
}
