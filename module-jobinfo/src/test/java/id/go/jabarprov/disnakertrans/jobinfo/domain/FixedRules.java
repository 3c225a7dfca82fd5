package id.go.jabarprov.disnakertrans.jobinfo.domain;

import java.time.LocalDate;
import java.util.Set;

/** A few real codes of the reference lists, and Monday 2 March 2026 as today. */
public final class FixedRules implements VacancyRules {

    public static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    public static final FixedRules RULES = new FixedRules();

    private static final Set<String> OCCUPATIONS = Set.of("8153", "7411", "2512", "5223", "0111");
    private static final Set<String> EDUCATION = Set.of("SD", "SMP", "SMA", "SMK", "D3", "S1");
    private static final Set<String> KAB_KOTA = Set.of("32.04", "32.10", "32.73");

    @Override
    public boolean knownOccupation(String code) {
        return OCCUPATIONS.contains(code);
    }

    @Override
    public boolean knownEducation(String code) {
        return EDUCATION.contains(code);
    }

    @Override
    public boolean knownKabKota(String code) {
        return KAB_KOTA.contains(code);
    }

    @Override
    public LocalDate today() {
        return TODAY;
    }
}
