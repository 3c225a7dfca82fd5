package id.go.jabarprov.disnakertrans.jobinfo.infrastructure;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The columns of the vacancy sheet, in the template's order. A column is found by its Indonesian template
 * header or by the draft's field name (what API users know), ignoring case, spaces and underscores.
 */
enum SheetColumn {
    TITLE("judul", "title", Kind.TEXT, true),
    OCCUPATION_CODE("kode_kbji", "occupationCode", Kind.OCCUPATION, true),
    NEEDED("jumlah", "needed", Kind.WHOLE, true),
    VALID_FROM("berlaku_mulai", "validFrom", Kind.DATE, true),
    VALID_UNTIL("berlaku_sampai", "validUntil", Kind.DATE, true),
    AGE_MIN("usia_min", "ageMin", Kind.WHOLE, false),
    AGE_MAX("usia_maks", "ageMax", Kind.WHOLE, false),
    SEX("jenis_kelamin", "sex", Kind.SEX, false),
    EDUCATION_CODE("pendidikan_min", "educationCode", Kind.TEXT, false),
    SKILLS("keterampilan", "skills", Kind.SKILLS, false),
    EXPERIENCE_YEARS("pengalaman_tahun", "experienceYears", Kind.WHOLE, false),
    WAGE_MIN("upah_min", "wageMin", Kind.RUPIAH, false),
    WAGE_MAX("upah_maks", "wageMax", Kind.RUPIAH, false),
    WORK_KAB_KOTA("kabkota", "workKabKota", Kind.KAB_KOTA, true),
    WORK_ADDRESS("alamat_kerja", "workAddress", Kind.TEXT, false),
    DESCRIPTION("deskripsi", "description", Kind.TEXT, true);

    enum Kind { TEXT, OCCUPATION, WHOLE, RUPIAH, DATE, SEX, SKILLS, KAB_KOTA }

    private final String header;
    private final String field;
    private final Kind kind;
    private final boolean required;

    SheetColumn(String header, String field, Kind kind, boolean required) {
        this.header = header;
        this.field = field;
        this.kind = kind;
        this.required = required;
    }

    /** The template's header. */
    String header() {
        return header;
    }

    /** The {@link id.go.jabarprov.disnakertrans.jobinfo.domain.VacancyDraft} component it fills. */
    String field() {
        return field;
    }

    Kind kind() {
        return kind;
    }

    /** A sheet without the column cannot give a storable vacancy, so it is refused as a whole. */
    boolean required() {
        return required;
    }

    String helpKey() {
        return "jobinfo.sheet.column." + header;
    }

    static Optional<SheetColumn> named(String header) {
        String wanted = comparable(header);
        return Arrays.stream(values())
                .filter(c -> comparable(c.header).equals(wanted) || comparable(c.field).equals(wanted))
                .findFirst();
    }

    static Optional<SheetColumn> ofField(String field) {
        return Arrays.stream(values()).filter(c -> c.field.equals(field)).findFirst();
    }

    private static String comparable(String header) {
        return header.replaceAll("[\\s\\u00A0\\uFEFF_]", "").toLowerCase(Locale.ROOT);
    }
}
