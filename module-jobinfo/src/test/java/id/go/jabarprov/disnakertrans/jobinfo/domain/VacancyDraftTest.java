package id.go.jabarprov.disnakertrans.jobinfo.domain;

import static id.go.jabarprov.disnakertrans.jobinfo.domain.FixedRules.RULES;
import static id.go.jabarprov.disnakertrans.jobinfo.domain.FixedRules.TODAY;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.jabarprov.disnakertrans.platform.application.BusinessException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VacancyDraftTest {

    private static final String E = "jobinfo.vacancy.error.";

    /** The problems of a valid draft changed by one thing. */
    private static Map<String, String> problems(Consumer<DraftBuilder> change) {
        return DraftBuilder.with(change).problems(RULES);
    }

    private static void assertOnly(String field, String key, Consumer<DraftBuilder> change) {
        assertEquals(Map.of(field, E + key), problems(change));
    }

    private static void assertValid(Consumer<DraftBuilder> change) {
        assertEquals(Map.of(), problems(change));
    }

    @Test
    void aCompleteDraftHasNoProblems() {
        assertEquals(Map.of(), DraftBuilder.valid().problems(RULES));
        assertDoesNotThrow(() -> DraftBuilder.valid().check(RULES));
    }

    @Test
    void onlyTheRequiredFieldsAreRequired() {
        assertValid(d -> {
            d.ageMin = null;
            d.ageMax = null;
            d.sex = null;
            d.educationCode = null;
            d.skills = null;
            d.experienceYears = null;
            d.wageMin = null;
            d.wageMax = null;
            d.workAddress = null;
        });
    }

    @Test
    void missingRequiredFieldsAreReportedInFieldOrder() {
        Map<String, String> found = problems(d -> {
            d.title = "  ";
            d.occupationCode = null;
            d.needed = null;
            d.validFrom = null;
            d.validUntil = null;
            d.workKabKota = "";
            d.description = "\n";
        });
        assertEquals(List.of("title", "occupationCode", "needed", "validFrom", "validUntil", "workKabKota",
                "description"), List.copyOf(found.keySet()));
        assertTrue(found.values().stream().allMatch((E + "required")::equals));
    }

    @Test
    void eachFieldReportsItsFirstProblemOnly() {
        Map<String, String> found = problems(d -> {
            d.validFrom = TODAY;
            d.validUntil = TODAY.minusDays(5); // before validFrom and in the past
            d.ageMin = 10;
            d.ageMax = 5; // out of range and below ageMin
        });
        assertEquals(List.of("validUntil", "ageMin", "ageMax"), List.copyOf(found.keySet()));
        assertEquals(E + "dates", found.get("validUntil"));
        assertEquals(E + "age", found.get("ageMax"));
    }

    @Test
    void checkRefusesWithEveryFieldsProblem() {
        VacancyDraft draft = DraftBuilder.with(d -> {
            d.title = null;
            d.occupationCode = "9999";
        });
        BusinessException e = assertThrows(BusinessException.class, () -> draft.check(RULES));
        assertEquals(Map.of("title", E + "required", "occupationCode", E + "occupation"), e.fieldKeys());
    }

    @Test
    void titleHasAtMost150Characters() {
        assertValid(d -> d.title = "J".repeat(VacancyDraft.MAX_TITLE_LENGTH));
        assertOnly("title", "tooLong.title", d -> d.title = "J".repeat(151));
        // counted as characters, as the database counts them, not as UTF-16 units
        assertValid(d -> d.title = "\uD83D\uDC77".repeat(150));
    }

    @Test
    void occupationMustBeAKnownUnitGroup() {
        assertOnly("occupationCode", "occupation", d -> d.occupationCode = "9999");
        assertOnly("occupationCode", "occupation", d -> d.occupationCode = "741");
        assertValid(d -> d.occupationCode = " 0111 ");
    }

    @ParameterizedTest
    @CsvSource({"0,false", "1,true", "10000,true", "10001,false", "-3,false"})
    void neededIsBetween1And10000(int needed, boolean valid) {
        Map<String, String> found = problems(d -> d.needed = needed);
        assertEquals(valid ? Map.of() : Map.of("needed", E + "needed"), found);
    }

    @Test
    void validUntilIsNotBeforeValidFrom() {
        assertOnly("validUntil", "dates", d -> {
            d.validFrom = TODAY.plusDays(10);
            d.validUntil = TODAY.plusDays(9);
        });
        assertValid(d -> {
            d.validFrom = TODAY.plusDays(10);
            d.validUntil = TODAY.plusDays(10);
        });
    }

    @Test
    void validUntilHasNotPassed() {
        assertOnly("validUntil", "past", d -> {
            d.validFrom = TODAY.minusDays(30);
            d.validUntil = TODAY.minusDays(1);
        });
        assertValid(d -> {
            d.validFrom = TODAY.minusDays(30);
            d.validUntil = TODAY;
        });
    }

    @Test
    void aVacancyIsOpenAtMost180Days() {
        assertEquals(180, VacancyDraft.MAX_OPEN_DAYS);
        assertValid(d -> d.validUntil = TODAY.plusDays(180));
        assertOnly("validUntil", "tooLongOpen", d -> d.validUntil = TODAY.plusDays(181));
    }

    @Test
    void withoutValidFromOnlyThePastIsCheckedOnValidUntil() {
        assertEquals(Map.of("validFrom", E + "required"), problems(d -> {
            d.validFrom = null;
            d.validUntil = TODAY.plusDays(400);
        }));
        assertEquals(Map.of("validFrom", E + "required", "validUntil", E + "past"), problems(d -> {
            d.validFrom = null;
            d.validUntil = TODAY.minusDays(1);
        }));
    }

    @ParameterizedTest
    @CsvSource({"14,false", "15,true", "70,true", "71,false"})
    void agesAreBetween15And70(int age, boolean valid) {
        assertEquals(valid ? Map.of() : Map.of("ageMin", E + "age"), problems(d -> {
            d.ageMin = age;
            d.ageMax = null;
        }));
        assertEquals(valid ? Map.of() : Map.of("ageMax", E + "age"), problems(d -> {
            d.ageMin = null;
            d.ageMax = age;
        }));
    }

    @Test
    void maximumAgeIsNotBelowMinimumAge() {
        assertOnly("ageMax", "ageOrder", d -> {
            d.ageMin = 30;
            d.ageMax = 29;
        });
        assertValid(d -> {
            d.ageMin = 30;
            d.ageMax = 30;
        });
        // an out-of-range minimum is the problem to fix first, not the order
        assertOnly("ageMin", "age", d -> {
            d.ageMin = 80;
            d.ageMax = 30;
        });
    }

    @Test
    void educationIsAKnownCodeWhenGiven() {
        assertOnly("educationCode", "education", d -> d.educationCode = "SLTA");
        assertValid(d -> d.educationCode = " s1 ");
    }

    @Test
    void atMost20SkillsOfAtMost60Characters() {
        List<String> twenty = IntStream.rangeClosed(1, 20).mapToObj(i -> "Keterampilan " + i).toList();
        assertValid(d -> d.skills = twenty);
        List<String> twentyOne = new ArrayList<>(twenty);
        twentyOne.add("Keterampilan 21");
        assertOnly("skills", "skills", d -> d.skills = twentyOne);
        // duplicates are dropped before counting
        List<String> twentyAndACopy = new ArrayList<>(twenty);
        twentyAndACopy.add("KETERAMPILAN 1");
        assertValid(d -> d.skills = twentyAndACopy);
        assertValid(d -> d.skills = List.of("k".repeat(60)));
        assertOnly("skills", "tooLong.skill", d -> d.skills = List.of("Las", "k".repeat(61)));
    }

    @ParameterizedTest
    @CsvSource({"-1,false", "0,true", "40,true", "41,false"})
    void experienceIsBetween0And40Years(int years, boolean valid) {
        Map<String, String> expected = valid ? Map.of() : Map.of("experienceYears", E + "experience");
        assertEquals(expected, problems(d -> d.experienceYears = years));
    }

    @ParameterizedTest
    @CsvSource({"-1,false", "0,true", "1000000000,true", "1000000001,false"})
    void wagesAreBetween0AndABillion(long wage, boolean valid) {
        assertEquals(valid ? Map.of() : Map.of("wageMin", E + "wage"), problems(d -> {
            d.wageMin = wage;
            d.wageMax = null;
        }));
        assertEquals(valid ? Map.of() : Map.of("wageMax", E + "wage"), problems(d -> {
            d.wageMin = null;
            d.wageMax = wage;
        }));
    }

    @Test
    void highestWageIsNotBelowLowestWage() {
        assertOnly("wageMax", "wageOrder", d -> {
            d.wageMin = 5_000_000L;
            d.wageMax = 4_999_999L;
        });
        assertValid(d -> {
            d.wageMin = 5_000_000L;
            d.wageMax = 5_000_000L;
        });
    }

    @Test
    void workplaceIsAKnownKabKota() {
        assertOnly("workKabKota", "kabKota", d -> d.workKabKota = "32.99");
        assertOnly("workKabKota", "required", d -> d.workKabKota = null);
    }

    @Test
    void addressHasAtMost255Characters() {
        assertValid(d -> d.workAddress = "a".repeat(255));
        assertOnly("workAddress", "tooLong.workAddress", d -> d.workAddress = "a".repeat(256));
    }

    @Test
    void descriptionHasAtMost4000Characters() {
        assertValid(d -> d.description = "a".repeat(4000));
        assertOnly("description", "tooLong.description", d -> d.description = "a".repeat(4001));
    }

    @Test
    void textIsStrippedAndBlankIsNothing() {
        VacancyDraft draft = DraftBuilder.with(d -> {
            d.title = "  Operator Mesin Jahit \t";
            d.occupationCode = " 8153 ";
            d.educationCode = " smp ";
            d.workKabKota = " 32.73";
            d.workAddress = "   ";
            d.description = "\n Menjahit. \n";
        });
        assertEquals("Operator Mesin Jahit", draft.title());
        assertEquals("8153", draft.occupationCode());
        assertEquals("SMP", draft.educationCode());
        assertEquals("32.73", draft.workKabKota());
        assertNull(draft.workAddress());
        assertEquals("Menjahit.", draft.description());
    }

    @Test
    void skillsAreTrimmedWithoutBlanksOrRepeatsInTheirOrder() {
        VacancyDraft draft = DraftBuilder.with(d -> d.skills = Arrays.asList(" Menjahit ", "", null, "Membaca pola",
                "menjahit", "  ", "MEMBACA POLA", "Obras"));
        assertEquals(List.of("Menjahit", "Membaca pola", "Obras"), draft.skills());
        assertThrows(UnsupportedOperationException.class, () -> draft.skills().add("Bordir"));
        assertEquals(List.of(), DraftBuilder.with(d -> d.skills = null).skills());
    }

    @Test
    void noSexRequirementMeansAny() {
        assertEquals(SexRequirement.ANY, DraftBuilder.with(d -> d.sex = null).sex());
        assertEquals(SexRequirement.FEMALE, DraftBuilder.with(d -> d.sex = SexRequirement.FEMALE).sex());
    }
}
