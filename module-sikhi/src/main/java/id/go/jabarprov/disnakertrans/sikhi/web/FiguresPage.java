package id.go.jabarprov.disnakertrans.sikhi.web;

import id.go.jabarprov.disnakertrans.platform.identity.CurrentUser;
import id.go.jabarprov.disnakertrans.platform.tenant.Tenants;
import id.go.jabarprov.disnakertrans.sikhi.application.CaseFigures;
import id.go.jabarprov.disnakertrans.sikhi.application.FiguresQuery;
import id.go.jabarprov.disnakertrans.sikhi.domain.CaseStage;
import id.go.jabarprov.disnakertrans.sikhi.domain.DisputeType;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;

/** The dashboard of the officer's active kab/kota (the province's sum when the province is chosen). */
@Named
@RequestScoped
public class FiguresPage {

    @Inject
    FiguresQuery query;

    @Inject
    CurrentUser currentUser;

    @Inject
    Tenants tenants;

    private CaseFigures.Figures figures;

    public CaseFigures.Figures getFigures() {
        if (figures == null) {
            figures = query.of(currentUser.getActiveTenant());
        }
        return figures;
    }

    public String getKabKotaName() {
        return tenants.nameOf(currentUser.getActiveTenant());
    }

    public List<DisputeType> getTypes() {
        return Arrays.asList(DisputeType.values());
    }

    public List<CaseStage> getStages() {
        return Arrays.stream(CaseStage.values()).filter(s -> s != CaseStage.DRAFT).toList();
    }

    public int count(Object key) {
        Integer n = key instanceof DisputeType t ? getFigures().getByType().get(t) : getFigures().getByStage().get((CaseStage) key);
        return n == null ? 0 : n;
    }

    /** The bar's width in percent of the largest count, for the chart. */
    public int percent(Object key) {
        int max = Math.max(1, getFigures().getByType().values().stream().mapToInt(Integer::intValue).max().orElse(1));
        int maxStage = Math.max(1, getFigures().getByStage().values().stream().mapToInt(Integer::intValue).max().orElse(1));
        return Math.round(100f * count(key) / (key instanceof DisputeType ? max : maxStage));
    }
}
