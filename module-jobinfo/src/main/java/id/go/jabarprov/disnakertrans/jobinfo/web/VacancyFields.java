package id.go.jabarprov.disnakertrans.jobinfo.web;

import id.go.jabarprov.disnakertrans.jobinfo.domain.SexRequirement;
import id.go.jabarprov.disnakertrans.jobinfo.domain.VacancyDraft;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The vacancy form's fields, kept in the view while the employer corrects what was refused. */
public class VacancyFields implements Serializable {

    private static final long serialVersionUID = 1L;

    private String title;
    private String occupationCode;
    private Integer needed;
    private LocalDate validFrom;
    private LocalDate validUntil;
    private Integer ageMin;
    private Integer ageMax;
    private SexRequirement sex = SexRequirement.ANY;
    private String educationCode;
    private List<String> skills = new ArrayList<>();
    private Integer experienceYears;
    private Long wageMin;
    private Long wageMax;
    private String workAddress;
    private String description;

    public VacancyDraft toDraft(String kabKota) {
        return new VacancyDraft(title, occupationCode, needed, validFrom, validUntil, ageMin, ageMax, sex, educationCode,
                skills == null ? List.of() : List.copyOf(skills), experienceYears, wageMin, wageMax, kabKota, workAddress,
                description);
    }

    public static VacancyFields of(VacancyDraft d) {
        VacancyFields f = new VacancyFields();
        f.title = d.title();
        f.occupationCode = d.occupationCode();
        f.needed = d.needed();
        f.validFrom = d.validFrom();
        f.validUntil = d.validUntil();
        f.ageMin = d.ageMin();
        f.ageMax = d.ageMax();
        f.sex = d.sex();
        f.educationCode = d.educationCode();
        f.skills = new ArrayList<>(d.skills());
        f.experienceYears = d.experienceYears();
        f.wageMin = d.wageMin();
        f.wageMax = d.wageMax();
        f.workAddress = d.workAddress();
        f.description = d.description();
        return f;
    }

    public String getTitle() { return title; }
    public void setTitle(String v) { this.title = v; }
    public String getOccupationCode() { return occupationCode; }
    public void setOccupationCode(String v) { this.occupationCode = v; }
    public Integer getNeeded() { return needed; }
    public void setNeeded(Integer v) { this.needed = v; }
    public LocalDate getValidFrom() { return validFrom; }
    public void setValidFrom(LocalDate v) { this.validFrom = v; }
    public LocalDate getValidUntil() { return validUntil; }
    public void setValidUntil(LocalDate v) { this.validUntil = v; }
    public Integer getAgeMin() { return ageMin; }
    public void setAgeMin(Integer v) { this.ageMin = v; }
    public Integer getAgeMax() { return ageMax; }
    public void setAgeMax(Integer v) { this.ageMax = v; }
    public SexRequirement getSex() { return sex; }
    public void setSex(SexRequirement v) { this.sex = v; }
    public String getEducationCode() { return educationCode; }
    public void setEducationCode(String v) { this.educationCode = v; }
    public List<String> getSkills() { return skills; }
    public void setSkills(List<String> v) { this.skills = v; }
    public Integer getExperienceYears() { return experienceYears; }
    public void setExperienceYears(Integer v) { this.experienceYears = v; }
    public Long getWageMin() { return wageMin; }
    public void setWageMin(Long v) { this.wageMin = v; }
    public Long getWageMax() { return wageMax; }
    public void setWageMax(Long v) { this.wageMax = v; }
    public String getWorkAddress() { return workAddress; }
    public void setWorkAddress(String v) { this.workAddress = v; }
    public String getDescription() { return description; }
    public void setDescription(String v) { this.description = v; }
}
