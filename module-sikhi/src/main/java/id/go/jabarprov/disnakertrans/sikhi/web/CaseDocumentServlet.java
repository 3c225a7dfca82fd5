package id.go.jabarprov.disnakertrans.sikhi.web;

import id.go.jabarprov.disnakertrans.platform.application.AccessDeniedException;
import id.go.jabarprov.disnakertrans.platform.documents.DocumentService;
import id.go.jabarprov.disnakertrans.platform.documents.Downloads;
import id.go.jabarprov.disnakertrans.platform.documents.StoredDocument;
import id.go.jabarprov.disnakertrans.platform.identity.CurrentUser;
import id.go.jabarprov.disnakertrans.sikhi.application.CaseLocator;
import id.go.jabarprov.disnakertrans.sikhi.application.PartyCaseService;
import id.go.jabarprov.disnakertrans.sikhi.application.ProvinceDesk;
import id.go.jabarprov.disnakertrans.sikhi.application.StaffCaseService;
import id.go.jabarprov.disnakertrans.sikhi.domain.DisputeCase;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * A document of a case, for its parties ({@code /me/...}) and for the officers who may see the case
 * ({@code /staff/...}): only a document attached to that very case, or a file sent with a Klarifikasi answer of it
 * (to the office and the party that sent it), else 404.
 */
@WebServlet({"/me/sikhi/document", "/staff/sikhi/document"})
public class CaseDocumentServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CaseLocator locator;

    @Inject
    transient PartyCaseService partyCases;

    @Inject
    transient StaffCaseService staffCases;

    @Inject
    transient ProvinceDesk provinceDesk;

    @Inject
    transient DocumentService documents;

    @Inject
    transient CurrentUser currentUser;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String caseId = request.getParameter("case");
        String documentId = request.getParameter("doc");
        Optional<StoredDocument> stored;
        try {
            DisputeCase dispute;
            java.util.List<id.go.jabarprov.disnakertrans.sikhi.domain.CaseDocument> visible;
            boolean party = request.getServletPath().startsWith("/me/");
            if (party) {
                locator.enterAsParty(caseId);
                // another party's pending forum statement is not theirs to read yet
                dispute = partyCases.open(caseId);
                visible = dispute.documentsVisibleToParty(currentUser.getUsername());
            } else {
                provinceDesk.enter(caseId); // a province officer reads a delegated case in its kab/kota
                dispute = staffCases.open(caseId);
                visible = dispute.getDocuments();
            }
            Optional<String> partyId = dispute.partyOf(currentUser.getUsername()).map(p -> p.getId());
            // a Klarifikasi answer's file: the office's to read, and the answering party's, never the other parties'
            Optional<String> klarifikasiFile = dispute.findKlarifikasiAttachment(documentId)
                    .filter(f -> !party || partyId.filter(f.getAnswer().getPartyId()::equals).isPresent())
                    .map(f -> f.getDocumentId());
            stored = visible.stream().filter(d -> d.getDocumentId().equals(documentId)).findFirst()
                    .map(d -> d.getDocumentId()).or(() -> klarifikasiFile)
                    .flatMap(documents::find);
        } catch (AccessDeniedException e) {
            stored = Optional.empty();
        }
        if (stored.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Downloads.send(response, documents, stored.get());
    }
}
