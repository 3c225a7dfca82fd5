package id.go.jabarprov.disnakertrans.jobinfo.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.go.jabarprov.disnakertrans.jobinfo.domain.VacancyDraft;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SheetColumnTest {

    /** The draft's problems are mapped back to columns by field name, so the names must be the components'. */
    @Test
    void thereIsOneColumnPerDraftComponentInTheSameOrder() {
        assertEquals(Arrays.stream(VacancyDraft.class.getRecordComponents()).map(RecordComponent::getName).toList(),
                Arrays.stream(SheetColumn.values()).map(SheetColumn::field).toList());
        assertEquals(Workbooks.HEADER, Arrays.stream(SheetColumn.values()).map(SheetColumn::header).toList());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"kode_kbji|OCCUPATION_CODE", "KODE KBJI|OCCUPATION_CODE",
            "occupationCode|OCCUPATION_CODE", "occupation_code|OCCUPATION_CODE", "' Usia Maks '|AGE_MAX",
            "kab_kota|WORK_KAB_KOTA", "Work Kab Kota|WORK_KAB_KOTA", "upahMin|WAGE_MIN"})
    void headersAreMatchedIgnoringCaseSpacesAndUnderscores(String header, SheetColumn column) {
        assertEquals(Optional.of(column), SheetColumn.named(header));
    }

    @Test
    void otherHeadersAreIgnored() {
        assertEquals(Optional.empty(), SheetColumn.named("No."));
        assertEquals(Optional.empty(), SheetColumn.named("kode kbji 2014"));
    }
}
