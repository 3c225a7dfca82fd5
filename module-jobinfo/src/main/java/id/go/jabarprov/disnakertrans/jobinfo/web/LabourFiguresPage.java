package id.go.jabarprov.disnakertrans.jobinfo.web;

import id.go.jabarprov.disnakertrans.jobinfo.application.LabourFigures;
import id.go.jabarprov.disnakertrans.jobinfo.infrastructure.FiguresReport;
import id.go.jabarprov.disnakertrans.platform.i18n.Messages;
import id.go.jabarprov.disnakertrans.platform.identity.CurrentUser;
import id.go.jabarprov.disnakertrans.platform.tenant.TenantContext;
import id.go.jabarprov.disnakertrans.platform.tenant.Wilayah;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/** Labour-market figures of the officer's kab/kota, or of any kab/kota and the province for province staff. */
@Named
@RequestScoped
public class LabourFiguresPage {

    @Inject
    LabourFigures figures;

    @Inject
    FigureLabels labels;

    @Inject
    CurrentUser currentUser;

    @Inject
    TenantContext tenantContext;

    private String code;
    private FiguresReport.Figures result;

    /** A table row: label, count, and its share of the largest row for the bar. */
    public record Line(String label, long count, int percent) {
    }

    public FiguresReport.Figures getFigures() {
        if (result == null) {
            result = figures.of(getCode());
        }
        return result;
    }

    public List<String> getBreakdowns() {
        return new ArrayList<>(getFigures().breakdowns().keySet());
    }

    public List<Line> lines(String breakdown) {
        Map<String, Long> counts = getFigures().breakdowns().getOrDefault(breakdown, Map.of());
        long max = counts.values().stream().mapToLong(Long::longValue).max().orElse(0);
        List<Line> lines = new ArrayList<>();
        counts.forEach((key, count) -> lines.add(new Line(labels.label(breakdown, key, Messages.currentLocale()), count,
                max == 0 ? 0 : (int) Math.round(100.0 * count / max))));
        return lines;
    }

    public long total(String name) {
        return getFigures().totals().getOrDefault(name, 0L);
    }

    /** The kab/kota (or the province) the caller may look at, for the chooser. */
    public List<Wilayah> getChoices() {
        return Collections.unmodifiableList(currentUser.getSwitchableTenants());
    }

    public String getCode() {
        if (code == null || code.isBlank()) {
            code = tenantContext.current().orElse(null);
        }
        return code;
    }

    public void setCode(String v) { this.code = v; }
}
