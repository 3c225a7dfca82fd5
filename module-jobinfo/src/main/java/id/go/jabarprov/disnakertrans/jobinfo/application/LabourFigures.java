package id.go.jabarprov.disnakertrans.jobinfo.application;

import id.go.jabarprov.disnakertrans.jobinfo.JobInfoModule;
import id.go.jabarprov.disnakertrans.jobinfo.domain.JobTime;
import id.go.jabarprov.disnakertrans.jobinfo.infrastructure.FiguresReport;
import id.go.jabarprov.disnakertrans.platform.application.AccessDeniedException;
import id.go.jabarprov.disnakertrans.platform.enablement.EnablementService;
import id.go.jabarprov.disnakertrans.platform.identity.CurrentUser;
import id.go.jabarprov.disnakertrans.platform.tenant.Tenants;
import id.go.jabarprov.disnakertrans.platform.tenant.Wilayah;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Labour-market figures of a kab/kota the caller may act on, or of the province ({@code 32}: every
 * kab/kota running the module, for those with the province-wide permission).
 */
@ApplicationScoped
public class LabourFigures {

    @Inject
    FiguresReport report;

    @Inject
    CurrentUser currentUser;

    @Inject
    Tenants tenants;

    @Inject
    EnablementService enablement;

    public FiguresReport.Figures of(String code) {
        if (!tenants.exists(code) || !currentUser.canActOn(code) || !currentUser.can(JobInfoModule.FIGURES)) {
            throw new AccessDeniedException("no figures of " + code);
        }
        Set<String> running = enablement.tenantsRunning(JobInfoModule.ID).stream().map(Wilayah::getCode)
                .filter(c -> !Wilayah.PROVINCE_CODE.equals(c)).collect(Collectors.toSet());
        Set<String> scope = Wilayah.PROVINCE_CODE.equals(code) ? running
                : running.contains(code) ? Set.of(code) : Set.of();
        return report.of(scope, JobTime.today());
    }
}
