package id.go.jabarprov.disnakertrans.testmodule;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Twenty rows held in memory for the benchmark's Faces floor ({@code /bench/table.xhtml}): what a page costs
 * with the portal's layout and a PrimeFaces table of a search page's size, and no database behind it.
 */
@Named
@ApplicationScoped
public class BenchTable {

    private final List<Row> rows = IntStream.rangeClosed(1, 20).mapToObj(i -> new Row(
            "7" + (200 + i), "Operator Mesin Produksi " + i, "PT Contoh Sejahtera " + i, "Kabupaten Bekasi",
            4_500_000L + 50_000L * i, "2026-12-" + String.format("%02d", i + 5))).toList();

    public List<Row> getRows() {
        return rows;
    }

    /** A row with getters (Expression Language 5 does not read record components as properties). */
    public static final class Row {
        private final String code;
        private final String title;
        private final String employer;
        private final String place;
        private final long wage;
        private final String until;

        Row(String code, String title, String employer, String place, long wage, String until) {
            this.code = code;
            this.title = title;
            this.employer = employer;
            this.place = place;
            this.wage = wage;
            this.until = until;
        }

        public String getCode() { return code; }
        public String getTitle() { return title; }
        public String getEmployer() { return employer; }
        public String getPlace() { return place; }
        public long getWage() { return wage; }
        public String getUntil() { return until; }
    }
}
