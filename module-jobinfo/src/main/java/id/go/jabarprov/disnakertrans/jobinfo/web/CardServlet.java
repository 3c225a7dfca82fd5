package id.go.jabarprov.disnakertrans.jobinfo.web;

import id.go.jabarprov.disnakertrans.jobinfo.application.SeekerLocator;
import id.go.jabarprov.disnakertrans.jobinfo.application.SeekerService;
import id.go.jabarprov.disnakertrans.jobinfo.domain.JobSeeker;
import id.go.jabarprov.disnakertrans.platform.application.AccessDeniedException;
import id.go.jabarprov.disnakertrans.platform.documents.DocumentService;
import id.go.jabarprov.disnakertrans.platform.documents.Downloads;
import id.go.jabarprov.disnakertrans.platform.documents.StoredDocument;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * The current AK/1 card PDF, or the photo: the holder's own ({@code /me/jobinfo/card}) or, for an officer,
 * a seeker of their kab/kota ({@code /staff/jobinfo/card?id=…}). Anything else is 404.
 */
@WebServlet({"/me/jobinfo/card", "/staff/jobinfo/card"})
public class CardServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient SeekerLocator locator;

    @Inject
    transient SeekerService seekers;

    @Inject
    transient DocumentService documents;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<JobSeeker> seeker;
        try {
            if (request.getServletPath().startsWith("/me/")) {
                seeker = locator.enterOwnOffice().isPresent() ? seekers.mine() : Optional.empty();
            } else {
                seeker = seekers.find(request.getParameter("id"));
            }
        } catch (AccessDeniedException e) {
            seeker = Optional.empty();
        }
        boolean photo = "photo".equals(request.getParameter("part"));
        Optional<StoredDocument> stored = seeker.map(s -> photo ? s.getPhotoId() : s.getCardDocument()).flatMap(documents::find);
        if (stored.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Downloads.send(response, documents, stored.get());
    }
}
