package id.go.jabarprov.disnakertrans.jobinfo.api;

import id.go.jabarprov.disnakertrans.jobinfo.JobInfoModule;
import id.go.jabarprov.disnakertrans.jobinfo.application.LabourFigures;
import id.go.jabarprov.disnakertrans.jobinfo.infrastructure.FiguresReport;
import id.go.jabarprov.disnakertrans.platform.api.ApiCaller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The labour-market figures of the dashboard as JSON: counts only, no person. */
@Path("jobinfo/figures/{kabkota}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class FiguresResource {

    @Inject
    ApiCaller caller;

    @Inject
    LabourFigures figures;

    @GET
    @Operation(summary = "Job seekers, vacancies and placements of a kab/kota, or of the province with code 32, by month, sex, education and KBJI major group (401 without a user, 404 for another kab/kota)")
    public FiguresReport.Figures figures(@PathParam("kabkota") String code) {
        caller.actOn(code, JobInfoModule.FIGURES);
        return figures.of(code);
    }
}
