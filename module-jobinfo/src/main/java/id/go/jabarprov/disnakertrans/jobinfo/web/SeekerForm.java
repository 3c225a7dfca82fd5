package id.go.jabarprov.disnakertrans.jobinfo.web;

import id.go.jabarprov.disnakertrans.jobinfo.JobInfoModule;
import id.go.jabarprov.disnakertrans.jobinfo.domain.EducationKind;
import id.go.jabarprov.disnakertrans.jobinfo.domain.MaritalStatus;
import id.go.jabarprov.disnakertrans.jobinfo.domain.Religion;
import id.go.jabarprov.disnakertrans.jobinfo.domain.SeekerEducation;
import id.go.jabarprov.disnakertrans.jobinfo.domain.SeekerExperience;
import id.go.jabarprov.disnakertrans.jobinfo.domain.SeekerProfile;
import id.go.jabarprov.disnakertrans.jobinfo.domain.Sex;
import id.go.jabarprov.disnakertrans.platform.enablement.EnablementService;
import id.go.jabarprov.disnakertrans.platform.i18n.Messages;
import id.go.jabarprov.disnakertrans.platform.reference.EducationLevel;
import id.go.jabarprov.disnakertrans.platform.reference.Occupation;
import id.go.jabarprov.disnakertrans.platform.reference.ReferenceData;
import id.go.jabarprov.disnakertrans.platform.tenant.Tenants;
import id.go.jabarprov.disnakertrans.platform.tenant.Wilayah;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/**
 * The AK/1 registration form shared by the seeker's own page and the officer's counter registration
 * (the page part {@code /WEB-INF/jobinfo/seeker-form.xhtml}). The profile lives in the view, so a refused
 * save keeps everything typed.
 */
public abstract class SeekerForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ReferenceData reference;

    @Inject
    transient Tenants tenants;

    @Inject
    transient EnablementService enablement;

    static final int OCCUPATION_SLOTS = 3;

    protected SeekerProfile profile = new SeekerProfile();
    private transient List<Wilayah> offices;
    private transient java.util.Map<String, List<Wilayah>> places;
    protected String kabKota;

    /** Whether the kab/kota can still be chosen (a new registration by the seeker). */
    public abstract boolean isOfficeChoosable();

    /** Whether NIK, name, birth and sex can still be changed (before the card is issued). */
    public abstract boolean isIdentityEditable();

    /** Three boxes for preferred occupations, kept filled up to three so that each box has its place in the list. */
    public List<Integer> getOccupationSlots() {
        while (profile.getOccupations().size() < OCCUPATION_SLOTS) {
            profile.getOccupations().add(null);
        }
        return List.of(0, 1, 2);
    }

    public void addEducation() {
        if (profile.getEducations().size() < 10) {
            profile.getEducations().add(new SeekerEducation(EducationKind.FORMAL, null, null, null, null));
        }
    }

    public void removeEducation(int index) {
        profile.getEducations().remove(index);
    }

    public void addExperience() {
        if (profile.getExperiences().size() < 10) {
            profile.getExperiences().add(new SeekerExperience());
        }
    }

    public void removeExperience(int index) {
        profile.getExperiences().remove(index);
    }

    /** A new kab/kota empties the kecamatan and desa chosen in the old one. */
    public void kabKotaChanged() {
        profile.setKecamatanCode(null);
        profile.setDesaCode(null);
    }

    public void kecamatanChanged() {
        profile.setDesaCode(null);
    }

    /** Every KBJI unit group, offered by the browser as the reader types (a datalist: accessible, no script). */
    public List<Occupation> getUnitGroups() {
        return reference.unitGroups();
    }

    public String occupationLabel(String code) {
        return reference.occupation(code).map(o -> o.getCode() + " " + o.title(Messages.currentLocale())).orElse(code);
    }

    public List<Wilayah> getOffices() {
        if (offices == null) {
            offices = enablement.tenantsRunning(JobInfoModule.ID).stream().filter(w -> !w.isProvince()).toList();
        }
        return offices;
    }

    public List<Wilayah> getAllKabKota() {
        return tenants.kabKota();
    }

    public List<Wilayah> getKecamatanOptions() {
        return below(kabKota);
    }

    public List<Wilayah> getDesaOptions() {
        return below(profile.getKecamatanCode());
    }

    /** The places below a code, read once per code: the selects ask for their options several times a render. */
    private List<Wilayah> below(String code) {
        if (code == null) {
            return List.of();
        }
        if (places == null) {
            places = new java.util.HashMap<>();
        }
        return places.computeIfAbsent(code, reference::below);
    }

    public List<EducationLevel> getEducationLevels() {
        return reference.educationLevels();
    }

    public String educationName(String code) {
        return reference.educationLevel(code).map(e -> e.name(Messages.currentLocale())).orElse(code);
    }

    public List<Sex> getSexes() {
        return Arrays.asList(Sex.values());
    }

    public List<MaritalStatus> getMaritalStatuses() {
        return Arrays.asList(MaritalStatus.values());
    }

    public List<Religion> getReligions() {
        return Arrays.asList(Religion.values());
    }

    public List<EducationKind> getEducationKinds() {
        return Arrays.asList(EducationKind.values());
    }

    public SeekerProfile getProfile() { return profile; }
    public String getKabKota() { return kabKota; }
    public void setKabKota(String v) { this.kabKota = v; }
}
