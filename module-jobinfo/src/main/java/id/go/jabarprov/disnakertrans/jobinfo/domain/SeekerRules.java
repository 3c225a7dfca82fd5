package id.go.jabarprov.disnakertrans.jobinfo.domain;

import java.time.LocalDate;

/** What a seeker's profile is checked against: the reference data and the day. */
public interface SeekerRules {

    /** A KBJI 2014 unit group (4 digits). */
    boolean knownOccupation(String code);

    boolean knownEducation(String code);

    boolean knownKabKota(String code);

    /** Whether the kecamatan lies in the kab/kota and the desa in the kecamatan. */
    boolean placeIn(String kabKota, String kecamatanCode, String desaCode);

    LocalDate today();
}
