package id.go.jabarprov.disnakertrans.jobinfo.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The public search over an index of hand-made vacancies: what is found, in which order, and what never is. */
class SearchIndexTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    private static final String BANDUNG = "32.73";
    private static final String BOGOR = "32.01";
    private static final Set<String> BOTH = Set.of(BANDUNG, BOGOR);

    private final SearchIndex index = new SearchIndex(100);

    @AfterEach
    void close() {
        index.close();
    }

    @Test
    void aWordInTheTitleRanksBeforeTheSameWordInTheDescriptionEvenWhenThatIsNewer() {
        put(vacancy("a", "Operator Produksi", "Menjalankan mesin di pabrik.", 3));
        put(vacancy("b", "Staf Gudang", "Membantu operator produksi di gudang bahan.", 1));
        assertEquals(List.of("a", "b"), ids(search("operator")));
        assertEquals(List.of("b", "a"), ids(newest("operator")), "newest first when the reader asks for it");
    }

    @Test
    void everyWordMustOccurSomewhere() {
        put(vacancy("a", "Operator Produksi", "Shift pagi.", 1));
        put(vacancy("b", "Operator Forklift", "Gudang.", 1));
        assertEquals(List.of("a"), ids(search("operator produksi")));
        assertEquals(List.of(), ids(search("operator kasir")));
    }

    @Test
    void aBeginningOfThreeLettersFindsTheWordButTwoLettersOnlyTheWholeWord() {
        put(vacancy("a", "Operator Produksi", "Pabrik.", 2));
        put(vacancy("b", "Staf IT", "Jaringan kantor.", 1));
        put(vacancy("c", "Kepala Gudang", "Mengatur item persediaan.", 1));
        assertEquals(List.of("a"), ids(search("oper")));
        assertEquals(List.of("b"), ids(search("it")), "'it' must not bring 'item'");
    }

    @Test
    void anIndonesianWordFindsOtherFormsOfItsStem() {
        put(vacancy("a", "Instruktur", "Melatih peserta di balai latihan kerja.", 1));
        put(vacancy("b", "Kasir", "Melayani pembeli.", 1));
        assertEquals(List.of("a"), ids(search("pelatihan")));
        assertEquals(List.of("b"), ids(search("pelayanan")));
    }

    @Test
    void accentsAndCaseDoNotMatter() {
        put(vacancy("a", "Barista Kafé", "Kopi.", 1));
        assertEquals(List.of("a"), ids(search("KAFE")));
        assertEquals(List.of("a"), ids(search("kafé")));
    }

    @Test
    void theEmployersNameAndTheSkillsAskedForAreSearchedToo() {
        put(new VacancyRow("a", BANDUNG, "Juru Las", "PT Baja Priangan", "7212", null, null, null, 2, 0, TODAY.minusDays(5),
                TODAY.plusDays(30), "PUBLISHED", published(1), "Pengelasan rangka.", List.of("las listrik", "membaca gambar teknik"), 1));
        assertEquals(List.of("a"), ids(search("priangan")));
        assertEquals(List.of("a"), ids(search("gambar teknik")));
    }

    @Test
    void onlyTheKabKotaAskedForAreSearched() {
        put(vacancy("a", "Kasir", "Toko.", 1));
        put(new VacancyRow("b", BOGOR, "Kasir", "Toko Bogor", "5230", null, null, null, 1, 0, TODAY.minusDays(1),
                TODAY.plusDays(30), "PUBLISHED", published(2), "Toko.", List.of(), 1));
        assertEquals(List.of("a"), ids(index.search(query("kasir", Set.of(BANDUNG), null, null, null, false, 1), TODAY)));
        assertEquals(List.of("b"), ids(index.search(query("kasir", Set.of(BOGOR), null, null, null, false, 1), TODAY)));
        assertEquals(2, index.search(query("kasir", BOTH, null, null, null, false, 1), TODAY).vacancies().size());
        assertEquals(0, index.search(query("kasir", Set.of(), null, null, null, false, 1), TODAY).vacancies().size());
    }

    @Test
    void filtersByEducationWageOccupationGroupAndPostingDate() {
        put(new VacancyRow("s1", BANDUNG, "Akuntan", "PT A", "2411", "S1", 6_000_000L, 8_000_000L, 1, 0, TODAY.minusDays(40),
                TODAY.plusDays(30), "PUBLISHED", published(40), "Laporan keuangan.", List.of(), 1));
        put(new VacancyRow("sma", BANDUNG, "Admin Keuangan", "PT B", "4311", "SMA", 4_000_000L, null, 1, 0, TODAY.minusDays(2),
                TODAY.plusDays(30), "PUBLISHED", published(2), "Laporan keuangan.", List.of(), 1));
        put(new VacancyRow("any", BANDUNG, "Kurir Keuangan", "PT C", "9621", null, null, null, 1, 0, TODAY.minusDays(2),
                TODAY.plusDays(30), "PUBLISHED", published(2), "Antar dokumen keuangan.", List.of(), 1));
        assertEquals(Set.of("sma", "any"), Set.copyOf(ids(index.search(
                new SearchQuery("keuangan", Set.of(BANDUNG), null, "SMA", 3, null, null, false, 1), TODAY))),
                "a seeker with SMA sees vacancies asking SMA or less, and those asking nothing");
        assertEquals(List.of("s1"), ids(index.search(query("keuangan", Set.of(BANDUNG), null, 5_000_000L, null, false, 1), TODAY)),
                "a wage filter compares the top of the range; a vacancy without a wage does not pass it");
        assertEquals(List.of("sma"), ids(index.search(query("keuangan", Set.of(BANDUNG), "4", null, null, false, 1), TODAY)));
        assertEquals(Set.of("sma", "any"), Set.copyOf(ids(index.search(
                query("keuangan", Set.of(BANDUNG), null, null, 7, false, 1), TODAY))));
    }

    @Test
    void expiredNotYetValidClosedAndFilledVacanciesAreNeverFound() {
        put(vacancy("open", "Satpam", "Jaga malam.", 1));
        put(new VacancyRow("expired", BANDUNG, "Satpam", "PT", "5414", null, null, null, 1, 0, TODAY.minusDays(60),
                TODAY.minusDays(1), "PUBLISHED", published(60), "Jaga.", List.of(), 1));
        put(new VacancyRow("later", BANDUNG, "Satpam", "PT", "5414", null, null, null, 1, 0, TODAY.plusDays(1),
                TODAY.plusDays(30), "PUBLISHED", published(1), "Jaga.", List.of(), 1));
        put(new VacancyRow("filled", BANDUNG, "Satpam", "PT", "5414", null, null, null, 2, 2, TODAY.minusDays(1),
                TODAY.plusDays(30), "PUBLISHED", published(1), "Jaga.", List.of(), 3));
        put(new VacancyRow("review", BANDUNG, "Satpam", "PT", "5414", null, null, null, 2, 0, TODAY.minusDays(1),
                TODAY.plusDays(30), "SUBMITTED", null, "Jaga.", List.of(), 1));
        assertEquals(List.of("open"), ids(search("satpam")));
        assertEquals(List.of("open"), ids(search("")));

        put(new VacancyRow("open", BANDUNG, "Satpam", "PT", "5414", null, null, null, 1, 0, TODAY.minusDays(1),
                TODAY.plusDays(30), "CLOSED", published(1), "Jaga.", List.of(), 2));
        index.refresh();
        assertEquals(List.of(), ids(search("satpam")), "a vacancy closed since it was listed is gone");
        assertTrue(index.open("open", BOTH, TODAY).isEmpty());
        assertEquals(2L, index.version("open").orElseThrow());
    }

    @Test
    void aKeptAnswerNeverHidesAChange() {
        put(vacancy("a", "Satpam", "Jaga malam.", 2));
        SearchResult first = search("satpam");
        assertEquals(List.of("a"), ids(first));
        assertTrue(first == search("satpam"), "the same question to the same reader is answered from what was kept");

        put(vacancy("b", "Satpam Gudang", "Jaga gudang.", 1));
        assertEquals(Set.of("a", "b"), Set.copyOf(ids(search("satpam"))), "a new vacancy is found at once");
        put(new VacancyRow("b", BANDUNG, "Satpam Gudang", "PT Contoh", "8189", null, null, null, 1, 1, TODAY.minusDays(60),
                TODAY.plusDays(30), "PUBLISHED", published(1), "Jaga gudang.", List.of(), 2));
        assertEquals(List.of("a"), ids(search("satpam")), "a vacancy filled is gone at once");
    }

    @Test
    void expiredVacanciesAreDroppedAndTheOpenOnesStay() {
        put(vacancy("open", "Satpam", "Jaga malam.", 1));
        put(new VacancyRow("expired", BANDUNG, "Satpam", "PT", "5414", null, null, null, 1, 0, TODAY.minusDays(60),
                TODAY.minusDays(1), "PUBLISHED", published(60), "Jaga.", List.of(), 1));
        put(new VacancyRow("today", BANDUNG, "Satpam", "PT", "5414", null, null, null, 1, 0, TODAY.minusDays(60),
                TODAY, "PUBLISHED", published(50), "Jaga.", List.of(), 1));
        assertEquals(3, index.size());

        assertEquals(1, index.dropExpired(TODAY), "only the one whose last day was yesterday");
        assertEquals(2, index.size());
        assertEquals(Set.of("open", "today"), Set.copyOf(ids(search("satpam"))), "its last day is still open");
        assertEquals(0, index.dropExpired(TODAY), "nothing more to drop the same day");
        assertTrue(index.open("expired", BOTH, TODAY.minusDays(2)).isEmpty(), "gone for good, even for an earlier day");
    }

    @Test
    void pagesOfTwentyTellWhetherAnotherFollows() {
        for (int i = 0; i < 45; i++) {
            put(vacancy("v" + i, "Pramuniaga " + i, "Toko.", i));
        }
        SearchResult first = search("pramuniaga");
        assertEquals(20, first.vacancies().size());
        assertTrue(first.more());
        SearchResult third = index.search(query("pramuniaga", BOTH, null, null, null, false, 3), TODAY);
        assertEquals(5, third.vacancies().size());
        assertFalse(third.more());
        assertEquals(41, third.from());
        SearchResult newestFirst = newest("");
        assertEquals("v0", newestFirst.vacancies().get(0).id());
        assertEquals("v19", newestFirst.vacancies().get(19).id());
    }

    @Test
    void aCardCarriesWhatTheResultListShows() {
        put(new VacancyRow("a", BANDUNG, "Juru Masak", "Rumah Makan Sunda", "5120", "SMK", 3_500_000L, null, 3, 1,
                TODAY.minusDays(3), TODAY.plusDays(27), "PUBLISHED", Instant.parse("2026-11-28T03:00:00Z"), "Masakan Sunda.",
                List.of(), 4));
        VacancyCard card = index.open("a", Set.of(BANDUNG), TODAY).orElseThrow();
        assertEquals("Juru Masak", card.title());
        assertEquals(BANDUNG, card.kabKota());
        assertEquals("Rumah Makan Sunda", card.employerName());
        assertEquals("5120", card.kbjiCode());
        assertEquals("SMK", card.educationCode());
        assertEquals(3_500_000L, card.wageMin());
        assertNull(card.wageMax());
        assertEquals(2, card.postsLeft());
        assertEquals(TODAY.plusDays(27), card.validUntil());
        assertEquals(Instant.parse("2026-11-28T03:00:00Z"), card.publishedAt());
        assertTrue(index.open("a", Set.of(BOGOR), TODAY).isEmpty(), "not in another kab/kota's view");
        assertTrue(index.open("a", Set.of(BANDUNG), TODAY.plusDays(28)).isEmpty(), "not after its validity");
    }

    private void put(VacancyRow row) {
        index.put(row);
        index.refresh();
    }

    private SearchResult search(String words) {
        return index.search(query(words, BOTH, null, null, null, false, 1), TODAY);
    }

    private SearchResult newest(String words) {
        return index.search(query(words, BOTH, null, null, null, true, 1), TODAY);
    }

    private static SearchQuery query(String words, Set<String> kabKota, String major, Long wage, Integer days, boolean byDate,
                                     int page) {
        return new SearchQuery(words, kabKota, major, null, null, wage, days, byDate, page);
    }

    private static VacancyRow vacancy(String id, String title, String description, int daysAgo) {
        return new VacancyRow(id, BANDUNG, title, "PT Contoh", "8189", null, null, null, 1, 0, TODAY.minusDays(60),
                TODAY.plusDays(30), "PUBLISHED", published(daysAgo), description, List.of(), 1);
    }

    private static Instant published(int daysAgo) {
        return TODAY.minusDays(daysAgo).atStartOfDay().toInstant(java.time.ZoneOffset.UTC).plusSeconds(3600);
    }

    private static List<String> ids(SearchResult result) {
        return result.vacancies().stream().map(VacancyCard::id).toList();
    }
}
