package id.go.jabarprov.disnakertrans.jobinfo.domain;

import static id.go.jabarprov.disnakertrans.jobinfo.domain.OccupationMatch.NONE;
import static id.go.jabarprov.disnakertrans.jobinfo.domain.OccupationMatch.SAME_MINOR_GROUP;
import static id.go.jabarprov.disnakertrans.jobinfo.domain.OccupationMatch.SAME_SUB_MAJOR_GROUP;
import static id.go.jabarprov.disnakertrans.jobinfo.domain.OccupationMatch.SAME_UNIT_GROUP;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OccupationMatchTest {

    @Test
    void levelsOfTheKbjiHierarchy() {
        // 7533 sewing workers; 7531 tailors (minor group 753); 7512 bakers (sub-major group 75); 7212 welders (major 7 only)
        assertEquals(SAME_UNIT_GROUP, OccupationMatch.of("7533", "7533"));
        assertEquals(SAME_MINOR_GROUP, OccupationMatch.of("7533", "7531"));
        assertEquals(SAME_SUB_MAJOR_GROUP, OccupationMatch.of("7533", "7512"));
        assertEquals(NONE, OccupationMatch.of("7533", "7212"), "sharing only the major group is no match");
        assertEquals(NONE, OccupationMatch.of("7533", "2512"));
    }

    @Test
    void codesWithLeadingZeroCompareAsText() {
        // 0111 TNI headquarters officers, 0112 army officers (minor 011), 0121 (sub-major 01), 0211 (major 0 only)
        assertEquals(SAME_UNIT_GROUP, OccupationMatch.of("0111", "0111"));
        assertEquals(SAME_MINOR_GROUP, OccupationMatch.of("0111", "0112"));
        assertEquals(SAME_SUB_MAJOR_GROUP, OccupationMatch.of("0111", "0121"));
        assertEquals(NONE, OccupationMatch.of("0111", "0211"));
        assertEquals(NONE, OccupationMatch.of("0111", "1111"));
        assertEquals("011", SAME_MINOR_GROUP.sharedGroup("0112"));
        assertEquals("01", SAME_SUB_MAJOR_GROUP.sharedGroup("0121"));
        assertEquals("", NONE.sharedGroup("0121"));
    }

    @Test
    void bestOverTheSeekersPreferences() {
        assertEquals(SAME_UNIT_GROUP, OccupationMatch.between("7533", List.of("5223", "7531", "7533")));
        assertEquals(SAME_MINOR_GROUP, OccupationMatch.between("7533", List.of("7512", "7531", "5223")));
        assertEquals(SAME_SUB_MAJOR_GROUP, OccupationMatch.between("7533", List.of("5223", "7512")));
        assertEquals(NONE, OccupationMatch.between("7533", List.of("5223", "9112", "8322", "4110", "2512")));
        assertEquals(NONE, OccupationMatch.between("7533", List.of()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"111", "01110", "753A", "7533.01", "", " 753"})
    void onlyFourDigitUnitGroups(String code) {
        assertThrows(IllegalArgumentException.class, () -> OccupationMatch.of(code, "7533"));
        assertThrows(IllegalArgumentException.class, () -> OccupationMatch.of("7533", code));
        assertThrows(IllegalArgumentException.class, () -> OccupationMatch.between(code, List.of()));
    }
}
