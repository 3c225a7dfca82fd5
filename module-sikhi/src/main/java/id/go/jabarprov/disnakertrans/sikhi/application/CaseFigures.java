package id.go.jabarprov.disnakertrans.sikhi.application;

import id.go.jabarprov.disnakertrans.platform.application.AccessDeniedException;
import id.go.jabarprov.disnakertrans.platform.identity.CurrentUser;
import id.go.jabarprov.disnakertrans.platform.tenant.TenantContext;
import id.go.jabarprov.disnakertrans.sikhi.SikhiModule;
import id.go.jabarprov.disnakertrans.sikhi.domain.CaseClock;
import id.go.jabarprov.disnakertrans.sikhi.domain.CaseStage;
import id.go.jabarprov.disnakertrans.sikhi.domain.DisputeCase;
import id.go.jabarprov.disnakertrans.sikhi.domain.DisputeType;
import id.go.jabarprov.disnakertrans.sikhi.domain.OverdueScreen;
import id.go.jabarprov.disnakertrans.sikhi.domain.SikhiTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Case figures of one kab/kota (the request's): filed cases by type, stage and outcome, days from
 * filing to closing (average and 90th percentile), and open cases past a legal deadline. The
 * province's figures are the sum of its kab/kota's, taken one kab/kota at a time.
 */
@ApplicationScoped
public class CaseFigures {

    private static final java.util.Set<CaseStage> CLOSED = java.util.EnumSet.copyOf(
            java.util.Arrays.stream(CaseStage.values()).filter(CaseStage::isClosed).toList());

    @PersistenceContext(unitName = "sikhi")
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    TenantContext tenantContext;

    @Inject
    CaseClocks clocks;

    /** The figures of the request's kab/kota. */
    @Transactional
    public Figures ofCurrentKabKota() {
        if (!currentUser.can(SikhiModule.FIGURES)) {
            throw new AccessDeniedException("missing " + SikhiModule.FIGURES);
        }
        String tenant = tenantContext.current().orElseThrow(() -> new AccessDeniedException("no kab/kota"));
        Figures figures = new Figures(tenant);
        // counts by type and stage from the database; only the closed cases' two dates come back, for the days to close
        em.createQuery("select c.type, c.stage, count(c) from DisputeCase c where c.stage <> :draft group by c.type, c.stage",
                Object[].class).setParameter("draft", CaseStage.DRAFT).getResultList()
                .forEach(row -> figures.count((DisputeType) row[0], (CaseStage) row[1], ((Number) row[2]).intValue()));
        em.createQuery("select c.filedAt, c.closedOn from DisputeCase c where c.stage in :closed and c.filedAt is not null"
                + " and c.closedOn is not null", Object[].class).setParameter("closed", CLOSED).getResultList()
                .forEach(row -> figures.closed(SikhiTime.dateOf(((LocalDateTime) row[0]).toInstant(java.time.ZoneOffset.UTC)),
                        (LocalDate) row[1]));
        // open cases past a deadline: those certainly late are counted in the database; of the other cases the
        // screen lets through, each is read whole and decided exactly (klarifikasi pauses need its trail)
        CaseClock clock = clocks.clock();
        LocalDate today = clocks.today();
        OverdueScreen screen = OverdueScreen.on(today, clock);
        String certainJpql = "select count(c) from DisputeCase c where " + OverdueScreen.CERTAIN_JPQL;
        TypedQuery<Long> certain = em.createQuery(certainJpql, Long.class);
        screen.parametersOf(certainJpql).forEach(certain::setParameter);
        figures.overdue = certain.getSingleResult().intValue();
        String othersJpql = "select c from DisputeCase c where (" + OverdueScreen.JPQL + ") and not (" + OverdueScreen.CERTAIN_JPQL + ")";
        TypedQuery<DisputeCase> others = em.createQuery(othersJpql, DisputeCase.class);
        screen.parametersOf(othersJpql).forEach(others::setParameter);
        others.getResultStream()
                .filter(c -> c.deadlines(today, clock).stream().anyMatch(d -> d.overdue()))
                .forEach(c -> figures.overdue++);
        return figures;
    }

    /** Counts of one kab/kota, or of several added up. */
    public static class Figures {
        private final String kabKota;
        private final Map<DisputeType, Integer> byType = new EnumMap<>(DisputeType.class);
        private final Map<CaseStage, Integer> byStage = new EnumMap<>(CaseStage.class);
        private final List<Long> daysToClose = new ArrayList<>();
        private int total;
        private int overdue;

        public Figures(String kabKota) {
            this.kabKota = kabKota;
        }

        void count(DisputeType type, CaseStage stage, int cases) {
            total += cases;
            if (type != null) {
                byType.merge(type, cases, Integer::sum);
            }
            byStage.merge(stage, cases, Integer::sum);
        }

        void closed(LocalDate filedOn, LocalDate closedOn) {
            daysToClose.add(ChronoUnit.DAYS.between(filedOn, closedOn));
        }

        /** Adds another kab/kota's figures into these (the province's view). */
        public Figures add(Figures other) {
            total += other.total;
            overdue += other.overdue;
            other.byType.forEach((k, v) -> byType.merge(k, v, Integer::sum));
            other.byStage.forEach((k, v) -> byStage.merge(k, v, Integer::sum));
            daysToClose.addAll(other.daysToClose);
            return this;
        }

        public String getKabKota() { return kabKota; }
        public int getTotal() { return total; }
        public int getOverdue() { return overdue; }
        public Map<DisputeType, Integer> getByType() { return byType; }
        public Map<CaseStage, Integer> getByStage() { return byStage; }
        public int getClosed() { return daysToClose.size(); }

        /** Average calendar days from filing to closing, of the closed cases; null without any. */
        public Double getAverageDaysToClose() {
            return daysToClose.isEmpty() ? null : Math.round(daysToClose.stream().mapToLong(Long::longValue).average().orElse(0) * 10) / 10.0;
        }

        /** The 90th percentile (nearest rank) of the days from filing to closing. */
        public Long getP90DaysToClose() {
            if (daysToClose.isEmpty()) {
                return null;
            }
            List<Long> sorted = daysToClose.stream().sorted().toList();
            return sorted.get((int) Math.ceil(0.9 * sorted.size()) - 1);
        }
    }
}
