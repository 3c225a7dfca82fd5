package id.go.jabarprov.disnakertrans.platform.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NikTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
            // a man born 12 May 1990 in Kota Bandung's code
            "3273011205900001, OK",
            // a woman born 12 May 1990: 12 + 40 = 52
            "3273015205900001, OK",
            // a woman born 29 Feb 2000 (leap year): 29 + 40 = 69
            "3273016902000001, OK",
            // 29 Feb 2001 does not exist
            "3273012902010001, BIRTH_DATE",
            // day 32 and day 72 (a woman's 32nd) do not exist
            "3273013205900001, BIRTH_DATE",
            "3273017205900001, BIRTH_DATE",
            // day 00 and month 13
            "3273010005900001, BIRTH_DATE",
            "3273011213900001, BIRTH_DATE",
            // born tomorrow (29 Nov 2026) is in the future; YY=26 is read as 2026
            "3273012911260001, BIRTH_DATE",
            // YY=27 is read as 1927, a real past date
            "3273012911270001, OK",
            "327301120590000, FORMAT",
            "32730112059000011, FORMAT",
            "32730112059O0001, FORMAT",
            // province 09 does not exist, kecamatan 00 neither
            "0973011205900001, REGION",
            "3273001205900001, REGION",
            "3273011205900000, SERIAL"
    })
    void checksFormatRegionDateAndSerial(String nik, String expected) {
        Optional<Nik.Problem> problem = Nik.check(nik, TODAY);
        assertEquals(expected, problem.map(Enum::name).orElse("OK"));
    }

    @Test
    void nullIsAFormatProblem() {
        assertEquals(Optional.of(Nik.Problem.FORMAT), Nik.check(null, TODAY));
    }

    @Test
    void readsTheBirthDateAndSexOfAWoman() {
        assertEquals(Optional.of(LocalDate.of(1990, 5, 12)), Nik.birthDate("3273015205900001", TODAY));
        assertTrue(Nik.isFemale("3273015205900001"));
        assertFalse(Nik.isFemale("3273011205900001"));
    }

    @Test
    void masksAllButTheFirstAndLastFourDigits() {
        assertEquals("3273********0001", Nik.mask("3273015205900001"));
        assertEquals("", Nik.mask(null));
    }
}
