package id.go.jabarprov.disnakertrans.jobinfo.web;

import id.go.jabarprov.disnakertrans.jobinfo.JobInfoModule;
import id.go.jabarprov.disnakertrans.jobinfo.application.PublicVacancies;
import id.go.jabarprov.disnakertrans.jobinfo.infrastructure.SearchResult;
import id.go.jabarprov.disnakertrans.platform.enablement.EnablementService;
import id.go.jabarprov.disnakertrans.platform.i18n.Messages;
import id.go.jabarprov.disnakertrans.platform.web.Formats;
import id.go.jabarprov.disnakertrans.platform.reference.ReferenceData;
import id.go.jabarprov.disnakertrans.platform.tenant.TenantContext;
import id.go.jabarprov.disnakertrans.platform.tenant.Wilayah;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The public vacancy search of a kab/kota, or of the province over every kab/kota: every search is a
 * bookmarkable address (a GET form), the view is stateless and opens no session.
 */
@Named
@RequestScoped
public class SearchPage {

    @Inject
    PublicVacancies vacancies;

    @Inject
    ReferenceData reference;

    @Inject
    TenantContext tenantContext;

    @Inject
    EnablementService enablement;

    @Inject
    Messages messages;

    @Inject
    Formats formats;

    /** One option of a filter and whether it is the chosen one. */
    public record Choice(String value, String label, boolean chosen) {
    }

    /** A vacancy as its result card shows it. */
    public record Row(String id, String kabKota, String title, String employerAndPlace, String occupation, String education,
                      String wage, String postsLeft, String until) {
    }

    // Worked out once per page: evaluating the same expressions for every option and every card was most of the
    // page's time (the benchmark's profile: 62 % in the repeats, mostly bean look-ups and method calls by EL).
    private List<Choice> kabKotaChoices;
    private List<Choice> majorChoices;
    private List<Choice> educationChoices;
    private List<Choice> sinceChoices;
    private List<Row> rows;

    private String q;
    private String kk;
    private String major;
    private String edu;
    private Long wage;
    private Integer since;
    private String sort;
    private int page = 1;
    private SearchResult result;

    public SearchResult getResult() {
        if (result == null) {
            result = vacancies.find(getWilayah(), kk, q, major, edu, wage, since, "date".equals(sort), page);
        }
        return result;
    }

    /** The address of another page of the same search. */
    public String pageUrl(int target) {
        StringBuilder url = new StringBuilder("?wilayah=").append(getWilayah());
        append(url, "q", q);
        append(url, "kk", kk);
        append(url, "major", major);
        append(url, "edu", edu);
        append(url, "wage", wage == null ? null : wage.toString());
        append(url, "since", since == null ? null : since.toString());
        append(url, "sort", sort);
        return url.append("&page=").append(target).toString();
    }

    private static void append(StringBuilder url, String name, String value) {
        if (value != null && !value.isBlank()) {
            url.append('&').append(name).append('=').append(java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    public boolean isProvince() {
        return Wilayah.PROVINCE_CODE.equals(getWilayah());
    }

    public String getWilayah() {
        return tenantContext.current().orElse(null);
    }

    private List<Wilayah> kabKotaOptions() {
        return enablement.tenantsRunning(JobInfoModule.ID).stream().filter(w -> !w.isProvince()).toList();
    }

    public List<Choice> getKabKotaChoices() {
        if (kabKotaChoices == null) {
            kabKotaChoices = kabKotaOptions().stream().map(w -> new Choice(w.getCode(), w.getName(), w.getCode().equals(kk)))
                    .toList();
        }
        return kabKotaChoices;
    }

    public List<Choice> getMajorChoices() {
        if (majorChoices == null) {
            majorChoices = reference.majorGroups().stream()
                    .map(o -> new Choice(o.getCode(), occupationTitle(o.getCode()), o.getCode().equals(major))).toList();
        }
        return majorChoices;
    }

    public List<Choice> getEducationChoices() {
        if (educationChoices == null) {
            educationChoices = reference.educationLevels().stream()
                    .map(e -> new Choice(e.getCode(), educationName(e.getCode()), e.getCode().equals(edu))).toList();
        }
        return educationChoices;
    }

    public List<Choice> getSinceChoices() {
        if (sinceChoices == null) {
            sinceChoices = java.util.stream.Stream.of(1, 7, 30)
                    .map(d -> new Choice(d.toString(), messages.text("jobinfo.search.days" + d), d.equals(since))).toList();
        }
        return sinceChoices;
    }

    public List<Row> getRows() {
        if (rows == null) {
            String until = messages.text("jobinfo.search.until");
            String anyEducation = messages.text("jobinfo.vacancy.education.any");
            rows = getResult().vacancies().stream().map(v -> new Row(v.id(), v.kabKota(), v.title(),
                    v.employerName() + " · " + formats.wilayah(v.kabKota()), occupationTitle(v.kbjiCode()),
                    v.educationCode() == null ? anyEducation : educationName(v.educationCode()),
                    v.wageMin() == null && v.wageMax() == null ? "" : formats.rupiah(v.wageMin()) + " – " + formats.rupiah(v.wageMax()),
                    messages.text("jobinfo.search.postsLeft", String.valueOf(v.postsLeft())), until + " " + formats.date(v.validUntil())))
                    .toList();
        }
        return rows;
    }

    public String occupationTitle(String code) {
        Locale locale = Messages.currentLocale();
        return reference.occupation(code).map(o -> o.title(locale)).orElse(code);
    }

    public String educationName(String code) {
        return code == null ? null : reference.educationLevel(code).map(e -> e.name(Messages.currentLocale())).orElse(code);
    }

    public String getQ() { return q; }
    public void setQ(String v) { this.q = v; }
    public String getKk() { return kk; }
    public void setKk(String v) { this.kk = v; }
    public String getMajor() { return major; }
    public void setMajor(String v) { this.major = v; }
    public String getEdu() { return edu; }
    public void setEdu(String v) { this.edu = v; }
    public Long getWage() { return wage; }
    public void setWage(Long v) { this.wage = v; }
    public Integer getSince() { return since; }
    public void setSince(Integer v) { this.since = v; }
    public String getSort() { return sort; }
    public void setSort(String v) { this.sort = v; }
    public int getPage() { return page; }
    public void setPage(int v) { this.page = v; }
}
