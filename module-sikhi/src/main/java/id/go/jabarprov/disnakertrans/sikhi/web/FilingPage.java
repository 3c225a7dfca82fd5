package id.go.jabarprov.disnakertrans.sikhi.web;

import id.go.jabarprov.disnakertrans.platform.application.AccessDeniedException;
import id.go.jabarprov.disnakertrans.platform.application.BusinessException;
import id.go.jabarprov.disnakertrans.platform.enablement.EnablementService;
import id.go.jabarprov.disnakertrans.platform.enablement.ModuleDisabledException;
import id.go.jabarprov.disnakertrans.platform.tenant.Tenants;
import id.go.jabarprov.disnakertrans.platform.tenant.Wilayah;
import id.go.jabarprov.disnakertrans.platform.web.Feedback;
import id.go.jabarprov.disnakertrans.sikhi.SikhiModule;
import id.go.jabarprov.disnakertrans.sikhi.application.CaseLocator;
import id.go.jabarprov.disnakertrans.sikhi.application.Filing;
import id.go.jabarprov.disnakertrans.sikhi.application.PartyCaseService;
import id.go.jabarprov.disnakertrans.sikhi.domain.CaseDocument;
import id.go.jabarprov.disnakertrans.sikhi.domain.CaseStage;
import id.go.jabarprov.disnakertrans.sikhi.domain.DisputeCase;
import id.go.jabarprov.disnakertrans.sikhi.domain.DisputeType;
import id.go.jabarprov.disnakertrans.sikhi.domain.DocumentKind;
import id.go.jabarprov.disnakertrans.sikhi.domain.FilingDocuments;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import org.omnifaces.util.Faces;

/**
 * The filing form of a worker, union or company: a new case, or a draft or returned file being
 * completed. Nothing typed is lost on an error: the fields stay in the view.
 */
@Named
@ViewScoped
public class FilingPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient PartyCaseService cases;

    @Inject
    transient CaseLocator locator;

    @Inject
    transient Feedback feedback;

    @Inject
    transient Tenants tenants;

    @Inject
    transient EnablementService enablement;

    private String id;
    private String workplaceKabKota;
    private DisputeType type;
    private String companyName;
    private String companyNib;
    private String companyAddress;
    private String companyContact;
    private String workerName;
    private String workerAddress;
    private String workerContact;
    private boolean represented;
    private String chronology;
    private String demands;
    private DocumentKind documentKind = DocumentKind.RISALAH_BIPARTIT;
    private transient Part file;
    private List<CaseDocument> documents = List.of();
    private String returnReasons;
    private String trackingCode;
    private String secret;
    private boolean filed;

    public void load() throws IOException {
        if (id == null || id.isBlank()) {
            id = null;
            return;
        }
        try {
            locator.enterAsParty(id);
            DisputeCase dispute = cases.open(id);
            if (dispute.getStage() != CaseStage.DRAFT && dispute.getStage() != CaseStage.RETURNED) {
                Faces.redirect("me/sikhi/case.xhtml?id=%s", id);
                return;
            }
            show(dispute);
        } catch (AccessDeniedException e) {
            Faces.responseSendError(404, "not found");
        }
    }

    private void show(DisputeCase dispute) {
        workplaceKabKota = dispute.getWorkplaceKabKotaCode();
        type = dispute.getType();
        companyName = dispute.getCompanyName();
        companyNib = dispute.getCompanyNib();
        companyAddress = dispute.getCompanyAddress();
        workerName = dispute.getWorkerName();
        represented = dispute.isRepresented();
        chronology = dispute.getChronology();
        demands = dispute.getDemands();
        dispute.getParties().forEach(p -> {
            if (p.isWorkerSide()) {
                workerAddress = p.getAddress();
                workerContact = p.getContact();
            } else {
                companyAddress = p.getAddress() == null ? companyAddress : p.getAddress();
                companyContact = p.getContact();
            }
        });
        documents = dispute.getDocuments();
        trackingCode = dispute.getTrackingCode();
        returnReasons = dispute.getStage() == CaseStage.RETURNED ? String.join("; ", dispute.getReturnReasons()) : null;
    }

    public void saveDraft() {
        try {
            save();
            feedback.info("sikhi.file.saved");
        } catch (BusinessException e) {
            feedback.show(e);
        } catch (ModuleDisabledException e) {
            feedback.error("form:workplaceKabKota", "sikhi.error.moduleOff");
        } catch (AccessDeniedException e) {
            feedback.error(null, "error.denied");
        }
    }

    public void submit() {
        try {
            // every problem of the form at once, before a draft is even saved; missing documents come from the
            // service after the draft is saved, so the upload that completes the file can follow at once
            var problems = filing().filingProblems();
            if (!problems.isEmpty()) {
                throw new BusinessException(problems);
            }
            save();
            locator.enterAsParty(id);
            secret = cases.file(id, filing());
            filed = true;
        } catch (BusinessException e) {
            showFilingProblems(e);
        } catch (ModuleDisabledException e) {
            feedback.error("form:workplaceKabKota", "sikhi.error.moduleOff");
        } catch (AccessDeniedException e) {
            feedback.error(null, "error.denied");
        }
    }

    /**
     * The form's problems beside their fields; a missing surat kuasa beside the upload field (another form on
     * the page), with that kind chosen there, so the filer sees where to act. Nothing typed or uploaded is lost.
     */
    private void showFilingProblems(BusinessException e) {
        java.util.Map<String, String> onForm = new java.util.LinkedHashMap<>(e.fieldKeys());
        String suratKuasa = onForm.remove(FilingDocuments.SURAT_KUASA);
        if (suratKuasa != null) {
            feedback.error("upload:file", suratKuasa);
            documentKind = DocumentKind.SURAT_KUASA;
        }
        if (e.key() != null || !onForm.isEmpty()) {
            feedback.show(e.key() != null ? new BusinessException(e.key()) : new BusinessException(onForm));
        } else {
            Faces.validationFailed();
        }
    }

    public void upload() {
        if (id == null) {
            feedback.error("upload:file", "sikhi.file.saveFirst");
            return;
        }
        if (file == null || file.getSize() == 0) {
            feedback.error("upload:file", "sikhi.error.uploadMissing");
            return;
        }
        try (InputStream content = file.getInputStream()) {
            locator.enterAsParty(id);
            cases.upload(id, documentKind, file.getSubmittedFileName(), content);
            documents = cases.open(id).getDocuments();
            feedback.info("sikhi.file.uploaded");
        } catch (BusinessException e) {
            // the core names its upload problems by field; on this form the field is the file
            String key = e.key() != null ? e.key() : e.fieldKeys().values().iterator().next();
            feedback.error("upload:file", key);
        } catch (IOException e) {
            feedback.error("upload:file", "sikhi.error.uploadMissing");
        }
    }

    private void save() {
        if (id == null) {
            if (workplaceKabKota != null && tenants.exists(workplaceKabKota)) {
                locator.enterKabKota(workplaceKabKota);
            } else {
                throw new BusinessException(java.util.Map.of("workplaceKabKota", "sikhi.validation.kabKota"));
            }
            DisputeCase dispute = cases.startDraft(filing());
            id = dispute.getId();
            trackingCode = dispute.getTrackingCode();
        } else {
            locator.enterAsParty(id);
            cases.updateDraft(id, filing());
        }
    }

    private Filing filing() {
        return new Filing(workplaceKabKota, type, companyName, companyNib, companyAddress, companyContact, workerName,
                workerAddress, workerContact, represented, chronology, demands);
    }

    /** The kab/kota where SIKHI takes filings. */
    public List<Wilayah> getKabKotaOptions() {
        return enablement.tenantsRunning(SikhiModule.ID);
    }

    public List<DisputeType> getTypes() {
        return Arrays.asList(DisputeType.values());
    }

    public List<DocumentKind> getUploadKinds() {
        return Arrays.stream(DocumentKind.values()).filter(k -> !k.isAttachedByOffice() && k != DocumentKind.BUKTI_PENDAFTARAN_PHI).toList();
    }

    public String getKabKotaName() {
        return workplaceKabKota == null ? "" : tenants.nameOf(workplaceKabKota);
    }

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getWorkplaceKabKota() { return workplaceKabKota; }
    public void setWorkplaceKabKota(String v) { this.workplaceKabKota = v; }
    public DisputeType getType() { return type; }
    public void setType(DisputeType type) { this.type = type; }
    public String getCompanyName() { return companyName; }
    public void setCompanyName(String v) { this.companyName = v; }
    public String getCompanyNib() { return companyNib; }
    public void setCompanyNib(String v) { this.companyNib = v; }
    public String getCompanyAddress() { return companyAddress; }
    public void setCompanyAddress(String v) { this.companyAddress = v; }
    public String getCompanyContact() { return companyContact; }
    public void setCompanyContact(String v) { this.companyContact = v; }
    public String getWorkerName() { return workerName; }
    public void setWorkerName(String v) { this.workerName = v; }
    public String getWorkerAddress() { return workerAddress; }
    public void setWorkerAddress(String v) { this.workerAddress = v; }
    public String getWorkerContact() { return workerContact; }
    public void setWorkerContact(String v) { this.workerContact = v; }
    public boolean isRepresented() { return represented; }
    public void setRepresented(boolean v) { this.represented = v; }
    public String getChronology() { return chronology; }
    public void setChronology(String v) { this.chronology = v; }
    public String getDemands() { return demands; }
    public void setDemands(String v) { this.demands = v; }
    public DocumentKind getDocumentKind() { return documentKind; }
    public void setDocumentKind(DocumentKind v) { this.documentKind = v; }
    public Part getFile() { return file; }
    public void setFile(Part file) { this.file = file; }
    public List<CaseDocument> getDocuments() { return documents; }
    public String getReturnReasons() { return returnReasons; }
    public String getTrackingCode() { return trackingCode; }
    public String getSecret() { return secret; }
    public boolean isFiled() { return filed; }
}
