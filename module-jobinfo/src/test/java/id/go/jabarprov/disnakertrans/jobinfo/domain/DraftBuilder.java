package id.go.jabarprov.disnakertrans.jobinfo.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

/** A valid vacancy to change one thing of; the record has sixteen components and no withers. */
public final class DraftBuilder {

    public String title = "Teknisi Listrik Gedung";
    public String occupationCode = "7411";
    public Integer needed = 3;
    public LocalDate validFrom = FixedRules.TODAY;
    public LocalDate validUntil = FixedRules.TODAY.plusDays(30);
    public Integer ageMin = 20;
    public Integer ageMax = 40;
    public SexRequirement sex = SexRequirement.ANY;
    public String educationCode = "SMK";
    public List<String> skills = List.of("Instalasi listrik", "K3 listrik");
    public Integer experienceYears = 2;
    public Long wageMin = 4_600_000L;
    public Long wageMax = 5_500_000L;
    public String workKabKota = "32.73";
    public String workAddress = "Jl. Asia Afrika No. 8, Kota Bandung";
    public String description = "Memasang dan merawat instalasi listrik gedung perkantoran.";

    public static VacancyDraft valid() {
        return new DraftBuilder().build();
    }

    public static VacancyDraft with(Consumer<DraftBuilder> change) {
        DraftBuilder builder = new DraftBuilder();
        change.accept(builder);
        return builder.build();
    }

    public VacancyDraft build() {
        return new VacancyDraft(title, occupationCode, needed, validFrom, validUntil, ageMin, ageMax, sex,
                educationCode, skills, experienceYears, wageMin, wageMax, workKabKota, workAddress, description);
    }
}
