package id.go.jabarprov.disnakertrans.platform.web;

import id.go.jabarprov.disnakertrans.platform.PlatformModule;
import id.go.jabarprov.disnakertrans.platform.audit.AuditFilter;
import id.go.jabarprov.disnakertrans.platform.audit.AuditRecord;
import id.go.jabarprov.disnakertrans.platform.audit.AuditService;
import id.go.jabarprov.disnakertrans.platform.audit.AuditTrail;
import id.go.jabarprov.disnakertrans.platform.audit.ChainVerification;
import id.go.jabarprov.disnakertrans.platform.identity.CurrentUser;
import id.go.jabarprov.disnakertrans.platform.module.ModuleRegistry;
import id.go.jabarprov.disnakertrans.platform.module.PortalModule;
import id.go.jabarprov.disnakertrans.platform.tenant.Wilayah;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** The audit viewer: filters, database paging, CSV export and chain verification. */
@Named
@ViewScoped
public class AuditPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient AuditTrail trail;

    @Inject
    transient AuditService audit;

    @Inject
    transient CurrentUser currentUser;

    @Inject
    transient ModuleRegistry registry;

    @Inject
    transient Feedback feedback;

    private LocalDate from;
    private LocalDate to;
    private String tenant;
    private String module;
    private String actor;
    private String action;
    private ChainVerification verification;

    private final LazyDataModel<AuditRecord> model = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) trail.count(filter());
        }

        @Override
        public List<AuditRecord> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return trail.page(filter(), first, pageSize);
        }

        @Override
        public String getRowKey(AuditRecord record) {
            return Long.toString(record.getSeq());
        }
    };

    /** The filter as typed, narrowed to the kab/kota the viewer may see. */
    AuditFilter filter() {
        return AuditFilter.days(from, to, Formats.JAKARTA, blankToNull(tenant), blankToNull(module), blankToNull(actor), blankToNull(action),
                currentUser.can(PlatformModule.ALL_TENANTS) ? null : new HashSet<>(currentUser.memberships()));
    }

    public void verify() {
        verification = trail.verify();
        audit.record(PlatformModule.ID, "audit.verified", null,
                verification.intact() ? "chain intact" : "chain broken at " + verification.firstBroken(), null);
    }

    /** The export URL with the same filters, answered by the CSV servlet. */
    public String getCsvUrl() {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("from", from == null ? null : from.toString());
        params.put("to", to == null ? null : to.toString());
        params.put("tenant", blankToNull(tenant));
        params.put("module", blankToNull(module));
        params.put("actor", blankToNull(actor));
        params.put("action", blankToNull(action));
        return "audit.csv?" + params.entrySet().stream().filter(e -> e.getValue() != null)
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    public List<Wilayah> getTenants() {
        return currentUser.getSwitchableTenants();
    }

    public List<PortalModule> getModules() {
        return registry.all();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    public LazyDataModel<AuditRecord> getModel() { return model; }
    public ChainVerification getVerification() { return verification; }
    public LocalDate getFrom() { return from; }
    public void setFrom(LocalDate from) { this.from = from; }
    public LocalDate getTo() { return to; }
    public void setTo(LocalDate to) { this.to = to; }
    public String getTenant() { return tenant; }
    public void setTenant(String tenant) { this.tenant = tenant; }
    public String getModule() { return module; }
    public void setModule(String module) { this.module = module; }
    public String getActor() { return actor; }
    public void setActor(String actor) { this.actor = actor; }
    public String getAction() { return action; }
    public void setAction(String action) { this.action = action; }
}
