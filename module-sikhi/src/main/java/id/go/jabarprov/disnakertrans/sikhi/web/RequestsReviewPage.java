package id.go.jabarprov.disnakertrans.sikhi.web;

import id.go.jabarprov.disnakertrans.platform.web.Feedback;
import id.go.jabarprov.disnakertrans.sikhi.application.ServiceRequestService;
import id.go.jabarprov.disnakertrans.sikhi.domain.ServiceRequest;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.omnifaces.util.Faces;

/** The officers' review of PP, PKB and PKWT requests of their kab/kota. */
@Named
@ViewScoped
public class RequestsReviewPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ServiceRequestService requests;

    @Inject
    transient Feedback feedback;

    private String id;
    private String notes;
    private String referenceNumber;

    public void load() throws IOException {
        if (id != null && requests.find(id).isEmpty()) {
            Faces.responseSendError(404, "not found");
        }
    }

    public List<ServiceRequest> getQueue() {
        return requests.queue();
    }

    public ServiceRequest getCurrent() {
        return id == null ? null : requests.find(id).orElse(null);
    }

    public void returnForCorrection() {
        act(() -> requests.returnForCorrection(id, notes));
    }

    public void approve() {
        act(() -> requests.approve(id, referenceNumber, notes));
    }

    private void act(Runnable step) {
        feedback.attempt(step, "sikhi.staff.done");
    }

    public String getId() { return id; }
    public void setId(String v) { this.id = v; }
    public String getNotes() { return notes; }
    public void setNotes(String v) { this.notes = v; }
    public String getReferenceNumber() { return referenceNumber; }
    public void setReferenceNumber(String v) { this.referenceNumber = v; }
}
