package id.go.jabarprov.disnakertrans.sikhi.application;

import id.go.jabarprov.disnakertrans.platform.application.AccessDeniedException;
import id.go.jabarprov.disnakertrans.platform.application.BusinessException;
import id.go.jabarprov.disnakertrans.platform.audit.AuditService;
import id.go.jabarprov.disnakertrans.platform.documents.DocumentService;
import id.go.jabarprov.disnakertrans.platform.documents.StoredDocument;
import id.go.jabarprov.disnakertrans.platform.enablement.ModuleService;
import id.go.jabarprov.disnakertrans.platform.identity.Account;
import id.go.jabarprov.disnakertrans.platform.identity.CurrentUser;
import id.go.jabarprov.disnakertrans.platform.notification.Notifier;
import id.go.jabarprov.disnakertrans.sikhi.SikhiModule;
import id.go.jabarprov.disnakertrans.sikhi.domain.ServiceRequest;
import id.go.jabarprov.disnakertrans.sikhi.domain.ServiceRequestKind;
import id.go.jabarprov.disnakertrans.sikhi.domain.ServiceRequestStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A company's requests to the Disnaker of a kab/kota: validation of its company regulation (PP),
 * registration of a collective agreement (PKB) or of fixed-term contracts (PKWT). Submitted with the
 * document, reviewed by an officer, returned with what to correct or approved with a reference number.
 */
@ApplicationScoped
@ModuleService(SikhiModule.ID)
public class ServiceRequestService {

    @PersistenceContext(unitName = "sikhi")
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditService audit;

    @Inject
    DocumentService documents;

    @Inject
    Notifier notifier;

    @Transactional
    public ServiceRequest submit(ServiceRequestKind kind, String companyName, String companyNib, String fileName, InputStream content) {
        requireEmployer();
        ServiceRequest request = new ServiceRequest(kind, companyName, companyNib, currentUser.getUsername(), Instant.now());
        attach(request, fileName, content);
        em.persist(request);
        audit.record(SikhiModule.ID, "request.submitted", request.getId(), kind.name(), null);
        return request;
    }

    /** The corrected document of a returned request, which goes back for review. */
    @Transactional
    public void resubmit(String id, String fileName, InputStream content) {
        ServiceRequest request = own(id);
        attach(request, fileName, content);
        request.resubmit(Instant.now());
        audit.record(SikhiModule.ID, "request.resubmitted", id, request.getKind().name(), null);
    }

    @Transactional
    public List<ServiceRequest> mine() {
        return loaded(em.createQuery("select r from ServiceRequest r where r.submittedBy = :me order by r.submittedAt desc",
                ServiceRequest.class).setParameter("me", currentUser.getUsername()).getResultList());
    }

    @Transactional
    public List<ServiceRequest> queue() {
        requireOfficer();
        return loaded(em.createQuery("select r from ServiceRequest r order by r.status, r.submittedAt", ServiceRequest.class)
                .setMaxResults(300).getResultList());
    }

    /** Documents read inside the transaction, under the request's kab/kota (see {@code Cases.loaded}). */
    private static List<ServiceRequest> loaded(List<ServiceRequest> list) {
        list.forEach(r -> r.getDocuments().size());
        return list;
    }

    /** A request of the kab/kota for an officer, or the caller's own; nothing else. */
    @Transactional
    public Optional<ServiceRequest> find(String id) {
        ServiceRequest request = id == null ? null : em.find(ServiceRequest.class, id);
        if (request != null) {
            request.getDocuments().size();
        }
        boolean visible = request != null && (currentUser.can(SikhiModule.CONSULT) || request.getSubmittedBy().equals(currentUser.getUsername()));
        return visible ? Optional.of(request) : Optional.empty();
    }

    @Transactional
    public void returnForCorrection(String id, String notes) {
        ServiceRequest request = officersRequest(id);
        request.returnForCorrection(notes, currentUser.getUsername(), Instant.now());
        audit.record(SikhiModule.ID, "request.returned", id, request.getKind().name(), notes);
        notifier.notify(request.getSubmittedBy(), SikhiModule.ID, "sikhi.notify.request", "/me/sikhi/requests.xhtml", request.getCompanyName());
    }

    @Transactional
    public void approve(String id, String referenceNumber, String notes) {
        ServiceRequest request = officersRequest(id);
        request.approve(referenceNumber, notes, currentUser.getUsername(), Instant.now());
        audit.record(SikhiModule.ID, "request.approved", id, request.getKind().name() + " " + referenceNumber, null);
        notifier.notify(request.getSubmittedBy(), SikhiModule.ID, "sikhi.notify.request", "/me/sikhi/requests.xhtml", request.getCompanyName());
    }

    private void attach(ServiceRequest request, String fileName, InputStream content) {
        if (content == null) {
            throw new BusinessException(Map.of("file", "sikhi.error.uploadMissing"));
        }
        StoredDocument stored = documents.store(SikhiModule.ID, "file", fileName, content, DocumentService.SCANS, PartyCaseService.MAX_UPLOAD);
        request.addDocument(fileName, stored.getId(), currentUser.getUsername(), Instant.now());
    }

    private ServiceRequest own(String id) {
        requireEmployer();
        return find(id).filter(r -> r.getSubmittedBy().equals(currentUser.getUsername()))
                .orElseThrow(() -> new AccessDeniedException("not the company's request"));
    }

    private ServiceRequest officersRequest(String id) {
        requireOfficer();
        ServiceRequest request = find(id).orElseThrow(() -> new AccessDeniedException("no request " + id));
        if (request.getStatus() == ServiceRequestStatus.APPROVED) {
            throw new BusinessException("sikhi.error.requestDecided");
        }
        return request;
    }

    private void requireEmployer() {
        if (currentUser.account().map(a -> a.getKind() != Account.Kind.EMPLOYER).orElse(true)) {
            throw new AccessDeniedException("companies make these requests");
        }
    }

    private void requireOfficer() {
        if (!currentUser.can(SikhiModule.CONSULT)) {
            throw new AccessDeniedException("missing " + SikhiModule.CONSULT);
        }
    }
}
