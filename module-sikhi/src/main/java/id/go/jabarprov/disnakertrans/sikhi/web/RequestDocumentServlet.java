package id.go.jabarprov.disnakertrans.sikhi.web;

import id.go.jabarprov.disnakertrans.platform.application.AccessDeniedException;
import id.go.jabarprov.disnakertrans.platform.documents.DocumentService;
import id.go.jabarprov.disnakertrans.platform.documents.Downloads;
import id.go.jabarprov.disnakertrans.platform.documents.StoredDocument;
import id.go.jabarprov.disnakertrans.sikhi.application.ServiceRequestService;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * A document of a PP/PKB/PKWT request: for the company that sent it (its kab/kota in {@code wilayah})
 * and the officers of the kab/kota; else 404.
 */
@WebServlet({"/me/sikhi/request-document", "/staff/sikhi/request-document"})
public class RequestDocumentServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ServiceRequestService requests;

    @Inject
    transient DocumentService documents;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String documentId = request.getParameter("doc");
        Optional<StoredDocument> stored;
        try {
            stored = requests.find(request.getParameter("req")).flatMap(r -> r.getDocuments().stream()
                    .filter(d -> d.getDocumentId().equals(documentId)).findFirst())
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
