package id.go.jabarprov.disnakertrans.sikhi.application;

import id.go.jabarprov.disnakertrans.platform.tenant.TenantContext;
import id.go.jabarprov.disnakertrans.sikhi.domain.CaseSecret;
import id.go.jabarprov.disnakertrans.sikhi.domain.CaseStage;
import id.go.jabarprov.disnakertrans.sikhi.domain.DisputeCase;
import id.go.jabarprov.disnakertrans.sikhi.domain.DisputeType;
import id.go.jabarprov.disnakertrans.sikhi.domain.TrackingCode;
import id.go.jabarprov.disnakertrans.sikhi.infrastructure.CaseDirectory;
import id.go.jabarprov.disnakertrans.sikhi.infrastructure.CaseDirectoryEntry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The public status check: tracking code and secret give the stage and its dates, never a name. A wrong
 * code and a wrong secret look the same, and cost the same hashing time, so neither can be probed.
 */
@ApplicationScoped
public class StatusCheck {

    @PersistenceContext(unitName = "sikhi")
    EntityManager em;

    @Inject
    CaseDirectory directory;

    @Inject
    TenantContext tenantContext;

    @Transactional
    public Optional<CaseStatus> check(String typedCode, String typedSecret) {
        Optional<CaseDirectoryEntry> entry = TrackingCode.parse(typedCode).flatMap(code -> directory.byTrackingCode(code.value()));
        if (entry.isEmpty()) {
            CaseSecret.verify(typedSecret == null ? "" : typedSecret, CaseSecret.DECOY_HASH);
            return Optional.empty();
        }
        tenantContext.set(entry.get().getTenantCode());
        DisputeCase dispute = em.find(DisputeCase.class, entry.get().getCaseId());
        if (dispute == null || dispute.getStage() == CaseStage.DRAFT || !dispute.secretMatches(typedSecret == null ? "" : typedSecret)) {
            return Optional.empty();
        }
        return Optional.of(new CaseStatus(dispute.getTrackingCode(), dispute.getType(), dispute.getStage(),
                entry.get().getTenantCode(), dispute.getRegistrationNumber(),
                dispute.getFiledAt() == null ? null : id.go.jabarprov.disnakertrans.sikhi.domain.SikhiTime.dateOf(dispute.getFiledAt()),
                dispute.getRegisteredOn(), dispute.getClosedOn()));
    }

    /** What the public page shows: no party, no text of the case. */
    public record CaseStatus(String trackingCode, DisputeType type, CaseStage stage, String kabKota, String registrationNumber,
            LocalDate filedOn, LocalDate registeredOn, LocalDate closedOn) {
        public String getTrackingCode() { return trackingCode; }
        public DisputeType getType() { return type; }
        public CaseStage getStage() { return stage; }
        public String getKabKota() { return kabKota; }
        public String getRegistrationNumber() { return registrationNumber; }
        public LocalDate getFiledOn() { return filedOn; }
        public LocalDate getRegisteredOn() { return registeredOn; }
        public LocalDate getClosedOn() { return closedOn; }
    }
}
