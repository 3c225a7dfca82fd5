package id.go.jabarprov.disnakertrans.sikhi.web;

import id.go.jabarprov.disnakertrans.platform.application.AccessDeniedException;
import id.go.jabarprov.disnakertrans.platform.tenant.Tenants;
import id.go.jabarprov.disnakertrans.sikhi.application.CaseClocks;
import id.go.jabarprov.disnakertrans.sikhi.application.ProvinceDesk;
import id.go.jabarprov.disnakertrans.sikhi.domain.CaseClock;
import id.go.jabarprov.disnakertrans.sikhi.domain.DelegationRules;
import id.go.jabarprov.disnakertrans.sikhi.infrastructure.ProvinceCases;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.omnifaces.util.Faces;

/** The province's queue: cases the kab/kota delegated to it, oldest delegation first; each row opens the case. */
@Named
@RequestScoped
public class ProvincePage {

    @Inject
    ProvinceDesk desk;

    @Inject
    Tenants tenants;

    @Inject
    CaseClocks clocks;

    private List<Row> rows;

    /** Anyone but the province's officers gets "not found", as for every page they may not see. */
    public void load() throws IOException {
        try {
            getRows();
        } catch (AccessDeniedException e) {
            Faces.responseSendError(404, "not found");
        }
    }

    public List<Row> getRows() {
        if (rows == null) {
            LocalDate today = clocks.today();
            CaseClock clock = clocks.clock();
            rows = desk.queue().stream().map(r -> new Row(r, tenants.nameOf(r.kabKotaCode()),
                    DelegationRules.daysWaiting(r.delegatedAt(), today, clock))).toList();
        }
        return rows;
    }

    /** A line of the queue, with the kab/kota's name and the days it has waited. */
    public static final class Row {
        private final ProvinceCases.Row row;
        private final String kabKotaName;
        private final int daysWaiting;

        Row(ProvinceCases.Row row, String kabKotaName, int daysWaiting) {
            this.row = row;
            this.kabKotaName = kabKotaName;
            this.daysWaiting = daysWaiting;
        }

        public String getCaseId() { return row.caseId(); }
        public String getKabKotaName() { return kabKotaName; }
        public String getRegistrationNumber() { return row.registrationNumber(); }
        public String getTypeKey() { return row.type().key(); }
        public String getStageKey() { return row.stage().key(); }
        public String getReason() { return row.reason(); }
        public String getMediator() { return row.mediator(); }
        public int getDaysWaiting() { return daysWaiting; }
    }
}
