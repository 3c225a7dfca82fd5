package id.go.jabarprov.disnakertrans.sikhi.web;

import id.go.jabarprov.disnakertrans.platform.application.AccessDeniedException;
import id.go.jabarprov.disnakertrans.platform.application.BusinessException;
import id.go.jabarprov.disnakertrans.platform.enablement.EnablementService;
import id.go.jabarprov.disnakertrans.platform.tenant.TenantContext;
import id.go.jabarprov.disnakertrans.platform.tenant.Tenants;
import id.go.jabarprov.disnakertrans.platform.tenant.Wilayah;
import id.go.jabarprov.disnakertrans.platform.web.Feedback;
import id.go.jabarprov.disnakertrans.sikhi.SikhiModule;
import id.go.jabarprov.disnakertrans.sikhi.application.ServiceRequestService;
import id.go.jabarprov.disnakertrans.sikhi.domain.ServiceRequest;
import id.go.jabarprov.disnakertrans.sikhi.domain.ServiceRequestKind;
import id.go.jabarprov.disnakertrans.sikhi.domain.ServiceRequestStatus;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A company's PP, PKB and PKWT requests: submit with the document, follow, correct when returned. */
@Named
@ViewScoped
public class RequestsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ServiceRequestService requests;

    @Inject
    transient Feedback feedback;

    @Inject
    transient Tenants tenants;

    @Inject
    transient TenantContext tenantContext;

    @Inject
    transient EnablementService enablement;

    private String kabKota;
    private ServiceRequestKind kind;
    private String companyName;
    private String companyNib;
    private transient Part file;
    private String returnedId;
    private transient Part correction;
    /** Read once per request: the table and the correction form both show it. */
    private transient List<Row> mine;

    public void submit() {
        if (kabKota == null || !getOffices().stream().anyMatch(w -> w.getCode().equals(kabKota))) {
            feedback.error("form:kabKota", "sikhi.validation.kabKota");
            jakarta.faces.context.FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        try (InputStream content = file == null || file.getSize() == 0 ? null : file.getInputStream()) {
            tenantContext.set(kabKota);
            requests.submit(kind, companyName, companyNib, file == null ? null : file.getSubmittedFileName(), content);
            feedback.info("sikhi.requests.sent");
            kind = null;
            mine = null;
        } catch (BusinessException e) {
            feedback.show(e);
        } catch (AccessDeniedException e) {
            feedback.error(null, "error.denied");
        } catch (IOException e) {
            feedback.error("form:file", "sikhi.error.uploadMissing");
        }
    }

    public void resubmit() {
        Row row = getMine().stream().filter(r -> r.request().getId().equals(returnedId)).findFirst().orElse(null);
        if (row == null) {
            feedback.error(null, "error.denied");
            return;
        }
        try (InputStream content = correction == null || correction.getSize() == 0 ? null : correction.getInputStream()) {
            tenantContext.set(row.kabKota());
            requests.resubmit(returnedId, correction == null ? null : correction.getSubmittedFileName(), content);
            feedback.info("sikhi.requests.sent");
            mine = null;
        } catch (BusinessException e) {
            feedback.error("correction:correctionFile", e.key() != null ? e.key() : e.fieldKeys().values().iterator().next());
        } catch (AccessDeniedException e) {
            feedback.error(null, "error.denied");
        } catch (IOException e) {
            feedback.error("correction:correctionFile", "sikhi.error.uploadMissing");
        }
    }

    /** The company's requests in every kab/kota running SIKHI. */
    public List<Row> getMine() {
        if (mine != null) {
            return mine;
        }
        List<Row> rows = new ArrayList<>();
        for (Wilayah office : getOffices()) {
            tenantContext.set(office.getCode());
            requests.mine().forEach(r -> rows.add(new Row(r, office.getCode(), office.getName())));
        }
        mine = rows;
        return rows;
    }

    public List<Row> getReturned() {
        return getMine().stream().filter(r -> r.request().getStatus() == ServiceRequestStatus.RETURNED).toList();
    }

    public List<Wilayah> getOffices() {
        return enablement.tenantsRunning(SikhiModule.ID);
    }

    public List<ServiceRequestKind> getKinds() {
        return Arrays.asList(ServiceRequestKind.values());
    }

    /** A request with the office that holds it. */
    public record Row(ServiceRequest request, String kabKota, String office) {
        public ServiceRequest getRequest() { return request; }
        public String getKabKota() { return kabKota; }
        public String getOffice() { return office; }
    }

    public String getKabKota() { return kabKota; }
    public void setKabKota(String v) { this.kabKota = v; }
    public ServiceRequestKind getKind() { return kind; }
    public void setKind(ServiceRequestKind v) { this.kind = v; }
    public String getCompanyName() { return companyName; }
    public void setCompanyName(String v) { this.companyName = v; }
    public String getCompanyNib() { return companyNib; }
    public void setCompanyNib(String v) { this.companyNib = v; }
    public Part getFile() { return file; }
    public void setFile(Part v) { this.file = v; }
    public String getReturnedId() { return returnedId; }
    public void setReturnedId(String v) { this.returnedId = v; }
    public Part getCorrection() { return correction; }
    public void setCorrection(Part v) { this.correction = v; }
}
