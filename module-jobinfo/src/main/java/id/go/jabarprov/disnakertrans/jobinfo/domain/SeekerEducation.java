package id.go.jabarprov.disnakertrans.jobinfo.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One school or course of a job seeker, as the AK/1 card lists it. */
@Embeddable
public class SeekerEducation {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private EducationKind kind;

    @Column(name = "level_code")
    private String levelCode;

    @Column(nullable = false)
    private String institution;

    private String major;

    @Column(name = "year_done")
    private Integer yearDone;

    public SeekerEducation() {
    }

    public SeekerEducation(EducationKind kind, String levelCode, String institution, String major, Integer yearDone) {
        this.kind = kind;
        this.levelCode = levelCode;
        this.institution = institution;
        this.major = major;
        this.yearDone = yearDone;
    }

    public EducationKind getKind() { return kind; }
    public void setKind(EducationKind v) { this.kind = v; }
    public String getLevelCode() { return levelCode; }
    public void setLevelCode(String v) { this.levelCode = v; }
    public String getInstitution() { return institution; }
    public void setInstitution(String v) { this.institution = v; }
    public String getMajor() { return major; }
    public void setMajor(String v) { this.major = v; }
    public Integer getYearDone() { return yearDone; }
    public void setYearDone(Integer v) { this.yearDone = v; }
}
