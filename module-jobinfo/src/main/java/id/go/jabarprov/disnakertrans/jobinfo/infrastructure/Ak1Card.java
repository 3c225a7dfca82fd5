package id.go.jabarprov.disnakertrans.jobinfo.infrastructure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * What the AK/1 card (Kartu Tanda Bukti Pendaftaran Pencari Kerja, Permenaker 39/2016) prints, every text
 * already formatted for print except the dates, which {@link Ak1CardPdf} writes as Indonesian long dates.
 * Texts other than the required ones may be null and are printed as "-".
 *
 * <p>The NIK is printed in full on the holder's own card, but {@link #toString()} masks it, so a card that
 * ends up in a log line does not leak it.
 *
 * @param number job-seeker registration number, e.g. {@code 3273.2026.000042} (required)
 * @param nik the holder's NIK, 16 digits (required)
 * @param name full name (required)
 * @param educations formal and non-formal education in the order they are printed
 * @param skills skills in the order they are printed
 * @param issuedOn the day the card was issued (required)
 * @param validUntil the last day the card is valid, normally two years after {@code issuedOn} (required)
 * @param officeName the kab/kota, e.g. {@code Kota Bandung} (required): the header reads "DINAS TENAGA KERJA KOTA BANDUNG"
 * @param verificationCode the code printed under the QR code (required)
 * @param verificationUrl the public verification page the QR code points to (required)
 * @param photo a JPEG or PNG pas foto 3x4, or null for an empty frame
 * @param reports the six-monthly reports already made, at most 4, oldest first
 */
public record Ak1Card(
        String number,
        String nik,
        String name,
        String birthPlace,
        LocalDate birthDate,
        String sex,
        String maritalStatus,
        String religion,
        String address,
        List<Education> educations,
        List<String> skills,
        LocalDate issuedOn,
        LocalDate validUntil,
        String officerName,
        String officerNip,
        String officeName,
        String verificationCode,
        String verificationUrl,
        byte[] photo,
        List<Report> reports) {

    /** The back of the card has room for the reports of two years, one every six months. */
    public static final int MAX_REPORTS = 4;

    public Ak1Card {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(nik, "nik");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(issuedOn, "issuedOn");
        Objects.requireNonNull(validUntil, "validUntil");
        Objects.requireNonNull(officeName, "officeName");
        Objects.requireNonNull(verificationCode, "verificationCode");
        Objects.requireNonNull(verificationUrl, "verificationUrl");
        if (validUntil.isBefore(issuedOn)) {
            throw new IllegalArgumentException("The card of " + number + " would expire before it is issued");
        }
        educations = educations == null ? List.of() : List.copyOf(educations);
        skills = skills == null ? List.of() : List.copyOf(skills);
        reports = reports == null ? List.of() : List.copyOf(reports);
        if (reports.size() > MAX_REPORTS) {
            throw new IllegalArgumentException("The card of " + number + " has room for " + MAX_REPORTS + " reports, not "
                    + reports.size());
        }
        photo = photo == null ? null : photo.clone();
    }

    /** A copy of the photo bytes (null if there is no photo). */
    @Override
    public byte[] photo() {
        return photo == null ? null : photo.clone();
    }

    /** Whether the card has photo bytes, without copying them. */
    public boolean hasPhoto() {
        return photo != null && photo.length > 0;
    }

    /** The photo bytes themselves, for the renderer only: they are read, never changed. */
    byte[] photoBytes() {
        return photo;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Ak1Card card
                && number.equals(card.number) && nik.equals(card.nik) && name.equals(card.name)
                && Objects.equals(birthPlace, card.birthPlace) && Objects.equals(birthDate, card.birthDate)
                && Objects.equals(sex, card.sex) && Objects.equals(maritalStatus, card.maritalStatus)
                && Objects.equals(religion, card.religion) && Objects.equals(address, card.address)
                && educations.equals(card.educations) && skills.equals(card.skills)
                && issuedOn.equals(card.issuedOn) && validUntil.equals(card.validUntil)
                && Objects.equals(officerName, card.officerName) && Objects.equals(officerNip, card.officerNip)
                && officeName.equals(card.officeName) && verificationCode.equals(card.verificationCode)
                && verificationUrl.equals(card.verificationUrl) && Arrays.equals(photo, card.photo)
                && reports.equals(card.reports);
    }

    @Override
    public int hashCode() {
        return Objects.hash(number, nik, name, issuedOn, verificationCode) * 31 + Arrays.hashCode(photo);
    }

    /** Without the NIK (only its last four digits) and the photo: safe for a log line. */
    @Override
    public String toString() {
        return "Ak1Card[number=" + number + ", nik=" + maskedNik(nik) + ", issuedOn=" + issuedOn + ", validUntil=" + validUntil
                + ", officeName=" + officeName + ", verificationCode=" + verificationCode + ", photo="
                + (photo == null ? "none" : photo.length + " bytes") + ", reports=" + reports.size() + "]";
    }

    static String maskedNik(String nik) {
        return nik.length() <= 4 ? "****" : "*".repeat(nik.length() - 4) + nik.substring(nik.length() - 4);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** One line of education on the card, e.g. {@code SMK – Teknik Mesin, SMKN 1 Bandung, 2022}. */
    public record Education(Kind kind, String text) {

        public enum Kind {
            FORMAL, NONFORMAL
        }

        public Education {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(text, "text");
        }

        public static Education formal(String text) {
            return new Education(Kind.FORMAL, text);
        }

        public static Education nonFormal(String text) {
            return new Education(Kind.NONFORMAL, text);
        }
    }

    /** One six-monthly report: the day it was made and the officer who took it, both formatted for print. */
    public record Report(String reportedOn, String officer) {
    }

    /** Fills a card field by field; {@link #build()} checks what the record's constructor checks. */
    public static final class Builder {
        private String number;
        private String nik;
        private String name;
        private String birthPlace;
        private LocalDate birthDate;
        private String sex;
        private String maritalStatus;
        private String religion;
        private String address;
        private final List<Education> educations = new ArrayList<>();
        private final List<String> skills = new ArrayList<>();
        private LocalDate issuedOn;
        private LocalDate validUntil;
        private String officerName;
        private String officerNip;
        private String officeName;
        private String verificationCode;
        private String verificationUrl;
        private byte[] photo;
        private final List<Report> reports = new ArrayList<>();

        private Builder() {
        }

        public Builder number(String number) {
            this.number = number;
            return this;
        }

        public Builder nik(String nik) {
            this.nik = nik;
            return this;
        }

        public Builder name(String name) {
            this.name = name;
            return this;
        }

        public Builder birthPlace(String birthPlace) {
            this.birthPlace = birthPlace;
            return this;
        }

        public Builder birthDate(LocalDate birthDate) {
            this.birthDate = birthDate;
            return this;
        }

        public Builder sex(String sex) {
            this.sex = sex;
            return this;
        }

        public Builder maritalStatus(String maritalStatus) {
            this.maritalStatus = maritalStatus;
            return this;
        }

        public Builder religion(String religion) {
            this.religion = religion;
            return this;
        }

        public Builder address(String address) {
            this.address = address;
            return this;
        }

        /** Replaces the educations. */
        public Builder educations(List<Education> educations) {
            this.educations.clear();
            this.educations.addAll(educations);
            return this;
        }

        public Builder education(Education education) {
            this.educations.add(education);
            return this;
        }

        /** Replaces the skills. */
        public Builder skills(List<String> skills) {
            this.skills.clear();
            this.skills.addAll(skills);
            return this;
        }

        public Builder skill(String skill) {
            this.skills.add(skill);
            return this;
        }

        public Builder issuedOn(LocalDate issuedOn) {
            this.issuedOn = issuedOn;
            return this;
        }

        public Builder validUntil(LocalDate validUntil) {
            this.validUntil = validUntil;
            return this;
        }

        public Builder officerName(String officerName) {
            this.officerName = officerName;
            return this;
        }

        public Builder officerNip(String officerNip) {
            this.officerNip = officerNip;
            return this;
        }

        public Builder officeName(String officeName) {
            this.officeName = officeName;
            return this;
        }

        public Builder verificationCode(String verificationCode) {
            this.verificationCode = verificationCode;
            return this;
        }

        public Builder verificationUrl(String verificationUrl) {
            this.verificationUrl = verificationUrl;
            return this;
        }

        public Builder photo(byte[] photo) {
            this.photo = photo;
            return this;
        }

        /** Replaces the reports. */
        public Builder reports(List<Report> reports) {
            this.reports.clear();
            this.reports.addAll(reports);
            return this;
        }

        public Builder report(Report report) {
            this.reports.add(report);
            return this;
        }

        public Ak1Card build() {
            return new Ak1Card(number, nik, name, birthPlace, birthDate, sex, maritalStatus, religion, address, educations,
                    skills, issuedOn, validUntil, officerName, officerNip, officeName, verificationCode, verificationUrl,
                    photo, reports);
        }
    }
}
