package id.go.jabarprov.disnakertrans.jobinfo.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class SexRequirementTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', ignoreLeadingAndTrailingWhitespace = false, value = {
            "''|ANY", "'   '|ANY", "-|ANY", "semua|ANY", "Bebas|ANY", "ANY|ANY", "L/P|ANY", "Pria/Wanita|ANY",
            "L|MALE", "l|MALE", "Laki-laki|MALE", "laki laki|MALE", "' PRIA '|MALE", "male|MALE",
            "P|FEMALE", "perempuan|FEMALE", "Wanita|FEMALE", "FEMALE|FEMALE"})
    void codesAndWordsAreRead(String written, SexRequirement expected) {
        assertEquals(Optional.of(expected), SexRequirement.parse(written));
    }

    @ParameterizedTest
    @NullSource
    void nothingWrittenIsAny(String written) {
        assertEquals(Optional.of(SexRequirement.ANY), SexRequirement.parse(written));
    }

    @ParameterizedTest
    @ValueSource(strings = {"X", "laki", "1", "pria wanita dewasa", "M"})
    void otherWordsAreNotGuessed(String written) {
        assertTrue(SexRequirement.parse(written).isEmpty());
    }

    @ParameterizedTest
    @EnumSource(SexRequirement.class)
    void keysNameTheConstant(SexRequirement sex) {
        assertEquals("jobinfo.sex." + sex.name(), sex.key());
    }
}
