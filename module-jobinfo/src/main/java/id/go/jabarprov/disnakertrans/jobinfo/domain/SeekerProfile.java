package id.go.jabarprov.disnakertrans.jobinfo.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What a job seeker (or the officer at the counter) fills in: the AK/1 card's data and what matching
 * needs. A plain holder for the form; {@link JobSeeker#describe} checks it.
 */
public class SeekerProfile {

    private String nik;
    private String fullName;
    private String birthPlace;
    private LocalDate birthDate;
    private Sex sex;
    private MaritalStatus maritalStatus;
    private Religion religion;
    private String address;
    private String kecamatanCode;
    private String desaCode;
    private String phone;
    private String email;
    private String educationCode;
    private String educationMajor;
    private List<SeekerEducation> educations = new ArrayList<>();
    private List<SeekerExperience> experiences = new ArrayList<>();
    private List<String> skills = new ArrayList<>();
    private List<String> occupations = new ArrayList<>();
    private List<String> locations = new ArrayList<>();

    public String getNik() { return nik; }
    public void setNik(String v) { this.nik = v; }
    public String getFullName() { return fullName; }
    public void setFullName(String v) { this.fullName = v; }
    public String getBirthPlace() { return birthPlace; }
    public void setBirthPlace(String v) { this.birthPlace = v; }
    public LocalDate getBirthDate() { return birthDate; }
    public void setBirthDate(LocalDate v) { this.birthDate = v; }
    public Sex getSex() { return sex; }
    public void setSex(Sex v) { this.sex = v; }
    public MaritalStatus getMaritalStatus() { return maritalStatus; }
    public void setMaritalStatus(MaritalStatus v) { this.maritalStatus = v; }
    public Religion getReligion() { return religion; }
    public void setReligion(Religion v) { this.religion = v; }
    public String getAddress() { return address; }
    public void setAddress(String v) { this.address = v; }
    public String getKecamatanCode() { return kecamatanCode; }
    public void setKecamatanCode(String v) { this.kecamatanCode = v; }
    public String getDesaCode() { return desaCode; }
    public void setDesaCode(String v) { this.desaCode = v; }
    public String getPhone() { return phone; }
    public void setPhone(String v) { this.phone = v; }
    public String getEmail() { return email; }
    public void setEmail(String v) { this.email = v; }
    public String getEducationCode() { return educationCode; }
    public void setEducationCode(String v) { this.educationCode = v; }
    public String getEducationMajor() { return educationMajor; }
    public void setEducationMajor(String v) { this.educationMajor = v; }
    public List<SeekerEducation> getEducations() { return educations; }
    public void setEducations(List<SeekerEducation> v) { this.educations = v; }
    public List<SeekerExperience> getExperiences() { return experiences; }
    public void setExperiences(List<SeekerExperience> v) { this.experiences = v; }
    public List<String> getSkills() { return skills; }
    public void setSkills(List<String> v) { this.skills = v; }
    public List<String> getOccupations() { return occupations; }
    public void setOccupations(List<String> v) { this.occupations = v; }
    public List<String> getLocations() { return locations; }
    public void setLocations(List<String> v) { this.locations = v; }
}
