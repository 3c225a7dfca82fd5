package id.go.jabarprov.disnakertrans.jobinfo.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EducationRankTest {

    /** The reference list (education-levels.csv) in its sort order. */
    private static final List<String> REFERENCE =
            List.of("TIDAK_TAMAT_SD", "SD", "SMP", "SMA", "SMK", "D1", "D2", "D3", "D4", "S1", "S2", "S3");

    @Test
    void everyReferenceCodeIsKnownAndRanksFollowTheReferenceOrder() {
        for (int i = 1; i < REFERENCE.size(); i++) {
            assertTrue(EducationRank.known(REFERENCE.get(i)), REFERENCE.get(i));
            assertTrue(EducationRank.rank(REFERENCE.get(i - 1)) <= EducationRank.rank(REFERENCE.get(i)),
                    REFERENCE.get(i - 1) + " before " + REFERENCE.get(i));
        }
    }

    @Test
    void smaAndSmkAreOneLevelAsAreD4AndS1() {
        assertEquals(EducationRank.rank("SMA"), EducationRank.rank("SMK"));
        assertEquals(EducationRank.rank("D4"), EducationRank.rank("S1"));
        assertTrue(EducationRank.meets("SMK", "SMA"));
        assertTrue(EducationRank.meets("SMA", "SMK"));
        assertTrue(EducationRank.meets("D4", "S1"), "a sarjana terapan meets an S1 minimum");
        assertTrue(EducationRank.meets("S1", "D4"));
    }

    @Test
    void strictLevelsStayStrict() {
        assertTrue(EducationRank.rank("SMP") < EducationRank.rank("SMA"));
        assertTrue(EducationRank.rank("D3") < EducationRank.rank("D4"));
        assertTrue(EducationRank.rank("S1") < EducationRank.rank("S2"));
        assertFalse(EducationRank.meets("D3", "S1"));
        assertFalse(EducationRank.meets("SMP", "SMK"));
        assertTrue(EducationRank.meets("S3", "SD"));
    }

    @Test
    void missingRequirementOrEducation() {
        assertTrue(EducationRank.meets(null, null));
        assertTrue(EducationRank.meets("SD", null));
        assertFalse(EducationRank.meets(null, "TIDAK_TAMAT_SD"), "an unrecorded education cannot be vouched for");
    }

    @ParameterizedTest
    @ValueSource(strings = {"sma", "SLTA", "S-1", "", " SMA"})
    void unknownCodesAreRefused(String code) {
        assertFalse(EducationRank.known(code));
        assertThrows(IllegalArgumentException.class, () -> EducationRank.rank(code));
        assertThrows(IllegalArgumentException.class, () -> EducationRank.meets(code, "SD"));
        assertThrows(IllegalArgumentException.class, () -> EducationRank.meets("SD", code));
    }

    @Test
    void nullIsNotACode() {
        assertFalse(EducationRank.known(null));
        assertThrows(IllegalArgumentException.class, () -> EducationRank.rank(null));
    }
}
