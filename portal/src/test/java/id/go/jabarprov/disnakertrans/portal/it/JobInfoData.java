package id.go.jabarprov.disnakertrans.portal.it;

import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * The job-information benchmark's data (JobInfoBenchmark): job seekers, employers and vacancies over the 27
 * kab/kota of West Java, written straight into PostgreSQL with COPY. Seeded and repeatable: the same seed and
 * sizes give the same rows (ids included), and dates are counted back and forward from the day of generation.
 *
 * <p>Distributions, roughly as the province's offices see them: kab/kota by population (Kab. Bogor, Bandung,
 * Bekasi big; Kota Banjar small), vacancies weighted further towards the industrial belt (Bekasi, Karawang,
 * Purwakarta); KBJI unit groups by major group (few managers, many sales, craft, operators) with a skew to the
 * common occupations; seekers mostly SMA/SMK, aged 18–30 mostly (born 1966–2008); 86 % ACTIVE cards (a few of
 * them expired), some SUBMITTED, RETURNED and PLACED; vacancies mostly PUBLISHED for 1–90 more days, published
 * in the last 60 days, with wages around the kab/kota's minimum wage. Titles and descriptions are built from the
 * KBJI Indonesian titles and the words job advertisements use ("operator produksi", "admin gudang", "kasir"),
 * so that the full-text search finds what people type ({@link #SEARCH_WORDS}).
 *
 * <p>Reference data (wilayah to desa, KBJI, KBLI, education) is read from the portal's own tables, which its
 * migration loaded. Not filled: photos, issued card documents, six-monthly reports, applications. The rows go in
 * through pgjdbc's CopyManager, one chunk being copied while the next is generated; the foreign-key triggers are
 * skipped while copying (session_replication_role, which needs a superuser; otherwise rows are checked as usual) and
 * orphans are looked for afterwards; then VACUUM ANALYZE, so autovacuum does not start during the measurements.
 */
public final class JobInfoData {

    /** The generator's version: raise it when what it writes changes, so that no run reuses data of an older one. */
    static final int GENERATOR = 2;

    /** Words and phrases people search for; each occurs in generated titles or descriptions (some rarely). */
    public static final List<String> SEARCH_WORDS = List.of(
            "operator produksi", "operator", "admin", "staf administrasi", "admin gudang", "gudang", "kasir", "sales",
            "driver", "sopir", "satpam", "security", "penjahit", "operator jahit", "teknisi", "teknisi listrik",
            "mekanik", "las", "welder", "cleaning service", "helper", "perawat", "bidan", "guru", "akuntansi",
            "staf keuangan", "marketing", "programmer", "web developer", "customer service", "juru masak", "barista",
            "pramusaji", "forklift", "quality control", "assembly", "pengemasan", "kurir", "spg", "resepsionis",
            "bandung", "bekasi", "karawang", "shift", "bpjs", "mesin", "listrik", "makanan", "plastik", "garmen",
            "pengemudi", "penjualan", "bangunan", "apoteker", "supervisor", "hrd", "logistik", "desain grafis");

    /**
     * A seeded mix of public searches over the province (wilayah=32) as query strings, for the search page and the
     * API alike: mostly words (or a phrase) from {@link #SEARCH_WORDS}, some browsing without words; now and then
     * one kab/kota, a KBJI major group, an education, a wage floor, a posting age; sorted by date a third of the
     * time; mostly the first page, sometimes the second to fifth.
     */
    public static List<String> searchQueries(long seed, int count) {
        SplittableRandom random = new SplittableRandom(seed);
        List<String> codes = POPULATION.keySet().stream().sorted().toList();
        double[] jobs = codes.stream().mapToDouble(c -> POPULATION.get(c) * INDUSTRY.getOrDefault(c, 1.0)).toArray();
        Weighted<String> kabKota = new Weighted<>(codes, jobs);
        double[] wordWeights = new double[SEARCH_WORDS.size()];
        for (int i = 0; i < wordWeights.length; i++) {
            wordWeights[i] = 1.0 / Math.pow(1 + i, 0.5); // the list starts with what people type most
        }
        Weighted<String> words = new Weighted<>(SEARCH_WORDS, wordWeights);
        List<String> queries = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            StringBuilder q = new StringBuilder("wilayah=32");
            if (random.nextInt(100) < 82) {
                q.append("&q=").append(words.pick(random).replace(' ', '+'));
            }
            if (random.nextInt(100) < 30) {
                q.append("&kk=").append(kabKota.pick(random));
            }
            if (random.nextInt(100) < 15) {
                q.append("&major=").append(new int[] {2, 3, 4, 5, 5, 7, 8, 8, 9}[random.nextInt(9)]);
            }
            if (random.nextInt(100) < 20) {
                q.append("&edu=").append(new String[] {"SMP", "SMA", "SMK", "SMK", "D3", "S1"}[random.nextInt(6)]);
            }
            if (random.nextInt(100) < 10) {
                q.append("&wage=").append(new int[] {3_000_000, 4_000_000, 4_500_000, 5_000_000}[random.nextInt(4)]);
            }
            if (random.nextInt(100) < 20) {
                q.append("&since=").append(new int[] {1, 7, 7, 30}[random.nextInt(4)]);
            }
            if (random.nextInt(100) < 33) {
                q.append("&sort=date");
            }
            int p = random.nextInt(100);
            if (p >= 80) {
                q.append("&page=").append(p < 95 ? 2 : 3 + random.nextInt(3));
            }
            queries.add(q.toString());
        }
        return queries;
    }

    /** Approximate population of each kab/kota (thousands, 2024): the seekers' spread. */
    static final Map<String, Integer> POPULATION = Map.ofEntries(
            Map.entry("32.01", 5640), Map.entry("32.02", 2800), Map.entry("32.03", 2560), Map.entry("32.04", 3750),
            Map.entry("32.05", 2680), Map.entry("32.06", 1900), Map.entry("32.07", 1250), Map.entry("32.08", 1200),
            Map.entry("32.09", 2300), Map.entry("32.10", 1330), Map.entry("32.11", 1170), Map.entry("32.12", 1870),
            Map.entry("32.13", 1640), Map.entry("32.14", 1030), Map.entry("32.15", 2500), Map.entry("32.16", 3200),
            Map.entry("32.17", 1850), Map.entry("32.18", 430), Map.entry("32.71", 1070), Map.entry("32.72", 360),
            Map.entry("32.73", 2520), Map.entry("32.74", 340), Map.entry("32.75", 2600), Map.entry("32.76", 2150),
            Map.entry("32.77", 580), Map.entry("32.78", 730), Map.entry("32.79", 210));

    /** Where the jobs are, relative to population: the industrial belt and the cities post more. */
    static final Map<String, Double> INDUSTRY = Map.ofEntries(
            Map.entry("32.16", 2.5), Map.entry("32.15", 2.5), Map.entry("32.14", 1.8), Map.entry("32.75", 1.3),
            Map.entry("32.73", 1.6), Map.entry("32.01", 1.2), Map.entry("32.76", 1.1), Map.entry("32.77", 1.3),
            Map.entry("32.13", 1.2), Map.entry("32.71", 1.1), Map.entry("32.05", 0.6), Map.entry("32.06", 0.5),
            Map.entry("32.07", 0.6), Map.entry("32.08", 0.6), Map.entry("32.18", 0.6), Map.entry("32.03", 0.6),
            Map.entry("32.02", 0.7), Map.entry("32.12", 0.6), Map.entry("32.10", 0.7));

    /** Minimum wage (UMK) per kab/kota, rupiah a month, approximately. */
    static final Map<String, Integer> UMK = Map.ofEntries(
            Map.entry("32.75", 5_690_000), Map.entry("32.16", 5_560_000), Map.entry("32.15", 5_600_000),
            Map.entry("32.76", 5_200_000), Map.entry("32.71", 5_130_000), Map.entry("32.01", 4_880_000),
            Map.entry("32.14", 4_790_000), Map.entry("32.73", 4_480_000), Map.entry("32.77", 3_900_000),
            Map.entry("32.04", 3_760_000), Map.entry("32.17", 3_730_000), Map.entry("32.11", 3_750_000),
            Map.entry("32.02", 3_600_000), Map.entry("32.13", 3_500_000), Map.entry("32.03", 3_100_000),
            Map.entry("32.72", 3_000_000), Map.entry("32.09", 2_750_000), Map.entry("32.74", 2_770_000),
            Map.entry("32.12", 2_720_000), Map.entry("32.10", 2_400_000), Map.entry("32.06", 2_700_000),
            Map.entry("32.78", 2_800_000), Map.entry("32.05", 2_330_000), Map.entry("32.08", 2_300_000),
            Map.entry("32.07", 2_310_000), Map.entry("32.18", 2_300_000), Map.entry("32.79", 2_200_000));

    private static final double[] SEEKER_MAJOR = {0, 1.5, 6, 9, 17, 22, 3, 13, 16, 12.5};
    private static final double[] VACANCY_MAJOR = {0, 2, 6, 9, 14, 22, 1, 12, 24, 10};

    /** What job advertisements call the common occupations (KBJI unit group → titles). */
    private static final Map<String, String[]> ALIASES = Map.ofEntries(
            Map.entry("4110", new String[] {"Staf Administrasi", "Admin Kantor"}), Map.entry("4120", new String[] {"Sekretaris"}),
            Map.entry("4132", new String[] {"Admin Input Data", "Data Entry"}), Map.entry("4211", new String[] {"Teller Bank"}),
            Map.entry("4222", new String[] {"Customer Service", "Call Center"}), Map.entry("4226", new String[] {"Resepsionis", "Front Office"}),
            Map.entry("4311", new String[] {"Staf Akuntansi", "Admin Keuangan"}), Map.entry("4321", new String[] {"Admin Gudang", "Staf Gudang"}),
            Map.entry("4322", new String[] {"Admin Produksi", "PPIC"}), Map.entry("4323", new String[] {"Admin Logistik", "Staf Ekspedisi"}),
            Map.entry("4416", new String[] {"Staf HRD", "Admin Personalia"}), Map.entry("5120", new String[] {"Juru Masak", "Cook"}),
            Map.entry("5131", new String[] {"Pramusaji", "Waiter/Waitress"}), Map.entry("5132", new String[] {"Barista", "Bartender"}),
            Map.entry("5223", new String[] {"Pramuniaga", "Sales Toko"}), Map.entry("5230", new String[] {"Kasir", "Kasir Minimarket"}),
            Map.entry("5242", new String[] {"SPG/SPB", "Sales Promotion"}), Map.entry("5243", new String[] {"Sales Lapangan", "Sales Canvasser"}),
            Map.entry("5414", new String[] {"Satpam", "Security"}), Map.entry("5311", new String[] {"Baby Sitter", "Pengasuh Anak"}),
            Map.entry("5321", new String[] {"Caregiver", "Asisten Perawat"}), Map.entry("7212", new String[] {"Welder", "Tukang Las"}),
            Map.entry("7231", new String[] {"Mekanik Motor", "Mekanik Mobil"}), Map.entry("7233", new String[] {"Mekanik Mesin Produksi"}),
            Map.entry("7411", new String[] {"Teknisi Listrik", "Electrician"}), Map.entry("7412", new String[] {"Teknisi Listrik Industri"}),
            Map.entry("7421", new String[] {"Teknisi Elektronik", "Teknisi AC"}), Map.entry("7512", new String[] {"Baker", "Pembuat Roti"}),
            Map.entry("7533", new String[] {"Penjahit", "Operator Jahit"}), Map.entry("7543", new String[] {"Quality Control", "QC Inspector"}),
            Map.entry("8121", new String[] {"Operator Mesin CNC", "Operator Produksi"}), Map.entry("8142", new String[] {"Operator Injeksi Plastik", "Operator Produksi"}),
            Map.entry("8153", new String[] {"Operator Jahit", "Operator Produksi Garmen"}), Map.entry("8160", new String[] {"Operator Produksi Makanan", "Operator Produksi"}),
            Map.entry("8189", new String[] {"Operator Produksi", "Operator Mesin"}), Map.entry("8211", new String[] {"Operator Assembly", "Perakit Mesin"}),
            Map.entry("8212", new String[] {"Operator Assembly Elektronik", "Operator Produksi"}), Map.entry("8219", new String[] {"Operator Assembly"}),
            Map.entry("8321", new String[] {"Kurir Motor", "Kurir"}), Map.entry("8322", new String[] {"Driver", "Sopir Pribadi"}),
            Map.entry("8332", new String[] {"Sopir Truk", "Driver Ekspedisi"}), Map.entry("8344", new String[] {"Operator Forklift"}),
            Map.entry("9112", new String[] {"Cleaning Service", "Office Boy"}), Map.entry("9129", new String[] {"Cleaning Service"}),
            Map.entry("9313", new String[] {"Helper Bangunan", "Kenek"}), Map.entry("9321", new String[] {"Helper Packing", "Buruh Pengemasan"}),
            Map.entry("9329", new String[] {"Helper Produksi", "Buruh Pabrik"}), Map.entry("9333", new String[] {"Helper Gudang", "Bongkar Muat"}),
            Map.entry("9412", new String[] {"Cook Helper", "Juru Bantu Dapur"}), Map.entry("2512", new String[] {"Programmer", "Software Engineer"}),
            Map.entry("2513", new String[] {"Web Developer", "Desain Grafis dan Multimedia"}), Map.entry("2514", new String[] {"Programmer Aplikasi", "Mobile Developer"}),
            Map.entry("2221", new String[] {"Perawat", "Perawat Klinik"}), Map.entry("2222", new String[] {"Bidan"}),
            Map.entry("2262", new String[] {"Apoteker"}), Map.entry("2330", new String[] {"Guru SMA/SMK"}),
            Map.entry("2341", new String[] {"Guru SD"}), Map.entry("2342", new String[] {"Guru PAUD/TK"}),
            Map.entry("2411", new String[] {"Akuntan", "Staf Keuangan"}), Map.entry("2431", new String[] {"Marketing", "Digital Marketing"}),
            Map.entry("2423", new String[] {"HRD", "Staf Rekrutmen"}), Map.entry("3115", new String[] {"Teknisi Mesin", "Maintenance"}),
            Map.entry("3118", new String[] {"Drafter"}), Map.entry("3122", new String[] {"Supervisor Produksi", "Leader Produksi"}),
            Map.entry("3213", new String[] {"Asisten Apoteker", "Tenaga Teknis Kefarmasian"}), Map.entry("3313", new String[] {"Staf Akuntansi", "Staf Pajak"}),
            Map.entry("3322", new String[] {"Sales Executive", "Marketing"}), Map.entry("3341", new String[] {"Supervisor Administrasi"}),
            Map.entry("3512", new String[] {"IT Support", "Helpdesk IT"}), Map.entry("3513", new String[] {"Teknisi Jaringan", "Network Engineer"}),
            Map.entry("1221", new String[] {"Sales Manager", "Manajer Pemasaran"}), Map.entry("1324", new String[] {"Manajer Logistik"}),
            Map.entry("1420", new String[] {"Kepala Toko", "Store Manager"}), Map.entry("1412", new String[] {"Manajer Restoran"}));

    private static final String[][] DUTIES = {
        {},
        {"memimpin dan mengembangkan tim", "menyusun rencana kerja dan anggaran", "memantau pencapaian target", "melaporkan kinerja kepada direksi", "mengoordinasikan operasional harian"},
        {"menganalisis kebutuhan pengguna", "menyusun laporan teknis", "mengembangkan dan menguji sistem", "memberikan pelayanan profesional sesuai standar", "menyusun rencana pembelajaran"},
        {"melakukan pemeriksaan kualitas", "membuat gambar kerja", "memelihara peralatan", "menyiapkan laporan harian", "membantu tenaga ahli di lapangan"},
        {"mengelola surat-menyurat dan arsip", "menginput data ke sistem", "menyusun laporan administrasi", "melayani tamu dan telepon", "mencatat keluar masuk barang gudang"},
        {"melayani pelanggan dengan ramah", "mencapai target penjualan bulanan", "menata display produk", "mengelola transaksi kasir", "menjaga keamanan dan ketertiban area kerja", "menyiapkan dan menyajikan makanan"},
        {"mengolah lahan dan merawat tanaman", "memberi pakan dan merawat ternak", "memanen hasil", "memelihara kolam ikan"},
        {"melakukan pengelasan sesuai gambar kerja", "memperbaiki kendaraan dan mesin", "memasang instalasi listrik", "menjahit sesuai pola", "mengerjakan konstruksi bangunan", "membuat roti dan kue"},
        {"mengoperasikan mesin produksi", "memastikan target produksi harian tercapai", "melakukan perawatan ringan mesin", "merakit komponen sesuai standar", "mengemudikan kendaraan perusahaan", "mengirim barang ke pelanggan"},
        {"membersihkan area kantor dan pabrik", "membantu proses pengemasan barang", "mengangkat dan menata barang di gudang", "membantu pekerjaan dapur", "membantu pekerjaan bangunan"}};

    private static final String[] GENERIC_SKILLS = {"Microsoft Office", "Microsoft Excel", "komunikasi", "kerja tim", "bahasa Inggris", "disiplin", "SIM C", "SIM A"};
    private static final String[][] SKILLS = {
        {},
        {"manajemen tim", "negosiasi", "perencanaan anggaran", "analisis penjualan", "kepemimpinan"},
        {"Java", "Python", "SQL", "jaringan komputer", "akuntansi keuangan", "perpajakan", "asuhan keperawatan", "kebidanan", "mengajar", "kurikulum merdeka", "AutoCAD", "analisis data", "pemasaran digital", "rekrutmen", "desain grafis"},
        {"AutoCAD", "quality control", "K3", "perawatan mesin", "SAP", "akuntansi", "perakitan komputer", "jaringan LAN", "farmasi", "menggambar teknik"},
        {"administrasi perkantoran", "input data", "kearsipan", "Microsoft Excel", "pelayanan pelanggan", "stock opname", "surat menyurat", "mengetik cepat"},
        {"pelayanan pelanggan", "kasir", "penjualan", "memasak", "barista", "tata boga", "keamanan", "bela diri", "merawat anak", "tata rias", "public speaking"},
        {"bercocok tanam", "budidaya ikan", "beternak", "pupuk dan pestisida", "mengoperasikan traktor"},
        {"las listrik", "las argon", "mesin bubut", "menjahit", "obras", "instalasi listrik", "mekanik motor", "mekanik mobil", "tukang batu", "tukang kayu", "membuat roti", "elektronika"},
        {"operator mesin", "mesin CNC", "mesin jahit industri", "forklift", "SIM B1", "SIM B2 umum", "merakit komponen", "quality control", "5S", "mesin injeksi plastik", "mengemudi"},
        {"kebersihan", "pengemasan", "angkat barang", "membantu dapur", "tukang kebun", "bongkar muat"}};

    private static final String[] BENEFITS = {"BPJS Kesehatan", "BPJS Ketenagakerjaan", "THR", "uang makan", "uang transport",
        "jenjang karier", "lembur dibayar", "mess karyawan", "bonus kinerja", "seragam kerja", "pelatihan kerja"};
    private static final String[] MALE = {"Asep", "Dedi", "Ujang", "Agus", "Budi", "Rudi", "Iwan", "Dadang", "Cecep", "Yusuf", "Rizky",
        "Fajar", "Dimas", "Andi", "Eko", "Hendra", "Ilham", "Rahmat", "Dani", "Aditya", "Muhammad", "Ahmad", "Deden", "Ade", "Kurnia",
        "Irfan", "Gilang", "Bayu", "Teguh", "Wahyu", "Yayan", "Dede", "Jajang", "Engkos", "Rendi", "Fikri", "Galih", "Hilman"};
    private static final String[] FEMALE = {"Siti", "Neng", "Euis", "Dewi", "Rina", "Sri", "Nur", "Ani", "Yuli", "Lina", "Rika", "Fitri",
        "Indah", "Ayu", "Putri", "Rani", "Wulan", "Nining", "Iis", "Eni", "Tati", "Nurul", "Anisa", "Dinda", "Salsabila", "Nabila",
        "Intan", "Mega", "Resti", "Silvi", "Cucu", "Elis", "Yeni", "Lilis", "Hana", "Tiara"};
    private static final String[] MALE_LAST = {"Saputra", "Hidayat", "Nugraha", "Permana", "Kurniawan", "Setiawan", "Suryana", "Rahman",
        "Hermawan", "Firmansyah", "Ramdani", "Maulana", "Pratama", "Gunawan", "Hakim", "Sopian", "Supriatna", "Sutisna", "Wijaya",
        "Kusuma", "Mulyana", "Somantri", "Rusmana", "Sudrajat", "Hendrawan", "Iskandar"};
    private static final String[] FEMALE_LAST = {"Lestari", "Rahayu", "Nurhayati", "Fitriani", "Agustina", "Handayani", "Wulandari",
        "Susanti", "Oktaviani", "Apriliani", "Kurniasih", "Rosita", "Maryani", "Sulastri", "Marlina", "Komalasari", "Nurjanah",
        "Safitri", "Purnamasari", "Anggraeni", "Kartika", "Permatasari"};
    private static final String[] STREETS = {"Merdeka", "Sudirman", "Ahmad Yani", "Siliwangi", "Pahlawan", "Cempaka", "Melati", "Mawar",
        "Kenanga", "Diponegoro", "Gatot Subroto", "Veteran", "Pasundan", "Otista", "Pajajaran", "Kartini", "Cihampelas", "Raya Industri",
        "Kawasan Industri Jababeka", "Raya Cikampek", "Suryakencana", "Dewi Sartika", "Juanda", "Pemuda"};
    private static final String[] COMPANY_WORDS = {"Sinar", "Jaya", "Abadi", "Makmur", "Sentosa", "Mandiri", "Karya", "Indah", "Prima",
        "Mulia", "Sejahtera", "Utama", "Nusantara", "Global", "Parahyangan", "Pasundan", "Priangan", "Tekstil", "Garmen", "Logistik",
        "Plastik", "Elektrindo", "Otomotif", "Pangan", "Farma", "Niaga", "Teknik", "Persada", "Gemilang", "Cahaya", "Bintang", "Mitra",
        "Anugerah", "Berkah", "Lestari", "Metalindo", "Sukses", "Agung", "Kencana", "Buana"};
    private static final String[] UNIVERSITIES = {"Universitas Padjadjaran", "Institut Teknologi Bandung", "Universitas Pendidikan Indonesia",
        "Universitas Pakuan", "Universitas Siliwangi", "Universitas Singaperbangsa Karawang", "Universitas Islam Bandung",
        "Universitas Pasundan", "Universitas Gunadarma", "IPB University", "Universitas Swadaya Gunung Jati", "Universitas Kuningan",
        "Universitas Galuh", "Universitas Suryakancana", "Politeknik Negeri Bandung", "Politeknik Manufaktur Bandung",
        "Universitas Muhammadiyah Sukabumi", "Universitas Pelita Bangsa", "Universitas Bhayangkara Jakarta Raya", "Telkom University"};
    private static final String[] SMK_MAJORS = {"Teknik Kendaraan Ringan", "Teknik Pemesinan", "Teknik Instalasi Tenaga Listrik",
        "Akuntansi dan Keuangan Lembaga", "Otomatisasi dan Tata Kelola Perkantoran", "Bisnis Daring dan Pemasaran",
        "Teknik Komputer dan Jaringan", "Rekayasa Perangkat Lunak", "Tata Busana", "Tata Boga", "Farmasi", "Keperawatan",
        "Teknik Pengelasan", "Multimedia"};
    private static final String[] COLLEGE_MAJORS = {"Teknik Mesin", "Teknik Elektro", "Teknik Industri", "Teknik Informatika",
        "Sistem Informasi", "Akuntansi", "Manajemen", "Administrasi Bisnis", "Ilmu Komunikasi", "Keperawatan", "Kebidanan", "Farmasi",
        "Pendidikan Guru Sekolah Dasar", "Pendidikan Bahasa Inggris", "Agribisnis", "Hukum", "Psikologi", "Teknik Sipil",
        "Manajemen Informatika", "Perhotelan"};
    private static final String[] EDU = {"TIDAK_TAMAT_SD", "SD", "SMP", "SMA", "SMK", "D1", "D2", "D3", "D4", "S1", "S2", "S3"};
    private static final int[] EDU_RANK = {0, 1, 2, 3, 3, 4, 5, 6, 7, 7, 8, 9};
    /** Seekers' education by the major group of their first occupation (weights over EDU). */
    private static final double[][] SEEKER_EDU = {
        {},
        {0, 0, 0, 3, 3, 0, 0, 10, 4, 65, 14, 1},
        {0, 0, 0, 0, 2, 0, 0, 10, 8, 70, 9, 1},
        {0, 0, 0, 8, 22, 2, 2, 33, 6, 27, 0, 0},
        {0, 0, 2, 28, 32, 2, 1, 17, 2, 16, 0, 0},
        {1, 4, 16, 35, 30, 1, 1, 6, 1, 5, 0, 0},
        {8, 35, 30, 15, 10, 0, 0, 1, 0, 1, 0, 0},
        {2, 9, 20, 14, 48, 1, 1, 4, 0, 1, 0, 0},
        {1, 5, 15, 30, 44, 1, 1, 2, 0, 1, 0, 0},
        {8, 28, 33, 18, 12, 0, 0, 1, 0, 0, 0, 0}};
    /** Vacancies' minimum education by major group (weights over EDU, then "none" last). */
    private static final double[][] VACANCY_EDU = {
        {},
        {0, 0, 0, 0, 0, 0, 0, 10, 5, 80, 5, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 10, 10, 78, 2, 0, 0},
        {0, 0, 0, 10, 25, 0, 0, 40, 0, 20, 0, 0, 5},
        {0, 0, 0, 30, 30, 0, 0, 22, 0, 13, 0, 0, 5},
        {0, 0, 22, 30, 25, 0, 0, 5, 0, 3, 0, 0, 15},
        {0, 30, 30, 10, 0, 0, 0, 0, 0, 0, 0, 0, 30},
        {0, 5, 20, 10, 50, 0, 0, 0, 0, 0, 0, 0, 15},
        {0, 3, 17, 35, 35, 0, 0, 0, 0, 0, 0, 0, 10},
        {0, 30, 40, 0, 0, 0, 0, 0, 0, 0, 0, 0, 30}};
    private static final String[] SEEKER_STATUS = {"ACTIVE", "SUBMITTED", "RETURNED", "PLACED"};
    private static final double[] SEEKER_STATUS_WEIGHT = {86, 5, 1, 8};
    private static final String[] VACANCY_STATUS = {"PUBLISHED", "SUBMITTED", "RETURNED", "FILLED", "CLOSED"};
    private static final double[] VACANCY_STATUS_WEIGHT = {85, 4, 1, 4, 6};

    /** The tables, in the order they are written, each with its COPY column list. */
    enum Table {
        EMPLOYER("jobinfo_employer", "id, tenant_code, account, name, nib, kbli_code, address, phone, email, status, verified_by,"
                + " verified_at, created_at, version"),
        VACANCY("jobinfo_vacancy", "id, tenant_code, employer_id, employer_name, title, kbji_code, kbji_major, needed, filled,"
                + " valid_from, valid_until, age_min, age_max, sex, education_code, education_rank, experience_years, wage_min,"
                + " wage_max, work_address, description, status, source, officer_note, created_by, created_at,"
                + " published_at, closed_at, changed_at, version"),
        VACANCY_SKILL("jobinfo_vacancy_skill", "vacancy_id, skill"),
        SEEKER("jobinfo_seeker", "id, tenant_code, account, ak1_number, nik, full_name, birth_place, birth_date, sex, marital_status,"
                + " religion, address, kecamatan_code, desa_code, phone, email, education_code, education_rank, education_major,"
                + " status, officer_note, registered_by, registered_at, verified_by, verified_at, valid_until, occupation_1, placed_on,"
                + " version"),
        SEEKER_OCCUPATION("jobinfo_seeker_occupation", "seeker_id, position, kbji_code, tenant_code"),
        SEEKER_LOCATION("jobinfo_seeker_location", "seeker_id, kabkota_code"),
        SEEKER_SKILL("jobinfo_seeker_skill", "seeker_id, skill"),
        SEEKER_EDUCATION("jobinfo_seeker_education", "seeker_id, position, kind, level_code, institution, major, year_done"),
        SEEKER_EXPERIENCE("jobinfo_seeker_experience", "seeker_id, position, job_title, employer, year_from, year_to"),
        PLACEMENT("jobinfo_placement", "id, tenant_code, seeker_id, ak1_number, vacancy_id, employer_name, job_title, kbji_code,"
                + " work_kabkota, placed_on, sex, education_code, recorded_by, recorded_at");

        final String name;
        final String columns;

        Table(String name, String columns) {
            this.name = name;
            this.columns = columns;
        }
    }

    /** What {@link #ensure} did. */
    public record Outcome(boolean generated, long millis, LocalDate generatedOn) {
    }

    private final long seed;
    private final int seekers;
    private final int vacancies;
    private final LocalDate today = LocalDate.now(ZoneId.of("Asia/Jakarta"));
    private final LocalDateTime now = LocalDateTime.now(java.time.ZoneOffset.UTC);

    // reference data, read from the portal's tables
    private final List<String> kabKota = new ArrayList<>();
    private final Map<String, String> kabKotaName = new HashMap<>();
    private final Map<String, List<String[]>> kecamatanOf = new HashMap<>(); // kab/kota → {code, name}
    private final Map<String, List<String[]>> desaOf = new HashMap<>();      // kecamatan → {code, name}
    private final Map<String, Integer> kecamatanIndex = new HashMap<>();
    private final Map<String, String> occupationTitle = new HashMap<>();
    private final List<List<String>> unitGroupsOfMajor = new ArrayList<>();
    private final Map<String, String> educationName = new HashMap<>();
    private final List<String> kbliDivisions = new ArrayList<>();

    private Weighted<String> seekerKabKota;
    private Weighted<String> vacancyKabKota;
    private final List<Weighted<String>> seekerOccupations = new ArrayList<>();
    private final List<Weighted<String>> vacancyOccupations = new ArrayList<>();
    private Weighted<Integer> seekerMajor;
    private Weighted<Integer> vacancyMajor;

    // what the vacancies need of the employers
    private final Map<String, List<String[]>> employersOf = new HashMap<>(); // tenant → {id, name, account}
    private final Map<String, Weighted<Integer>> employerPick = new HashMap<>();

    private JobInfoData(long seed, int seekers, int vacancies) {
        this.seed = seed;
        this.seekers = seekers;
        this.vacancies = vacancies;
    }

    /**
     * Makes sure the database holds this seed's data at these sizes: reuses what a previous run generated
     * (same seed, sizes and generator version, at most a week old, since vacancies are dated from the day of generation), otherwise
     * empties the job-information tables and generates everything again. Prints timings and table sizes.
     */
    public static Outcome ensure(Connection db, long seed, int seekers, int vacancies, boolean force) throws Exception {
        try (Statement st = db.createStatement()) {
            st.execute("create table if not exists bench_jobinfo_dataset (seed bigint not null, seekers integer not null,"
                    + " vacancies integer not null, generated_on date not null, millis bigint not null)");
            st.execute("alter table bench_jobinfo_dataset add column if not exists generator integer not null default 0");
            try (ResultSet rs = st.executeQuery("select seed, seekers, vacancies, generated_on, millis, generator from bench_jobinfo_dataset")) {
                if (rs.next() && !force && rs.getLong(1) == seed && rs.getInt(2) == seekers && rs.getInt(3) == vacancies
                        && rs.getInt(6) == GENERATOR) {
                    LocalDate on = rs.getDate(4).toLocalDate();
                    long age = java.time.temporal.ChronoUnit.DAYS.between(on, LocalDate.now(ZoneId.of("Asia/Jakarta")));
                    if (age <= 7) {
                        System.out.printf("JobInfo data: reusing %,d seekers / %,d vacancies (seed %d) generated on %s in %.1f s%n",
                                seekers, vacancies, seed, on, rs.getLong(5) / 1000.0);
                        printSizes(db);
                        return new Outcome(false, rs.getLong(5), on);
                    }
                    System.out.printf("JobInfo data: the data of %s is %d days old: generating again%n", on, age);
                }
            }
        }
        JobInfoData data = new JobInfoData(seed, seekers, vacancies);
        long millis = data.generate(db);
        return new Outcome(true, millis, data.today);
    }

    private long generate(Connection db) throws Exception {
        long started = System.nanoTime();
        boolean autoCommit = db.getAutoCommit();
        db.setAutoCommit(true);
        try (Statement st = db.createStatement()) {
            st.execute("delete from bench_jobinfo_dataset");
            st.execute("truncate jobinfo_application, jobinfo_placement, jobinfo_seeker_report, jobinfo_seeker_experience,"
                    + " jobinfo_seeker_education, jobinfo_seeker_skill, jobinfo_seeker_location, jobinfo_seeker_occupation,"
                    + " jobinfo_seeker, jobinfo_vacancy_skill, jobinfo_vacancy, jobinfo_employer");
            st.execute("set synchronous_commit = off");
        }
        // The rows reference each other correctly by construction: skip the foreign-key triggers while copying
        // (they take about 60 % of the time), and check for orphans afterwards. Needs a superuser; else checked rows.
        boolean unchecked;
        try (Statement st = db.createStatement()) {
            st.execute("set session_replication_role = replica");
            unchecked = true;
        } catch (SQLException e) {
            unchecked = false;
            System.out.printf("JobInfo data: foreign keys checked row by row (%s)%n", e.getMessage());
        }
        readReference(db);
        CopyManager copy = db.unwrap(PGConnection.class).getCopyAPI();
        ExecutorService writer = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "jobinfo-data-copy");
            t.setDaemon(true);
            return t;
        });
        try {
            // The generator fills one chunk while the previous one is copied: one core each.
            Future<?> pending = null;
            int employers = Math.max(kabKota.size() * 3, vacancies / 50);
            Chunk chunk = new Chunk();
            employers(employers, chunk);
            pending = write(writer, copy, chunk, pending);
            long vacanciesStarted = System.nanoTime();
            SplittableRandom random = new SplittableRandom(seed * 1_000_003L + 2);
            chunk = new Chunk();
            for (int i = 0; i < vacancies; i++) {
                vacancy(random, chunk);
                if (chunk.rows >= 10_000) {
                    pending = write(writer, copy, chunk, pending);
                    chunk = new Chunk();
                }
            }
            pending = write(writer, copy, chunk, pending);
            pending.get();
            long vacancyMillis = (System.nanoTime() - vacanciesStarted) / 1_000_000;
            long seekersStarted = System.nanoTime();
            random = new SplittableRandom(seed * 1_000_003L + 3);
            SeekerNumbers numbers = new SeekerNumbers(kecamatanIndex.size());
            chunk = new Chunk();
            for (int i = 0; i < seekers; i++) {
                seeker(random, numbers, i, chunk);
                if (chunk.rows >= 10_000) {
                    pending = write(writer, copy, chunk, pending);
                    chunk = new Chunk();
                }
            }
            pending = write(writer, copy, chunk, pending);
            pending.get();
            long seekerMillis = (System.nanoTime() - seekersStarted) / 1_000_000;
            long checkStarted = System.nanoTime();
            if (unchecked) {
                try (Statement st = db.createStatement()) {
                    st.execute("set session_replication_role = origin");
                }
                orphans(db);
            }
            long checkMillis = (System.nanoTime() - checkStarted) / 1_000_000;
            long vacuumStarted = System.nanoTime();
            try (Statement st = db.createStatement()) {
                // VACUUM too, so autovacuum does not start on these tables in the middle of the load run
                for (Table table : Table.values()) {
                    st.execute("vacuum (analyze) " + table.name);
                }
                st.execute("checkpoint");
            }
            long vacuumMillis = (System.nanoTime() - vacuumStarted) / 1_000_000;
            long millis = (System.nanoTime() - started) / 1_000_000;
            try (PreparedStatement st = db.prepareStatement("insert into bench_jobinfo_dataset (seed, seekers, vacancies,"
                    + " generated_on, millis, generator) values (?, ?, ?, ?, ?, ?)")) {
                st.setLong(1, seed);
                st.setInt(2, seekers);
                st.setInt(3, vacancies);
                st.setObject(4, today);
                st.setLong(5, millis);
                st.setInt(6, GENERATOR);
                st.executeUpdate();
            }
            System.out.printf("JobInfo data: generated %,d employers, %,d vacancies, %,d seekers (seed %d) in %.1f s:"
                    + " employers+vacancies %.1f s, seekers %.1f s (%.1f s per 100k seekers), orphan check %.1f s, vacuum+analyze %.1f s%n",
                    employers, vacancies, seekers, seed, millis / 1000.0, vacancyMillis / 1000.0, seekerMillis / 1000.0,
                    seekers == 0 ? 0 : seekerMillis / 1000.0 / (seekers / 100_000.0), checkMillis / 1000.0, vacuumMillis / 1000.0);
            printSizes(db);
            return millis;
        } finally {
            writer.shutdownNow();
            db.setAutoCommit(autoCommit);
        }
    }

    /** Fails if a row written without its foreign-key check names a seeker or vacancy that is not there. */
    private static void orphans(Connection db) throws SQLException {
        String[][] children = {{"jobinfo_vacancy_skill", "vacancy_id", "jobinfo_vacancy"}, {"jobinfo_seeker_occupation", "seeker_id",
            "jobinfo_seeker"}, {"jobinfo_seeker_location", "seeker_id", "jobinfo_seeker"}, {"jobinfo_seeker_skill", "seeker_id",
            "jobinfo_seeker"}, {"jobinfo_seeker_education", "seeker_id", "jobinfo_seeker"}, {"jobinfo_seeker_experience", "seeker_id",
            "jobinfo_seeker"}};
        try (Statement st = db.createStatement()) {
            st.execute("set work_mem = '256MB'"); // hash anti-joins over millions of ids, in memory
            for (String[] c : children) {
                try (ResultSet rs = st.executeQuery("select count(*) from " + c[0] + " x where not exists (select 1 from " + c[2]
                        + " p where p.id = x." + c[1] + ")")) {
                    rs.next();
                    if (rs.getLong(1) != 0) {
                        throw new IllegalStateException(rs.getLong(1) + " rows of " + c[0] + " name no row of " + c[2]);
                    }
                }
            }
        }
    }

    private static Future<?> write(ExecutorService writer, CopyManager copy, Chunk chunk, Future<?> previous) throws Exception {
        if (previous != null) {
            previous.get(); // at most one chunk waits: memory stays small
        }
        return writer.submit(() -> {
            for (Map.Entry<Table, StringBuilder> e : chunk.text.entrySet()) {
                if (e.getValue().length() > 0) {
                    copy.copyIn("copy " + e.getKey().name + " (" + e.getKey().columns + ") from stdin",
                            new StringReader(e.getValue().toString()));
                }
            }
            return null;
        });
    }

    /** Row counts and sizes of the job-information tables. */
    public static void printSizes(Connection db) throws SQLException {
        System.out.printf("JobInfo data: %-28s %12s %10s %10s %10s%n", "table", "rows", "table", "indexes", "total");
        long total = 0;
        try (Statement st = db.createStatement()) {
            for (Table table : Table.values()) {
                try (ResultSet rs = st.executeQuery("select (select count(*) from " + table.name + "), pg_table_size('" + table.name
                        + "'), pg_indexes_size('" + table.name + "'), pg_total_relation_size('" + table.name + "')")) {
                    rs.next();
                    total += rs.getLong(4);
                    System.out.printf("JobInfo data: %-28s %,12d %10s %10s %10s%n", table.name, rs.getLong(1), mib(rs.getLong(2)),
                            mib(rs.getLong(3)), mib(rs.getLong(4)));
                }
            }
            try (ResultSet rs = st.executeQuery("select pg_database_size(current_database())")) {
                rs.next();
                System.out.printf("JobInfo data: these tables %s, the whole database %s%n", mib(total), mib(rs.getLong(1)));
            }
        }
    }

    private static String mib(long bytes) {
        return String.format("%.1f MiB", bytes / 1024.0 / 1024.0);
    }

    // ---------------------------------------------------------------------------------------------------------
    // reference data and distributions

    private void readReference(Connection db) throws SQLException {
        try (Statement st = db.createStatement()) {
            try (ResultSet rs = st.executeQuery("select code, name from platform_wilayah where level = 2 order by code")) {
                while (rs.next()) {
                    kabKota.add(rs.getString(1));
                    kabKotaName.put(rs.getString(1), rs.getString(2));
                }
            }
            try (ResultSet rs = st.executeQuery("select code, parent_code, name from platform_wilayah where level = 3 order by code")) {
                while (rs.next()) {
                    kecamatanOf.computeIfAbsent(rs.getString(2), k -> new ArrayList<>()).add(new String[] {rs.getString(1), rs.getString(3)});
                    kecamatanIndex.put(rs.getString(1), kecamatanIndex.size());
                }
            }
            try (ResultSet rs = st.executeQuery("select code, parent_code, name from platform_wilayah where level = 4 order by code")) {
                while (rs.next()) {
                    desaOf.computeIfAbsent(rs.getString(2), k -> new ArrayList<>()).add(new String[] {rs.getString(1), rs.getString(3)});
                }
            }
            for (int major = 0; major <= 9; major++) {
                unitGroupsOfMajor.add(new ArrayList<>());
            }
            try (ResultSet rs = st.executeQuery("select code, title_id from platform_occupation where level = 4 order by code")) {
                while (rs.next()) {
                    occupationTitle.put(rs.getString(1), rs.getString(2));
                    unitGroupsOfMajor.get(rs.getString(1).charAt(0) - '0').add(rs.getString(1));
                }
            }
            try (ResultSet rs = st.executeQuery("select code, name_id from platform_education_level order by sort_order")) {
                while (rs.next()) {
                    educationName.put(rs.getString(1), rs.getString(2));
                }
            }
            try (ResultSet rs = st.executeQuery("select code from platform_industry where level = 'DIVISION' order by code")) {
                while (rs.next()) {
                    kbliDivisions.add(rs.getString(1));
                }
            }
        }
        if (kabKota.size() != 27 || occupationTitle.isEmpty() || desaOf.isEmpty()) {
            throw new IllegalStateException("reference data missing: " + kabKota.size() + " kab/kota, " + occupationTitle.size()
                    + " occupations");
        }
        double[] people = new double[kabKota.size()];
        double[] jobs = new double[kabKota.size()];
        for (int i = 0; i < kabKota.size(); i++) {
            people[i] = POPULATION.getOrDefault(kabKota.get(i), 1000);
            jobs[i] = people[i] * INDUSTRY.getOrDefault(kabKota.get(i), 1.0);
        }
        seekerKabKota = new Weighted<>(kabKota, people);
        vacancyKabKota = new Weighted<>(kabKota, jobs);
        List<Integer> majors = List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
        seekerMajor = new Weighted<>(majors, SEEKER_MAJOR);
        vacancyMajor = new Weighted<>(majors, VACANCY_MAJOR);
        // Within a major group: the occupations job advertisements name often are common, the rest fall off
        // in a seeded order; seekers and vacancies share the popularity, so matching finds candidates.
        SplittableRandom order = new SplittableRandom(seed);
        for (int major = 0; major <= 9; major++) {
            List<String> codes = new ArrayList<>(unitGroupsOfMajor.get(major));
            for (int i = codes.size() - 1; i > 0; i--) {
                java.util.Collections.swap(codes, i, order.nextInt(i + 1));
            }
            double[] weights = new double[codes.size()];
            for (int i = 0; i < codes.size(); i++) {
                weights[i] = (ALIASES.containsKey(codes.get(i)) ? 8.0 : 1.0) / Math.pow(1 + i, 0.7);
            }
            seekerOccupations.add(codes.isEmpty() ? null : new Weighted<>(codes, weights));
            double[] vacancyWeights = weights.clone();
            for (int i = 0; i < codes.size(); i++) {
                // factories post in bulk: operators and assemblers even more so
                vacancyWeights[i] *= codes.get(i).startsWith("81") || codes.get(i).startsWith("82") ? 2 : 1;
            }
            vacancyOccupations.add(codes.isEmpty() ? null : new Weighted<>(codes, vacancyWeights));
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // employers

    private void employers(int count, Chunk chunk) {
        SplittableRandom random = new SplittableRandom(seed * 1_000_003L + 1);
        Set<String> names = new HashSet<>();
        Map<String, Integer> perTenant = new LinkedHashMap<>();
        for (String kk : kabKota) {
            perTenant.put(kk, 2); // every kab/kota has employers
        }
        for (int i = 2 * kabKota.size(); i < count; i++) {
            perTenant.merge(vacancyKabKota.pick(random), 1, Integer::sum);
        }
        int n = 0;
        for (Map.Entry<String, Integer> e : perTenant.entrySet()) {
            String kk = e.getKey();
            List<String[]> list = new ArrayList<>();
            double[] weights = new double[e.getValue()];
            for (int j = 0; j < e.getValue(); j++, n++) {
                String id = uuid(random);
                String name;
                do {
                    name = (random.nextInt(5) == 0 ? "CV " : "PT ") + pick(random, COMPANY_WORDS) + " " + pick(random, COMPANY_WORDS)
                            + (random.nextBoolean() ? " " + pick(random, COMPANY_WORDS) : "") + (random.nextInt(6) == 0 ? " Indonesia" : "");
                } while (!names.add(name));
                String slug = name.substring(3).toLowerCase(Locale.ROOT).replace(' ', '-');
                String account = "hrd." + slug + "." + n; // "PT X" and "CV X" share a slug
                String[] kec = pick(random, kecamatanOf.get(kk));
                LocalDateTime created = now.minusDays(30 + random.nextInt(1000)).minusMinutes(random.nextInt(600));
                chunk.row(Table.EMPLOYER, id, kk, account, name, String.format("%013d", 9_120_000_000_000L + (n * 7919L) % 1_000_000_000L),
                        pick(random, kbliDivisions), "Jl. " + pick(random, STREETS) + " No. " + (1 + random.nextInt(250)) + ", " + kec[1]
                        + ", " + kabKotaName.get(kk), areaCode(kk) + "-" + (7_000_000 + random.nextInt(2_999_999)),
                        random.nextInt(4) == 0 ? null : "hrd@" + slug + ".co.id", "VERIFIED", officer(random, kk),
                        ts(created.plusDays(1 + random.nextInt(5))), ts(created), "1");
                list.add(new String[] {id, name, account});
                weights[j] = 1.0 / Math.pow(1 + j, 0.8); // a few big employers post most vacancies
            }
            employersOf.put(kk, list);
            List<Integer> indexes = new ArrayList<>();
            for (int j = 0; j < list.size(); j++) {
                indexes.add(j);
            }
            employerPick.put(kk, new Weighted<>(indexes, weights));
        }
    }

    private static String areaCode(String kk) {
        return switch (kk) {
            case "32.73", "32.04", "32.17", "32.77" -> "022";
            case "32.71" -> "0251";
            case "32.01", "32.16", "32.75", "32.76" -> "021";
            case "32.15" -> "0267";
            case "32.14" -> "0264";
            case "32.13" -> "0260";
            case "32.02", "32.72" -> "0266";
            case "32.03" -> "0263";
            case "32.05" -> "0262";
            case "32.08" -> "0232";
            case "32.09", "32.74" -> "0231";
            case "32.10" -> "0233";
            case "32.11" -> "0261";
            case "32.12" -> "0234";
            default -> "0265";
        };
    }

    // ---------------------------------------------------------------------------------------------------------
    // vacancies

    private void vacancy(SplittableRandom random, Chunk chunk) {
        String id = uuid(random);
        String kk = vacancyKabKota.pick(random);
        String[] employer = employersOf.get(kk).get(employerPick.get(kk).pick(random));
        int major = vacancyMajor.pick(random);
        String code = vacancyOccupations.get(major).pick(random);
        String status = VACANCY_STATUS[pickIndex(random, VACANCY_STATUS_WEIGHT)];
        String kbjiTitle = occupationTitle.get(code);
        String[] aliases = ALIASES.get(code);
        String base = aliases != null && random.nextInt(10) < 7 ? pick(random, aliases) : shortTitle(kbjiTitle);
        String place = kabKotaName.get(kk).replace("Kabupaten ", "").replace("Kota ", "");
        String title = switch (random.nextInt(10)) {
            case 0 -> "Staf " + base;
            case 1 -> base + " (Kontrak)";
            case 2 -> base + " - Penempatan " + place;
            case 3 -> (random.nextBoolean() ? "Senior " : "Junior ") + base;
            case 4 -> base + " Shift";
            default -> base;
        };
        if (title.length() > 150) {
            title = title.substring(0, 150).strip();
        }
        int needed = switch (random.nextInt(20)) {
            case 0, 1, 2, 3, 4, 5, 6 -> 1;
            case 7, 8, 9, 10, 11, 12, 13, 14 -> 2 + random.nextInt(4);
            case 15, 16, 17, 18 -> 6 + random.nextInt(15);
            default -> 21 + random.nextInt(80);
        };
        int filled;
        LocalDateTime published = null;
        LocalDateTime closed = null;
        LocalDate validFrom;
        LocalDate validUntil;
        String note = null;
        switch (status) {
            case "PUBLISHED" -> {
                published = now.minusMinutes(random.nextInt(60 * 24 * 60));
                validFrom = published.toLocalDate();
                validUntil = today.plusDays(1 + random.nextInt(90));
                filled = random.nextInt(10) < 7 ? 0 : random.nextInt(needed);
            }
            case "FILLED" -> {
                published = now.minusDays(5 + random.nextInt(80));
                validFrom = published.toLocalDate();
                validUntil = today.plusDays(random.nextInt(60) - 20);
                if (validUntil.isBefore(validFrom.plusDays(7))) {
                    validUntil = validFrom.plusDays(7);
                }
                filled = needed;
                closed = published.plusDays(3 + random.nextInt(30));
            }
            case "CLOSED" -> {
                published = now.minusDays(30 + random.nextInt(150));
                validFrom = published.toLocalDate();
                validUntil = validFrom.plusDays(14 + random.nextInt(60));
                filled = random.nextInt(needed + 1);
                closed = published.plusDays(14 + random.nextInt(60));
            }
            default -> { // SUBMITTED, RETURNED: waiting for the officer
                validFrom = today.plusDays(random.nextInt(7));
                validUntil = validFrom.plusDays(14 + random.nextInt(76));
                filled = 0;
                note = status.equals("RETURNED") ? "Mohon lengkapi deskripsi pekerjaan dan kisaran upah." : null;
            }
        }
        LocalDateTime created = (published != null ? published : now.minusHours(random.nextInt(72))).minusHours(random.nextInt(72));
        Integer ageMin = null;
        Integer ageMax = null;
        if (random.nextInt(10) < 6) {
            ageMin = random.nextInt(4) == 0 ? 20 : 18;
            ageMax = new int[] {25, 27, 30, 35, 35, 40, 45}[random.nextInt(7)];
        }
        String sex = code.equals("5414") || code.startsWith("83") || code.startsWith("93") ? (random.nextInt(10) < 7 ? "MALE" : "ANY")
                : code.equals("5242") || code.equals("5311") || code.equals("2222") ? (random.nextInt(10) < 7 ? "FEMALE" : "ANY")
                : new String[] {"ANY", "ANY", "ANY", "ANY", "ANY", "ANY", "ANY", "ANY", "MALE", "FEMALE"}[random.nextInt(10)];
        int edu = pickIndex(random, VACANCY_EDU[major]);
        String education = edu < EDU.length ? EDU[edu] : null;
        Integer experience = random.nextBoolean() ? null : random.nextInt(6);
        Long wageMin = null;
        Long wageMax = null;
        if (random.nextInt(4) != 0) {
            double factor = switch (major) {
                case 1 -> 2.5 + random.nextDouble() * 2;
                case 2 -> 1.5 + random.nextDouble() * 1.5;
                case 3 -> 1.1 + random.nextDouble() * 0.6;
                default -> 0.95 + random.nextDouble() * 0.3;
            };
            wageMin = Math.round(UMK.getOrDefault(kk, 3_000_000) * factor / 50_000) * 50_000;
            wageMax = random.nextInt(10) < 3 ? null : wageMin + Math.round(wageMin * random.nextDouble() * 0.6 / 50_000) * 50_000;
        }
        String[] kec = pick(random, kecamatanOf.get(kk));
        String address = "Jl. " + pick(random, STREETS) + " No. " + (1 + random.nextInt(250)) + ", " + kec[1] + ", " + kabKotaName.get(kk);
        List<String> skills = skills(random, major, 2 + random.nextInt(4));
        String description = description(random, employer[1], title, kbjiTitle, code, aliases, major, kk, education, ageMin, ageMax,
                sex, experience, skills, address);
        String source = new String[] {"FORM", "FORM", "FORM", "FORM", "FORM", "SHEET", "SHEET", "SHEET", "API", "OFFICER"}[random.nextInt(10)];
        chunk.row(Table.VACANCY, id, kk, employer[0], employer[1], title, code, code.substring(0, 1), Integer.toString(needed),
                Integer.toString(filled), validFrom.toString(), validUntil.toString(), str(ageMin), str(ageMax), sex, education,
                education == null ? null : Integer.toString(EDU_RANK[edu]), str(experience), str(wageMin), str(wageMax), address,
                description, status, source, note,
                source.equals("OFFICER") ? officer(random, kk) : employer[2], ts(created), ts(published), ts(closed),
                ts(closed != null ? closed : published != null ? published : created),
                Integer.toString(1 + filled + (closed != null ? 1 : 0) + (published != null ? 1 : 0)));
        for (String skill : skills) {
            chunk.row(Table.VACANCY_SKILL, id, skill);
        }
    }

    private String description(SplittableRandom random, String employer, String title, String kbjiTitle, String code,
            String[] aliases, int major, String kk, String education, Integer ageMin, Integer ageMax, String sex,
            Integer experience, List<String> skills, String address) {
        StringBuilder d = new StringBuilder(900);
        d.append(employer).append(" membuka lowongan ").append(title).append(" untuk penempatan di ").append(kabKotaName.get(kk))
                .append(". Jabatan ini termasuk ").append(kbjiTitle).append(" (KBJI ").append(code).append(')');
        if (aliases != null) {
            d.append(", dikenal juga sebagai ").append(String.join(" atau ", aliases));
        }
        d.append(". Tugas dan tanggung jawab: ");
        List<String> duties = distinct(random, DUTIES[major], 2 + random.nextInt(2));
        d.append(String.join(", ", duties)).append(". Kualifikasi: ");
        d.append(education == null ? "pendidikan tidak dipersyaratkan" : "pendidikan minimal " + educationName.getOrDefault(education, education));
        if (ageMin != null) {
            d.append(", usia ").append(ageMin).append(" sampai ").append(ageMax).append(" tahun");
        }
        d.append(switch (sex) {
            case "MALE" -> ", laki-laki";
            case "FEMALE" -> ", perempuan";
            default -> ", laki-laki atau perempuan";
        });
        d.append(experience == null || experience == 0 ? ", lulusan baru dipersilakan melamar"
                : ", berpengalaman minimal " + experience + " tahun di bidang yang sama");
        d.append(", menguasai ").append(String.join(", ", skills));
        if (random.nextBoolean()) {
            d.append(", bersedia bekerja shift");
        }
        if (random.nextInt(3) == 0) {
            d.append(", sehat jasmani dan rohani, tidak buta warna");
        }
        d.append(". Kami menawarkan ").append(String.join(", ", distinct(random, BENEFITS, 2 + random.nextInt(3))))
                .append(". Lamaran dikirim melalui portal atau langsung ke ").append(address).append('.');
        return d.length() > 4000 ? d.substring(0, 4000) : d.toString();
    }

    /** A KBJI title as an advertisement would shorten it: "Operator Mesin Pengolahan Makanan dan YBDI" → "Operator Mesin Pengolahan Makanan". */
    static String shortTitle(String kbji) {
        String t = kbji;
        for (String cut : new String[] {" dan YBDI", " YTDL", " Lainnya", ",", " (", " Serta "}) {
            int at = t.indexOf(cut);
            if (at > 8) {
                t = t.substring(0, at);
            }
        }
        return t.strip();
    }

    // ---------------------------------------------------------------------------------------------------------
    // job seekers

    /** Running numbers: NIK serials per kecamatan, birth date and sex; AK/1 numbers per kab/kota and year. */
    private static final class SeekerNumbers {
        final short[] nikSerial;
        final Map<String, Integer> ak1 = new HashMap<>();

        SeekerNumbers(int kecamatan) {
            nikSerial = new short[kecamatan * 16_000 * 2];
        }
    }

    private static final LocalDate BIRTH_FROM = LocalDate.of(1966, 1, 1);

    private void seeker(SplittableRandom random, SeekerNumbers numbers, int index, Chunk chunk) {
        String id = uuid(random);
        String kk = seekerKabKota.pick(random);
        boolean female = random.nextInt(100) < 48;
        String first = female ? pick(random, FEMALE) : pick(random, MALE);
        String last = female ? pick(random, FEMALE_LAST) : pick(random, MALE_LAST);
        String name = random.nextInt(8) == 0 ? first + " " + pick(random, female ? FEMALE : MALE) + " " + last : first + " " + last;
        LocalDate birth = birthDate(random);
        String[] kec = pick(random, kecamatanOf.get(kk));
        String[] desa = pick(random, desaOf.get(kec[0]));
        int kecIndex = kecamatanIndex.get(kec[0]);
        int day = (int) java.time.temporal.ChronoUnit.DAYS.between(BIRTH_FROM, birth);
        int slot = (kecIndex * 16_000 + day) * 2 + (female ? 1 : 0);
        int serial = ++numbers.nikSerial[slot];
        String nik = kk.replace(".", "") + kec[0].substring(6, 8)
                + String.format("%02d%02d%02d%04d", birth.getDayOfMonth() + (female ? 40 : 0), birth.getMonthValue(), birth.getYear() % 100, serial);
        String status = SEEKER_STATUS[pickIndex(random, SEEKER_STATUS_WEIGHT)];
        // occupations first: education follows the kind of work
        int major = seekerMajor.pick(random);
        String occupation1 = seekerOccupations.get(major).pick(random);
        List<String> occupations = new ArrayList<>(List.of(occupation1));
        int more = random.nextInt(100) < 45 ? 0 : random.nextInt(100) < 64 ? 1 : 2;
        for (int k = 0; k < more; k++) {
            String next;
            if (random.nextInt(10) < 6) { // often the same sub-major group
                List<String> near = unitGroupsOfMajor.get(major).stream().filter(c -> c.startsWith(occupation1.substring(0, 2))).toList();
                next = pick(random, near);
            } else {
                int m = seekerMajor.pick(random);
                next = seekerOccupations.get(m).pick(random);
            }
            if (!occupations.contains(next)) {
                occupations.add(next);
            }
        }
        int edu = pickIndex(random, SEEKER_EDU[major]);
        int age = today.getYear() - birth.getYear();
        if (EDU_RANK[edu] >= 6 && age < 21) {
            edu = 4; // no diploma before 21: SMK
        }
        String education = EDU[edu];
        String educationMajor = switch (education) {
            case "SMK" -> pick(random, SMK_MAJORS);
            case "SMA" -> random.nextInt(10) < 7 ? (random.nextBoolean() ? "IPA" : "IPS") : null;
            case "D1", "D2", "D3", "D4", "S1", "S2", "S3" -> pick(random, COLLEGE_MAJORS);
            default -> null;
        };
        String marital;
        int m = random.nextInt(100);
        if (age < 25) {
            marital = m < 85 ? "BELUM_KAWIN" : m < 99 ? "KAWIN" : "CERAI_HIDUP";
        } else if (age <= 35) {
            marital = m < 40 ? "BELUM_KAWIN" : m < 95 ? "KAWIN" : m < 99 ? "CERAI_HIDUP" : "CERAI_MATI";
        } else {
            marital = m < 10 ? "BELUM_KAWIN" : m < 90 ? "KAWIN" : m < 97 ? "CERAI_HIDUP" : "CERAI_MATI";
        }
        int r = random.nextInt(1000);
        String religion = r < 970 ? "ISLAM" : r < 986 ? "KRISTEN" : r < 992 ? "KATOLIK" : r < 996 ? "BUDDHA" : r < 997 ? "HINDU"
                : r < 998 ? "KHONGHUCU" : "KEPERCAYAAN";
        String birthPlace = random.nextInt(10) < 7 ? kabKotaName.get(kk).replace("Kabupaten ", "").replace("Kota ", "")
                : random.nextInt(10) < 8 ? kabKotaName.get(pick(random, kabKota)).replace("Kabupaten ", "").replace("Kota ", "")
                : pick(random, new String[] {"Jakarta", "Semarang", "Brebes", "Cilacap", "Tegal", "Lampung", "Medan", "Serang"});
        String address = (random.nextBoolean() ? "Kp. " + desa[1] : "Jl. " + pick(random, STREETS) + " No. " + (1 + random.nextInt(200)))
                + " RT " + String.format("%03d", 1 + random.nextInt(12)) + "/RW " + String.format("%03d", 1 + random.nextInt(15));
        String phone = random.nextInt(20) == 0 ? null : "08" + pick(random, new String[] {"12", "13", "21", "22", "52", "53", "57",
            "77", "78", "95", "96", "97", "81", "82", "83", "85", "87", "88", "89"}) + (10_000_000 + random.nextInt(89_999_999));
        boolean online = random.nextInt(10) < 7;
        String account = online ? (first + "." + last).toLowerCase(Locale.ROOT) + Integer.toString(index, 36) : null;
        String email = random.nextInt(100) < 55 ? (first + "." + last).toLowerCase(Locale.ROOT) + (index % 1000)
                + pick(random, new String[] {"@gmail.com", "@gmail.com", "@gmail.com", "@yahoo.co.id", "@ymail.com"}) : null;
        String officer = officer(random, kk);
        LocalDateTime registered;
        LocalDateTime verified = null;
        LocalDate validUntil = null;
        LocalDate placedOn = null;
        String ak1 = null;
        String note = null;
        switch (status) {
            case "SUBMITTED" -> registered = now.minusHours(random.nextInt(30 * 24));
            case "RETURNED" -> {
                registered = now.minusHours(random.nextInt(60 * 24));
                note = pick(random, new String[] {"Foto KTP tidak terbaca, mohon unggah ulang.", "Ijazah terakhir belum dilampirkan.",
                    "NIK tidak sesuai dengan KTP."});
            }
            default -> { // ACTIVE (4 % of them with the card expired) or PLACED
                int daysAgo = status.equals("ACTIVE") && random.nextInt(100) < 4 ? 731 + random.nextInt(170) : 1 + random.nextInt(729);
                verified = now.minusDays(daysAgo).minusMinutes(random.nextInt(480));
                registered = verified.minusHours(1 + random.nextInt(120));
                validUntil = verified.toLocalDate().plusYears(2);
                int year = verified.getYear();
                int seq = numbers.ak1.merge(kk + "/" + year, 1, Integer::sum);
                ak1 = kk.replace(".", "") + "." + year + "." + String.format("%06d", seq);
                if (status.equals("PLACED")) {
                    long span = Math.max(1, java.time.temporal.ChronoUnit.DAYS.between(verified.toLocalDate(), today));
                    placedOn = verified.toLocalDate().plusDays(1 + random.nextLong(span));
                    if (placedOn.isAfter(today)) {
                        placedOn = today;
                    }
                }
            }
        }
        String registeredBy = online ? account : officer;
        chunk.row(Table.SEEKER, id, kk, account, ak1, nik, name, birthPlace, birth.toString(), female ? "FEMALE" : "MALE", marital,
                religion, address, kec[0], desa[0], phone, email, education, Integer.toString(EDU_RANK[edu]), educationMajor, status,
                note, registeredBy, ts(registered), verified == null ? null : officer, ts(verified), validUntil == null ? null : validUntil.toString(),
                occupation1, placedOn == null ? null : placedOn.toString(), verified == null ? "1" : placedOn == null ? "2" : "3");
        for (int k = 0; k < occupations.size(); k++) {
            chunk.row(Table.SEEKER_OCCUPATION, id, Integer.toString(k), occupations.get(k), kk);
        }
        chunk.row(Table.SEEKER_LOCATION, id, kk);
        int extra = random.nextInt(100) < 45 ? 0 : random.nextInt(100) < 70 ? 1 : 2;
        Set<String> locations = new HashSet<>(List.of(kk));
        for (int k = 0; k < extra; k++) {
            String other = vacancyKabKota.pick(random);
            if (locations.add(other)) {
                chunk.row(Table.SEEKER_LOCATION, id, other);
            }
        }
        for (String skill : skills(random, major, 2 + random.nextInt(5))) {
            chunk.row(Table.SEEKER_SKILL, id, skill);
        }
        String city = kabKotaName.get(kk).replace("Kabupaten ", "").replace("Kota ", "");
        String institution = switch (education) {
            case "TIDAK_TAMAT_SD", "SD" -> "SD Negeri " + (1 + random.nextInt(12)) + " " + city;
            case "SMP" -> "SMP Negeri " + (1 + random.nextInt(8)) + " " + city;
            case "SMA" -> random.nextInt(4) == 0 ? "MA Al-Hidayah " + city : "SMA Negeri " + (1 + random.nextInt(6)) + " " + city;
            case "SMK" -> random.nextBoolean() ? "SMK Negeri " + (1 + random.nextInt(4)) + " " + city : "SMK Bina Karya " + city;
            default -> pick(random, UNIVERSITIES);
        };
        int finishedAt = switch (education) {
            case "TIDAK_TAMAT_SD" -> 10;
            case "SD" -> 12;
            case "SMP" -> 15;
            case "SMA", "SMK" -> 18;
            case "D1" -> 19;
            case "D2" -> 20;
            case "D3" -> 21;
            case "S2" -> 25;
            case "S3" -> 30;
            default -> 22;
        };
        chunk.row(Table.SEEKER_EDUCATION, id, "0", "FORMAL", education, institution, educationMajor,
                education.equals("TIDAK_TAMAT_SD") ? null : Integer.toString(Math.min(today.getYear(), birth.getYear() + finishedAt)));
        if (random.nextInt(100) < 45 && age >= 20) {
            int jobs = 1 + random.nextInt(2);
            int from = birth.getYear() + finishedAt;
            for (int k = 0; k < jobs && from < today.getYear(); k++) {
                int to = Math.min(today.getYear(), from + 1 + random.nextInt(4));
                String employer = "PT " + pick(random, COMPANY_WORDS) + " " + pick(random, COMPANY_WORDS);
                chunk.row(Table.SEEKER_EXPERIENCE, id, Integer.toString(k), shortTitle(occupationTitle.get(occupations.get(random.nextInt(occupations.size())))),
                        employer, Integer.toString(from), Integer.toString(to));
                from = to;
            }
        }
        if (placedOn != null) {
            String workKabKota = random.nextInt(10) < 8 ? kk : vacancyKabKota.pick(random);
            String[] employer = employersOf.get(workKabKota).get(employerPick.get(workKabKota).pick(random));
            chunk.row(Table.PLACEMENT, uuid(random), kk, id, ak1, null, employer[1], shortTitle(occupationTitle.get(occupation1)),
                    occupation1, workKabKota, placedOn.toString(), female ? "FEMALE" : "MALE", education, officer,
                    ts(placedOn.atTime(9, 0).plusMinutes(random.nextInt(480))));
        }
    }

    private LocalDate birthDate(SplittableRandom random) {
        // mostly 18–30, few past 45: AK/1 cards are for job seekers
        int year;
        while (true) {
            year = 1966 + random.nextInt(43);
            int age = today.getYear() - year;
            double w = age <= 20 ? 6 + (age - 18) * 2 : age <= 26 ? 10 : age <= 35 ? 10 - (age - 26) * 0.7 : Math.max(0.4, 3.7 - (age - 35) * 0.15);
            if (random.nextDouble() * 10 < w) {
                break;
            }
        }
        return LocalDate.of(year, 1, 1).plusDays(random.nextInt(LocalDate.of(year, 1, 1).lengthOfYear()));
    }

    private List<String> skills(SplittableRandom random, int major, int count) {
        List<String> out = new ArrayList<>(count);
        for (int k = 0; k < count * 3 && out.size() < count; k++) {
            String skill = random.nextInt(4) == 0 ? pick(random, GENERIC_SKILLS) : pick(random, SKILLS[major]);
            if (!out.contains(skill)) {
                out.add(skill);
            }
        }
        return out;
    }

    private String officer(SplittableRandom random, String kk) {
        return "pengantar." + kk.replace(".", "") + "." + (1 + random.nextInt(4));
    }

    // ---------------------------------------------------------------------------------------------------------
    // helpers

    /** Rows of every table for one COPY round, in PostgreSQL's text format. */
    private static final class Chunk {
        final EnumMap<Table, StringBuilder> text = new EnumMap<>(Table.class);
        int rows;

        void row(Table table, String... values) {
            StringBuilder b = text.computeIfAbsent(table, t -> new StringBuilder(1 << 16));
            for (int i = 0; i < values.length; i++) {
                if (i > 0) {
                    b.append('\t');
                }
                String v = values[i];
                if (v == null) {
                    b.append("\\N");
                } else {
                    for (int c = 0; c < v.length(); c++) {
                        char ch = v.charAt(c);
                        switch (ch) {
                            case '\\' -> b.append("\\\\");
                            case '\t' -> b.append("\\t");
                            case '\n' -> b.append("\\n");
                            case '\r' -> b.append("\\r");
                            default -> b.append(ch);
                        }
                    }
                }
            }
            b.append('\n');
            if (table == Table.SEEKER || table == Table.VACANCY) {
                rows++;
            }
        }
    }

    /** Picks by weight (cumulative weights, binary search). */
    static final class Weighted<T> {
        private final List<T> items;
        private final double[] cumulative;

        Weighted(List<T> items, double[] weights) {
            this.items = List.copyOf(items);
            this.cumulative = new double[weights.length];
            double sum = 0;
            for (int i = 0; i < weights.length; i++) {
                sum += weights[i];
                cumulative[i] = sum;
            }
        }

        T pick(SplittableRandom random) {
            double x = random.nextDouble() * cumulative[cumulative.length - 1];
            int i = java.util.Arrays.binarySearch(cumulative, x);
            i = i < 0 ? -i - 1 : i + 1;
            return items.get(Math.min(i, items.size() - 1));
        }
    }

    private static int pickIndex(SplittableRandom random, double[] weights) {
        double sum = 0;
        for (double w : weights) {
            sum += w;
        }
        double x = random.nextDouble() * sum;
        for (int i = 0; i < weights.length; i++) {
            x -= weights[i];
            if (x < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    private static <T> T pick(SplittableRandom random, T[] items) {
        return items[random.nextInt(items.length)];
    }

    private static <T> T pick(SplittableRandom random, List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    private static List<String> distinct(SplittableRandom random, String[] items, int count) {
        List<String> out = new ArrayList<>(count);
        for (int k = 0; k < count * 4 && out.size() < Math.min(count, items.length); k++) {
            String item = pick(random, items);
            if (!out.contains(item)) {
                out.add(item);
            }
        }
        return out;
    }

    /** A version-4 UUID from the seeded stream: the same seed gives the same ids. */
    private static String uuid(SplittableRandom random) {
        long hi = (random.nextLong() & ~0xF000L) | 0x4000L;
        long lo = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(hi, lo).toString();
    }

    private static String ts(LocalDateTime t) {
        return t == null ? null : t.withNano(0).toString().replace('T', ' ');
    }

    private static String str(Object o) {
        return o == null ? null : o.toString();
    }
}
