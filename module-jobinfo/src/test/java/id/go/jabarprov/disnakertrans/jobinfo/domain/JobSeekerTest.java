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

/**
 * The AK/1 card's life on worked examples. Siti, born 12 March 1998 in Bandung (NIK 3273015203980001: day
 * 12 + 40 because she is a woman), registers with Kota Bandung on 2 January 2026 and is verified the same day.
 */
class JobSeekerTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 1, 2);

    /** Kota Bandung's reference data, reduced to what the example uses. */
    static final SeekerRules RULES = new SeekerRules() {
        public boolean knownOccupation(String code) { return List.of("8153", "7533", "8152").contains(code); }
        public boolean knownEducation(String code) { return EducationRank.known(code); }
        public boolean knownKabKota(String code) { return List.of("32.73", "32.04", "32.77").contains(code); }
        public boolean placeIn(String kabKota, String kecamatan, String desa) {
            return "32.73".equals(kabKota) && "32.73.01".equals(kecamatan) && desa.startsWith("32.73.01.");
        }
        public LocalDate today() { return TODAY; }
    };

    static SeekerProfile siti() {
        SeekerProfile p = new SeekerProfile();
        p.setNik("3273015203980001");
        p.setFullName("Siti Nurhaliza");
        p.setBirthPlace("Bandung");
        p.setBirthDate(LocalDate.of(1998, 3, 12));
        p.setSex(Sex.FEMALE);
        p.setMaritalStatus(MaritalStatus.BELUM_KAWIN);
        p.setReligion(Religion.ISLAM);
        p.setAddress("Jl. Gegerkalong Hilir No. 12");
        p.setKecamatanCode("32.73.01");
        p.setDesaCode("32.73.01.1002");
        p.setEducationCode("SMK");
        p.setOccupations(new java.util.ArrayList<>(List.of("8153")));
        p.setSkills(new java.util.ArrayList<>(List.of("Menjahit", "obras", "menjahit")));
        return p;
    }

    static JobSeeker registered() {
        JobSeeker seeker = new JobSeeker("siti", "siti", Instant.parse("2026-01-02T01:00:00Z"));
        seeker.describe(siti(), "32.73", RULES);
        return seeker;
    }

    @Test
    void aCompleteProfileIsTakenWithSkillsLowerCasedOnceAndTheEducationRanked() {
        JobSeeker seeker = registered();
        assertEquals(SeekerStatus.SUBMITTED, seeker.getStatus());
        assertEquals(List.of("menjahit", "obras"), seeker.getSkills());
        assertEquals(EducationRank.rank("SMA"), seeker.getEducationRank(), "SMK ranks as SMA");
        assertEquals("3273********0001", seeker.getMaskedNik());
    }

    @Test
    void everyProblemIsReportedAtOnceAndTheNikMustAgreeWithBirthDateAndSex() {
        SeekerProfile p = siti();
        p.setBirthDate(LocalDate.of(1998, 3, 13));
        p.setSex(Sex.MALE);
        p.setDesaCode("32.04.01.2001");
        p.setOccupations(List.of());
        BusinessException e = assertThrows(BusinessException.class,
                () -> new JobSeeker("siti", "siti", Instant.now()).describe(p, "32.73", RULES));
        assertEquals("jobinfo.seeker.error.nikBirthDate", e.fieldKeys().get("birthDate"));
        assertEquals("jobinfo.seeker.error.nikSex", e.fieldKeys().get("sex"));
        assertEquals("jobinfo.seeker.error.place", e.fieldKeys().get("desa"));
        assertEquals("jobinfo.seeker.error.occupations", e.fieldKeys().get("occupations"));
    }

    @Test
    void aFourteenYearOldCannotRegister() {
        SeekerProfile p = siti();
        p.setNik("3273015201120001");
        p.setBirthDate(LocalDate.of(2012, 1, 12));
        BusinessException e = assertThrows(BusinessException.class,
                () -> new JobSeeker("a", "a", Instant.now()).describe(p, "32.73", RULES));
        assertEquals("jobinfo.seeker.error.tooYoung", e.fieldKeys().get("birthDate"));
    }

    @Test
    void verificationIssuesATwoYearCardAndLocksTheIdentity() {
        JobSeeker seeker = registered();
        seeker.verify("3273.2026.000001", "pengantar", Instant.parse("2026-01-02T03:00:00Z"), TODAY);
        assertEquals(SeekerStatus.ACTIVE, seeker.getStatus());
        assertEquals(LocalDate.of(2028, 1, 2), seeker.getValidUntil());
        SeekerProfile changed = seeker.profile();
        changed.setFullName("Siti N.");
        BusinessException e = assertThrows(BusinessException.class, () -> seeker.describe(changed, "32.73", RULES));
        assertEquals("jobinfo.seeker.error.identityLocked", e.fieldKeys().get("nik"));
        SeekerProfile skills = seeker.profile();
        skills.getSkills().add("bordir");
        seeker.describe(skills, "32.73", RULES);
        assertTrue(seeker.getSkills().contains("bordir"), "new skills update an active card");
        assertThrows(BusinessException.class, () -> seeker.verify("3273.2026.000002", "x", Instant.now(), TODAY),
                "verified once");
    }

    @Test
    void areturnedRegistrationGoesBackToTheOfficerWhenCorrected() {
        JobSeeker seeker = registered();
        assertThrows(BusinessException.class, () -> seeker.returnWith(" "), "a return needs its reason");
        seeker.returnWith("Foto KTP tidak terbaca.");
        assertEquals(SeekerStatus.RETURNED, seeker.getStatus());
        seeker.describe(siti(), "32.73", RULES);
        assertEquals(SeekerStatus.SUBMITTED, seeker.getStatus());
    }

    @Test
    void reportsComeEverySixMonthsAtMostFourAndRenewalOpensAMonthBeforeExpiry() {
        JobSeeker seeker = registered();
        seeker.verify("3273.2026.000001", "pengantar", Instant.parse("2026-01-02T03:00:00Z"), TODAY);
        BusinessException early = assertThrows(BusinessException.class, () -> seeker.report("petugas", null, LocalDate.of(2026, 3, 1)));
        assertEquals("jobinfo.seeker.error.reportNotDue", early.key());
        assertFalse(seeker.isReportDue(LocalDate.of(2026, 5, 31)), "149 days after issue");
        assertTrue(seeker.isReportDue(LocalDate.of(2026, 6, 1)), "150 days after issue: a month before six months");
        seeker.report("petugas", null, LocalDate.of(2026, 7, 2));
        seeker.report("petugas", null, LocalDate.of(2027, 1, 4));
        seeker.report("petugas", null, LocalDate.of(2027, 7, 5));
        seeker.report("petugas", null, LocalDate.of(2028, 1, 1));
        assertEquals(4, seeker.getReports().size());
        assertEquals("jobinfo.seeker.error.expired",
                assertThrows(BusinessException.class, () -> seeker.report("p", null, LocalDate.of(2028, 7, 1))).key());
        assertEquals("jobinfo.seeker.error.renewNotDue",
                assertThrows(BusinessException.class, () -> seeker.renew(LocalDate.of(2027, 12, 2))).key(), "31 days before");
        assertFalse(seeker.isExpired(LocalDate.of(2028, 1, 2)), "valid through its last day");
        assertTrue(seeker.isExpired(LocalDate.of(2028, 1, 3)));
        seeker.renew(LocalDate.of(2028, 1, 3));
        assertEquals(LocalDate.of(2030, 1, 3), seeker.getValidUntil());
        assertTrue(seeker.getReports().isEmpty(), "a renewed card has four empty boxes");
    }

    @Test
    void aPlacementClosesTheCardForGood() {
        JobSeeker seeker = registered();
        assertThrows(BusinessException.class, () -> seeker.place(TODAY), "only an issued card is closed by a placement");
        seeker.verify("3273.2026.000001", "pengantar", Instant.now(), TODAY);
        seeker.place(LocalDate.of(2026, 2, 1));
        assertEquals(SeekerStatus.PLACED, seeker.getStatus());
        assertFalse(seeker.isEditable());
        assertThrows(BusinessException.class, () -> seeker.report("p", null, LocalDate.of(2026, 8, 1)));
    }

    @Test
    void aCertifiedCompetencyJoinsTheSkillsOnce() {
        JobSeeker seeker = registered();
        assertTrue(seeker.addSkill("Menjahit Pakaian Wanita (SKKNI)"));
        assertFalse(seeker.addSkill("menjahit pakaian wanita (skkni)"));
        assertFalse(seeker.addSkill(" "));
    }
}
