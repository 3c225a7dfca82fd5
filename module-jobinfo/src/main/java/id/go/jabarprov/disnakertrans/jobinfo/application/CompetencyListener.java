package id.go.jabarprov.disnakertrans.jobinfo.application;

import id.go.jabarprov.disnakertrans.jobinfo.JobInfoModule;
import id.go.jabarprov.disnakertrans.jobinfo.infrastructure.SeekerDirectory;
import id.go.jabarprov.disnakertrans.platform.enablement.EnablementService;
import id.go.jabarprov.disnakertrans.platform.events.CompetencyCertified;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * A competency certified anywhere (a training centre, through the core's event) joins the skills of the
 * person's job-seeker record, so matching sees it without the seeker typing it again. The card itself is
 * re-issued only at the next change the seeker makes, not behind their back.
 */
@ApplicationScoped
public class CompetencyListener {

    @Inject
    SeekerDirectory directory;

    @Inject
    EnablementService enablement;

    @Inject
    SeekerOffice seekerOffice;

    public void certified(@Observes CompetencyCertified event) {
        directory.officeOfAccount(event.username())
                .filter(office -> enablement.isEnabled(office, JobInfoModule.ID))
                .ifPresent(office -> seekerOffice.addSkill(office, event.username(), event.competency(), event.certificateNumber()));
    }
}
