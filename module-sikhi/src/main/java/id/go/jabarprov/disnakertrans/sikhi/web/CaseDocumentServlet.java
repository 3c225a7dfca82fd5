package id.go.jabarprov.disnakertrans.sikhi.web;

import id.go.jabarprov.disnakertrans.platform.application.AccessDeniedException;
import id.go.jabarprov.disnakertrans.platform.documents.DocumentService;
import id.go.jabarprov.disnakertrans.platform.documents.Downloads;
import id.go.jabarprov.disnakertrans.platform.documents.StoredDocument;
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
 * ({@code /staff/...}): only a document attached to that very case, else 404.
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
    transient id.go.jabarprov.disnakertrans.platform.identity.CurrentUser currentUser;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String caseId = request.getParameter("case");
        String documentId = request.getParameter("doc");
        Optional<StoredDocument> stored;
        try {
            java.util.List<id.go.jabarprov.disnakertrans.sikhi.domain.CaseDocument> visible;
            if (request.getServletPath().startsWith("/me/")) {
                locator.enterAsParty(caseId);
                // another party's pending forum statement is not theirs to read yet
                visible = partyCases.open(caseId).documentsVisibleToParty(currentUser.getUsername());
            } else {
                provinceDesk.enter(caseId); // a province officer reads a delegated case in its kab/kota
                visible = staffCases.open(caseId).getDocuments();
            }
            stored = visible.stream().filter(d -> d.getDocumentId().equals(documentId)).findFirst()
                    .flatMap(d -> documents.find(d.getDocumentId()));
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
