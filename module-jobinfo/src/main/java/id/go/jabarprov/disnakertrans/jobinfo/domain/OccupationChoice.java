package id.go.jabarprov.disnakertrans.jobinfo.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * One preferred occupation of a job seeker, stored with the seeker's kab/kota so that matching finds every
 * seeker of a kab/kota with any choice in a KBJI group from one index, without reading the seekers first.
 * EclipseLink fills {@code tenant_code} only on the entity's own table, hence the copy here.
 */
@Embeddable
public class OccupationChoice {

    @Column(name = "kbji_code", nullable = false)
    private String kbjiCode;

    @Column(name = "tenant_code", nullable = false)
    private String kabKota;

    protected OccupationChoice() {
    }

    OccupationChoice(String kbjiCode, String kabKota) {
        this.kbjiCode = kbjiCode;
        this.kabKota = kabKota;
    }

    public String getKbjiCode() { return kbjiCode; }
    public String getKabKota() { return kabKota; }
}
