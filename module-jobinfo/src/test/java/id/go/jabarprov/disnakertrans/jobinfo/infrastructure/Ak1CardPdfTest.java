package id.go.jabarprov.disnakertrans.jobinfo.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.Rectangle;
import id.go.jabarprov.disnakertrans.jobinfo.infrastructure.Ak1Card.Education;
import id.go.jabarprov.disnakertrans.jobinfo.infrastructure.Ak1Card.Report;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The AK/1 card PDF: what it prints, that it stays on one page and inside its frames, and its labels. */
class Ak1CardPdfTest {

    private static final String NIK = "3273014505040003";
    private static final String URL = "https://disnakertrans.jabarprov.go.id/verify/K7QX-2M9P";
    private static byte[] photo;

    @BeforeAll
    static void photo() throws IOException {
        System.setProperty("java.awt.headless", "true");
        BufferedImage image = new BufferedImage(90, 120, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(200, 30, 30));
        g.fillRect(0, 0, 90, 120);
        g.setColor(new Color(240, 210, 180));
        g.fillOval(25, 20, 40, 50);
        g.fillRect(15, 80, 60, 40);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        photo = out.toByteArray();
    }

    private static Ak1Card.Builder card() {
        return Ak1Card.builder()
                .number("3273.2026.000042")
                .nik(NIK)
                .name("Siti Nurhaliza Rahmawati")
                .birthPlace("Bandung")
                .birthDate(LocalDate.of(2004, 5, 5))
                .sex("Perempuan")
                .maritalStatus("Belum Kawin")
                .religion("Islam")
                .address("Jl. Soekarno-Hatta No. 123, RT 002/RW 005, Kel. Cibaduyut, Kec. Bojongloa Kidul, Kota Bandung 40236")
                .education(Education.formal("SMK \u2013 Teknik Mesin, SMKN 1 Bandung, 2022"))
                .education(Education.nonFormal("Pelatihan Operator CNC, BLK Bandung, 2023"))
                .skills(List.of("Bubut", "Frais", "Membaca gambar teknik"))
                .issuedOn(LocalDate.of(2026, 3, 12))
                .validUntil(LocalDate.of(2028, 3, 12))
                .officerName("Dra. Ratna Sari Dewi")
                .officerNip("19750812 200003 2 004")
                .officeName("Kota Bandung")
                .verificationCode("K7QX-2M9P")
                .verificationUrl(URL)
                .photo(photo)
                .report(new Report("10 September 2026", "Asep Sunandar"));
    }

    private static String text(PDDocument pdf) throws IOException {
        return new PDFTextStripper().getText(pdf);
    }

    private static boolean hasImage(PDPage page) throws IOException {
        PDResources resources = page.getResources();
        for (COSName name : resources.getXObjectNames()) {
            if (resources.isImageXObject(name)) {
                return true;
            }
        }
        return false;
    }

    @Test
    void printsBothSidesOfTheCardOnOnePage() throws IOException {
        byte[] bytes = Ak1CardPdf.render(card().build());
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            assertEquals(1, pdf.getNumberOfPages());
            assertEquals(Ak1CardPdf.PAGE.getWidth(), pdf.getPage(0).getMediaBox().getWidth(), 0.5);
            assertEquals(Ak1CardPdf.PAGE.getHeight(), pdf.getPage(0).getMediaBox().getHeight(), 0.5);
            assertEquals("AK/1 3273.2026.000042", pdf.getDocumentInformation().getTitle());
            assertEquals("Disnaker Kota Bandung", pdf.getDocumentInformation().getAuthor());
            assertTrue(hasImage(pdf.getPage(0)), "the photo is embedded");
            String text = text(pdf);
            for (String expected : List.of("DINAS TENAGA KERJA KOTA BANDUNG",
                    "KARTU TANDA BUKTI PENDAFTARAN PENCARI KERJA (AK/1)", "LAPORAN", "PERHATIAN",
                    "Nomor Pendaftaran", "3273.2026.000042", NIK, "Siti Nurhaliza Rahmawati", "Bandung, 5 Mei 2004",
                    "Perempuan", "Belum Kawin", "Islam", "Kel. Cibaduyut",
                    "SMK \u2013 Teknik Mesin, SMKN 1 Bandung, 2022", "Pelatihan Operator CNC, BLK Bandung, 2023",
                    "Bubut, Frais, Membaca gambar teknik", "Berlaku s.d. 12 Maret 2028", "Kota Bandung, 12 Maret 2026",
                    "Pengantar Kerja,", "Dra. Ratna Sari Dewi", "NIP. 19750812 200003 2 004", "K7QX-2M9P",
                    "Laporan ke-1", "Laporan ke-2", "Laporan ke-3", "Laporan ke-4", "Tanggal Lapor", "Paraf Petugas",
                    "10 September 2026", "Asep Sunandar", "Pendidikan Formal", "Pendidikan Non-Formal", "Keterampilan",
                    "Tempat/Tgl. Lahir", "Jenis Kelamin", "Status Perkawinan", "Agama", "Alamat", "Nama Lengkap",
                    "Dinas Tenaga Kerja Kota Bandung", "tanpa dipungut biaya", "Gunting pada garis putus-putus")) {
                assertTrue(text.contains(expected), () -> "missing: " + expected + "\n" + text);
            }
            assertFalse(text.contains(Ak1CardPdf.ELLIPSIS), "nothing of an ordinary card is cut");
            assertFalse(text.contains("PEMERINTAH PROVINSI"), "a kab/kota card has the kab/kota office's header");
            assertEquals(4, IntStream.rangeClosed(1, 4).filter(n -> text.contains("Laporan ke-" + n)).count());
        }
    }

    @Test
    void longValuesAreCutInsideTheFrameAndStayOnOnePage() throws IOException {
        String address = "Jl. Raya Cibeureum Gang Haji Sanusi No. 17B, ".repeat(60);
        List<String> skills = IntStream.rangeClosed(1, 12).mapToObj(i -> "Keterampilan panjang nomor " + i + " (bersertifikat)")
                .collect(Collectors.toList());
        Ak1Card.Builder builder = card()
                .name("Raden Ajeng Siti Nurhaliza Rahmawati Kusumawardhani Putri Pertiwi Anggraeni Sukmawati Wulandari")
                .address(address)
                .skills(skills)
                .officerName("Prof. Dr. Ir. Raden Mas Muhammad Abdurrahman Wahid Kartasasmita, S.T., M.T., M.Sc.")
                .birthPlace("Kabupaten Bandung Barat " + "x".repeat(400))
                .reports(List.of(new Report("10 September 2026", "Asep Sunandar Sunarya Wijayakusuma Permana Diningrat"),
                        new Report("9 Maret 2027", "Asep"), new Report("8 September 2027", "Ujang"),
                        new Report("7 Maret 2028", "Euis")));
        for (int i = 1; i <= 8; i++) {
            builder.education(Education.formal("Pendidikan formal ke-" + i + " yang sangat panjang sekali namanya, Bandung, 20" + (10 + i)));
        }
        byte[] bytes = Ak1CardPdf.render(builder.build());
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            assertEquals(1, pdf.getNumberOfPages());
            String text = text(pdf);
            assertTrue(text.contains(Ak1CardPdf.ELLIPSIS), "what does not fit is cut with an ellipsis");
            for (String expected : List.of("Keterampilan panjang nomor 1", "Keterampilan", "Berlaku s.d. 12 Maret 2028",
                    "NIP. 19750812 200003 2 004", "Laporan ke-4", "Euis", "PERHATIAN", "K7QX-2M9P", NIK)) {
                assertTrue(text.contains(expected), () -> "missing: " + expected + "\n" + text);
            }
            assertEverythingInsideTheFrames(pdf);
        }
    }

    @Test
    void anOrdinaryCardIsInsideTheFramesToo() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(Ak1CardPdf.render(card().build()))) {
            assertEverythingInsideTheFrames(pdf);
        }
    }

    @Test
    void withoutPhotoAnEmptyFrameIsPrinted() throws IOException {
        byte[] bytes = Ak1CardPdf.render(card().photo(null).birthDate(null).address(null).skills(List.of())
                .educations(List.of()).reports(List.of()).officerNip(null).build());
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            assertEquals(1, pdf.getNumberOfPages());
            assertFalse(hasImage(pdf.getPage(0)));
            String text = text(pdf);
            assertTrue(text.contains("Pas foto 3x4"), text);
            assertTrue(text.contains("Bandung, -"), text);
        }
    }

    @Test
    void anUnreadablePhotoIsPrintedAsAnEmptyFrame() throws IOException {
        byte[] bytes = Ak1CardPdf.render(card().photo("not an image".getBytes(StandardCharsets.US_ASCII)).build());
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            assertEquals(1, pdf.getNumberOfPages());
            assertTrue(text(pdf).contains("Pas foto 3x4"));
        }
    }

    @Test
    void theLabelsAreIndonesianWhateverTheServerLocale() throws IOException {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.ENGLISH);
            try (PDDocument pdf = Loader.loadPDF(Ak1CardPdf.render(card().build()))) {
                String text = text(pdf);
                assertTrue(text.contains("KARTU TANDA BUKTI PENDAFTARAN PENCARI KERJA (AK/1)"), text);
                assertTrue(text.contains("Berlaku s.d. 12 Maret 2028"), text);
            }
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void theCardHoldsFourReportsAndItsToStringHidesTheNik() {
        Report report = new Report("1 Januari 2027", "Asep");
        assertThrows(IllegalArgumentException.class,
                () -> card().reports(List.of(report, report, report, report, report)).build());
        assertThrows(IllegalArgumentException.class, () -> card().validUntil(LocalDate.of(2025, 1, 1)).build());
        assertThrows(NullPointerException.class, () -> card().nik(null).build());
        Ak1Card card = card().build();
        assertFalse(card.toString().contains(NIK), card.toString());
        assertTrue(card.toString().contains("************0003"), card.toString());
        assertEquals(card, card().build());
        assertEquals(card.hashCode(), card().build().hashCode());
        card.photo()[0] = 0;
        assertEquals(card, card().build(), "the photo cannot be changed through its accessor");
    }

    @Test
    void everyLabelTheRendererUsesExistsInBothBundles() throws IOException {
        String source = Files.readString(Path.of(
                "src/main/java/id/go/jabarprov/disnakertrans/jobinfo/infrastructure/Ak1CardPdf.java"));
        Set<String> used = new TreeSet<>();
        Matcher m = Pattern.compile("\"(jobinfo\\.ak1\\.[A-Za-z0-9.]+)\"").matcher(source);
        while (m.find()) {
            used.add(m.group(1));
        }
        assertTrue(used.size() > 30, () -> "keys found: " + used);
        Properties id = bundle("messages.properties");
        Properties en = bundle("messages_en.properties");
        Set<String> missing = new TreeSet<>();
        for (String key : used) {
            if (id.getProperty(key, "").isBlank()) {
                missing.add("id: " + key);
            }
            if (en.getProperty(key, "").isBlank()) {
                missing.add("en: " + key);
            }
        }
        assertEquals(Set.of(), missing);
        Set<String> idKeys = ak1Keys(id);
        assertEquals(idKeys, ak1Keys(en), "the same AK/1 keys in Bahasa Indonesia and English");
        assertEquals(used, idKeys, "no AK/1 key in the bundles that the renderer does not use");
        // the renderer reads the same base bundle the test read, not the English one
        assertEquals(id.getProperty("jobinfo.ak1.title"), Ak1CardPdf.labels().getString("jobinfo.ak1.title"));
    }

    private static Set<String> ak1Keys(Properties properties) {
        return properties.stringPropertyNames().stream().filter(k -> k.startsWith("jobinfo.ak1."))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Ak1CardPdfTest.class.getResourceAsStream("/id/go/jabarprov/disnakertrans/jobinfo/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    /**
     * Every glyph lies wholly inside the front or the back frame, except the fold marks' labels and the
     * cutting instruction under the card: nothing straddles or overflows a frame.
     */
    private static void assertEverythingInsideTheFrames(PDDocument pdf) throws IOException {
        List<TextPosition> glyphs = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) throws IOException {
                glyphs.addAll(positions);
                super.writeString(text, positions);
            }
        };
        stripper.getText(pdf);
        float pageHeight = pdf.getPage(0).getMediaBox().getHeight();
        Rectangle front = Ak1CardPdf.frame(Ak1CardPdf.FRONT_BOTTOM);
        Rectangle back = Ak1CardPdf.frame(Ak1CardPdf.BACK_BOTTOM);
        StringBuilder outside = new StringBuilder();
        for (TextPosition glyph : glyphs) {
            if (glyph.getUnicode().isBlank()) {
                continue;
            }
            if (!inside(glyph, front, pageHeight) && !inside(glyph, back, pageHeight)) {
                outside.append(glyph.getUnicode());
            }
        }
        var labels = Ak1CardPdf.labels();
        String expected = labels.getString("jobinfo.ak1.fold") + labels.getString("jobinfo.ak1.fold")
                + labels.getString("jobinfo.ak1.cut");
        assertEquals(expected.replaceAll("\\s", ""), outside.toString());
    }

    private static boolean inside(TextPosition glyph, Rectangle frame, float pageHeight) {
        float left = glyph.getXDirAdj();
        float right = left + glyph.getWidthDirAdj();
        float baseline = glyph.getYDirAdj();
        float top = baseline - glyph.getHeightDir();
        float frameTop = pageHeight - frame.getTop();
        float frameBottom = pageHeight - frame.getBottom();
        return left >= frame.getLeft() + 0.5f && right <= frame.getRight() - 0.5f
                && top >= frameTop + 0.5f && baseline <= frameBottom - 1.5f;
    }
}
