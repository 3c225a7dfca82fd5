package id.go.jabarprov.disnakertrans.jobinfo.web;

import id.go.jabarprov.disnakertrans.jobinfo.domain.SexRequirement;
import id.go.jabarprov.disnakertrans.platform.i18n.Messages;
import id.go.jabarprov.disnakertrans.platform.reference.EducationLevel;
import id.go.jabarprov.disnakertrans.platform.reference.Occupation;
import id.go.jabarprov.disnakertrans.platform.reference.ReferenceData;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/** What the vacancy form part ({@code /WEB-INF/jobinfo/vacancy-form.xhtml}) needs from its page. */
public abstract class VacancyForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ReferenceData reference;

    protected VacancyFields fields = new VacancyFields();

    /** Every KBJI unit group, offered by the browser as the reader types (a datalist: accessible, no script). */
    public List<Occupation> getUnitGroups() {
        return reference.unitGroups();
    }

    public String occupationLabel(String code) {
        return code == null ? "" : reference.occupation(code).map(o -> o.getCode() + " " + o.title(Messages.currentLocale())).orElse(code);
    }

    public List<EducationLevel> getEducationLevels() {
        return reference.educationLevels();
    }

    public String educationName(String code) {
        return reference.educationLevel(code).map(e -> e.name(Messages.currentLocale())).orElse(code);
    }

    public List<SexRequirement> getSexes() {
        return Arrays.asList(SexRequirement.values());
    }

    public VacancyFields getFields() {
        return fields;
    }
}
