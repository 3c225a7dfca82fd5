package id.go.jabarprov.disnakertrans.sikhi.web;

import id.go.jabarprov.disnakertrans.sikhi.application.StaffCaseService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The officer's work queue: what is due first on top, overdue marked. */
@Named
@RequestScoped
public class QueuePage {

    @Inject
    StaffCaseService cases;

    private boolean closedToo;
    private List<StaffCaseService.QueueEntry> rows;

    public List<StaffCaseService.QueueEntry> getRows() {
        if (rows == null) {
            rows = cases.workQueue(closedToo);
        }
        return rows;
    }

    public boolean isClosedToo() { return closedToo; }
    public void setClosedToo(boolean closedToo) { this.closedToo = closedToo; }
}
