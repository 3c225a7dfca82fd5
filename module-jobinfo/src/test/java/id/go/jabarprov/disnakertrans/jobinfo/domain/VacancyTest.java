package id.go.jabarprov.disnakertrans.jobinfo.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.jabarprov.disnakertrans.platform.application.BusinessException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A vacancy of PT Konveksi Priangan in Kota Bandung, open 1–30 June 2026, three sewing-machine operators. */
class VacancyTest {

    private static Employer verifiedEmployer() {
        Employer employer = new Employer("pt.konveksi", Instant.now());
        employer.describe("PT Konveksi Priangan", "9120001234567", "14", true, "Jl. Moh. Toha 77", null, null);
        employer.verify("pengantar", Instant.now());
        return employer;
    }

    private static VacancyDraft draft() {
        return new VacancyDraft("Operator Mesin Jahit", "8153", 3, LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 30), 18, 35,
                SexRequirement.ANY, "SMP", List.of("Menjahit"), null, 4_500_000L, 5_200_000L, "32.73", null,
                "Menjahit pakaian jadi.");
    }

    @Test
    void anUnverifiedEmployerCannotReportAndAChangedProfileIsCheckedAgain() {
        Employer employer = new Employer("pt.baru", Instant.now());
        employer.describe("PT Baru", "9120001234568", "14", true, "Jl. Baru 1", null, null);
        assertEquals("jobinfo.vacancy.error.employerNotVerified",
                assertThrows(BusinessException.class, () -> new Vacancy(employer, draft(), VacancySource.FORM, "x", Instant.now())).key());
        Employer verified = verifiedEmployer();
        verified.describe("PT Konveksi Priangan Baru", "9120001234567", "14", true, "Jl. Moh. Toha 77", null, null);
        assertEquals(EmployerStatus.SUBMITTED, verified.getStatus(), "a new name is verified again");
    }

    @Test
    void anEmployerProfileReportsEveryProblem() {
        BusinessException e = assertThrows(BusinessException.class,
                () -> new Employer("x", Instant.now()).describe(" ", "123", "99", false, "", "abc", "no-at"));
        assertEquals(java.util.Set.of("name", "nib", "kbli", "address", "phone", "email"), e.fieldKeys().keySet());
    }

    @Test
    void openOnlyWhenPublishedWithinItsDaysWithPostsLeft() {
        Vacancy vacancy = new Vacancy(verifiedEmployer(), draft(), VacancySource.FORM, "pt.konveksi", Instant.now());
        assertFalse(vacancy.isOpen(LocalDate.of(2026, 6, 10)), "not yet reviewed");
        vacancy.publish(Instant.now());
        assertFalse(vacancy.isOpen(LocalDate.of(2026, 5, 31)));
        assertTrue(vacancy.isOpen(LocalDate.of(2026, 6, 1)));
        assertTrue(vacancy.isOpen(LocalDate.of(2026, 6, 30)));
        assertFalse(vacancy.isOpen(LocalDate.of(2026, 7, 1)), "expired vacancies are never shown as open");
        vacancy.hired(Instant.now());
        vacancy.hired(Instant.now());
        assertEquals(VacancyStatus.PUBLISHED, vacancy.getStatus());
        vacancy.hired(Instant.now());
        assertEquals(VacancyStatus.FILLED, vacancy.getStatus(), "the third hire fills it");
        assertFalse(vacancy.isOpen(LocalDate.of(2026, 6, 10)));
        assertThrows(BusinessException.class, () -> vacancy.hired(Instant.now()));
    }

    @Test
    void aReturnedVacancyIsCorrectedAndGoesBackForReview() {
        Vacancy vacancy = new Vacancy(verifiedEmployer(), draft(), VacancySource.SHEET, "pt.konveksi", Instant.now());
        vacancy.returnWith("Upah di bawah UMK Kota Bandung.");
        assertEquals(VacancyStatus.RETURNED, vacancy.getStatus());
        assertThrows(BusinessException.class, () -> vacancy.publish(Instant.now()));
        vacancy.correct(draft());
        assertEquals(VacancyStatus.SUBMITTED, vacancy.getStatus());
        assertEquals("Operator Mesin Jahit", vacancy.draft("32.73").title());
    }
}
