package id.go.jabarprov.disnakertrans.jobinfo.application;

import id.go.jabarprov.disnakertrans.jobinfo.domain.JobTime;
import id.go.jabarprov.disnakertrans.jobinfo.domain.SeekerRules;
import id.go.jabarprov.disnakertrans.jobinfo.domain.VacancyRules;
import id.go.jabarprov.disnakertrans.platform.i18n.Messages;
import id.go.jabarprov.disnakertrans.platform.reference.ReferenceData;
import id.go.jabarprov.disnakertrans.platform.tenant.Tenants;
import id.go.jabarprov.disnakertrans.platform.tenant.Wilayah;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;

/** The reference data and the day in West Java, as the domain's checks need them. */
@ApplicationScoped
public class JobRules implements SeekerRules, VacancyRules {

    @Inject
    ReferenceData reference;

    @Inject
    Tenants tenants;

    @Inject
    Messages messages;

    @Override
    public boolean knownOccupation(String code) {
        return reference.occupation(code).map(o -> o.isUnitGroup()).orElse(false);
    }

    @Override
    public boolean knownEducation(String code) {
        return reference.educationLevel(code).isPresent();
    }

    @Override
    public boolean knownKabKota(String code) {
        return tenants.find(code).map(w -> !w.isProvince()).orElse(false);
    }

    @Override
    public boolean placeIn(String kabKota, String kecamatanCode, String desaCode) {
        Wilayah kecamatan = reference.wilayah(kecamatanCode).orElse(null);
        Wilayah desa = reference.wilayah(desaCode).orElse(null);
        return kecamatan != null && desa != null && kecamatan.getLevel() == 3 && desa.getLevel() == 4
                && kabKota.equals(kecamatan.getParentCode()) && kecamatanCode.equals(desa.getParentCode());
    }

    /** Who signs a report the holder makes online, in the card's report box (the card is in Indonesian). */
    public String onlineReportSigner() {
        return messages.text(Messages.INDONESIAN, "jobinfo.report.online");
    }

    @Override
    public LocalDate today() {
        return JobTime.today();
    }
}
