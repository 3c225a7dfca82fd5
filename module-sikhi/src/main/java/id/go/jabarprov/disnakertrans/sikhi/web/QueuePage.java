package id.go.jabarprov.disnakertrans.sikhi.web;

import id.go.jabarprov.disnakertrans.sikhi.application.CaseClocks;
import id.go.jabarprov.disnakertrans.sikhi.application.StaffCaseService;
import id.go.jabarprov.disnakertrans.sikhi.domain.CaseClock;
import id.go.jabarprov.disnakertrans.sikhi.domain.CaseDeadline;
import id.go.jabarprov.disnakertrans.sikhi.domain.DisputeCase;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The officer's work queue: what is due first on top, overdue marked. */
@Named
@RequestScoped
public class QueuePage {

    @Inject
    StaffCaseService cases;

    @Inject
    CaseClocks clocks;

    private boolean closedToo;
    private List<Row> rows;

    public List<Row> getRows() {
        if (rows == null) {
            CaseClock clock = clocks.clock();
            LocalDate today = clocks.today();
            rows = cases.workQueue(closedToo).stream().map(c -> new Row(c, nextDeadline(c, today, clock)))
                    .sorted(Comparator.comparing((Row r) -> r.deadline().map(d -> d.deadline().date()).orElse(LocalDate.MAX)))
                    .toList();
        }
        return rows;
    }

    private static Optional<CaseDeadline> nextDeadline(DisputeCase dispute, LocalDate today, CaseClock clock) {
        return dispute.deadlines(today, clock).stream().min(Comparator.comparing(d -> d.deadline().date()));
    }

    /** A case with the deadline that comes first. */
    public record Row(DisputeCase dispute, Optional<CaseDeadline> deadline) {
        public DisputeCase getCase() { return dispute; }
        public CaseDeadline getDeadline() { return deadline.orElse(null); }
    }

    public boolean isClosedToo() { return closedToo; }
    public void setClosedToo(boolean closedToo) { this.closedToo = closedToo; }
}
