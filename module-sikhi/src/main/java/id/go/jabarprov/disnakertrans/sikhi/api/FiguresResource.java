package id.go.jabarprov.disnakertrans.sikhi.api;

import id.go.jabarprov.disnakertrans.platform.api.ApiCaller;
import id.go.jabarprov.disnakertrans.sikhi.SikhiModule;
import id.go.jabarprov.disnakertrans.sikhi.application.CaseFigures;
import id.go.jabarprov.disnakertrans.sikhi.application.FiguresQuery;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** SIKHI's case figures, the same aggregates as the dashboard, for officers of the kab/kota (or the province). */
@Path("sikhi/figures/{kabkota}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class FiguresResource {

    @Inject
    ApiCaller caller;

    @Inject
    FiguresQuery query;

    @GET
    @Operation(summary = "Industrial-dispute figures of a kab/kota, or of the province with code 32 (401 without a user, 404 for another kab/kota)")
    public FiguresDto figures(@PathParam("kabkota") String code) {
        caller.actOn(code, SikhiModule.FIGURES);
        CaseFigures.Figures figures = query.of(code);
        Map<String, Integer> byType = new TreeMap<>();
        figures.getByType().forEach((k, v) -> byType.put(k.name(), v));
        Map<String, Integer> byStage = new TreeMap<>();
        figures.getByStage().forEach((k, v) -> byStage.put(k.name(), v));
        return new FiguresDto(code, figures.getTotal(), byType, byStage, figures.getClosed(), figures.getAverageDaysToClose(),
                figures.getP90DaysToClose(), figures.getOverdue());
    }

    /** The aggregates; no case, no name. */
    public record FiguresDto(String kabKota, int total, Map<String, Integer> byType, Map<String, Integer> byStage, int closed,
            Double averageDaysToClose, Long p90DaysToClose, int overdue) {
    }
}
