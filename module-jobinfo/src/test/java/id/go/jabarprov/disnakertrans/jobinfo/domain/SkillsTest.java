package id.go.jabarprov.disnakertrans.jobinfo.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SkillsTest {

    @Test
    void normalisedByCaseAndWhitespace() {
        assertEquals("las listrik", Skills.normalise("  Las \t LISTRIK\u00a0"));
        assertEquals("k3", Skills.normalise("K3"));
    }

    @Test
    void entriesSplitAtCommasAndSemicolonsAndAreDistinct() {
        Skills required = Skills.required(List.of("Menjahit, obras", "menjahit ; ", "  ", "Obras"));
        assertEquals(2, required.size());
        Skills.Overlap overlap = required.heldBy(Skills.held(List.of()));
        assertEquals(List.of("Menjahit", "obras"), overlap.missing(), "the first wording is kept");
    }

    @Test
    void wholeWordsContainedEitherWay() {
        assertTrue(Skills.containsWords("las listrik", "las"));
        assertTrue(Skills.containsWords("las listrik", "listrik"));
        assertTrue(Skills.containsWords("k3 listrik", "k3"));
        assertTrue(Skills.containsWords("microsoft excel (lanjutan)", "microsoft excel"));
        assertFalse(Skills.containsWords("kelas", "las"));
        assertFalse(Skills.containsWords("lasan", "las"));
        assertFalse(Skills.containsWords("k31", "k3"));
    }

    @Test
    void requiredSkillsHeldBySeeker() {
        Skills required = Skills.required(List.of("Las listrik", "K3", "membaca gambar teknik"));
        Skills.Overlap overlap = required.heldBy(Skills.held(List.of("las", "k3 umum", "mengemudi")));
        assertEquals(List.of("Las listrik", "K3"), overlap.held());
        assertEquals(List.of("membaca gambar teknik"), overlap.missing());
        assertEquals(3, overlap.required());
    }
}
