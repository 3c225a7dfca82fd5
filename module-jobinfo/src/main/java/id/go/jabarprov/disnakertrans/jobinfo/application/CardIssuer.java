package id.go.jabarprov.disnakertrans.jobinfo.application;

import id.go.jabarprov.disnakertrans.jobinfo.JobInfoModule;
import id.go.jabarprov.disnakertrans.jobinfo.domain.EducationKind;
import id.go.jabarprov.disnakertrans.jobinfo.domain.JobSeeker;
import id.go.jabarprov.disnakertrans.jobinfo.domain.JobTime;
import id.go.jabarprov.disnakertrans.jobinfo.domain.SeekerEducation;
import id.go.jabarprov.disnakertrans.jobinfo.infrastructure.Ak1Card;
import id.go.jabarprov.disnakertrans.jobinfo.infrastructure.Ak1CardPdf;
import id.go.jabarprov.disnakertrans.platform.documents.DocumentService;
import id.go.jabarprov.disnakertrans.platform.i18n.Messages;
import id.go.jabarprov.disnakertrans.platform.identity.Accounts;
import id.go.jabarprov.disnakertrans.platform.identity.Account;
import id.go.jabarprov.disnakertrans.platform.reference.ReferenceData;
import id.go.jabarprov.disnakertrans.platform.tenant.TenantContext;
import id.go.jabarprov.disnakertrans.platform.tenant.Tenants;
import id.go.jabarprov.disnakertrans.platform.verification.IssuedDocument;
import id.go.jabarprov.disnakertrans.platform.verification.IssuedDocuments;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/**
 * Issues the AK/1 card as a verifiable PDF: at verification, and again whenever what it shows changes
 * (a report box filled, a renewal, new education, skills or photo). Each issue revokes the card before
 * it, so the verification page only ever confirms the current card.
 */
@ApplicationScoped
public class CardIssuer {

    private static final Logger LOG = Logger.getLogger(CardIssuer.class.getName());

    @Inject
    IssuedDocuments issued;

    @Inject
    DocumentService documents;

    @Inject
    TenantContext tenantContext;

    @Inject
    Tenants tenants;

    @Inject
    ReferenceData reference;

    @Inject
    Messages messages;

    @Inject
    Accounts accounts;

    /** @param reasonKey why the previous card is replaced, or null for the first card */
    public void issue(JobSeeker seeker, String reasonKey) {
        String office = tenantContext.current().orElseThrow();
        String code = issued.newCode();
        long started = System.nanoTime();
        byte[] pdf = Ak1CardPdf.render(card(seeker, office, code));
        LOG.fine(() -> "AK/1 card rendered in " + (System.nanoTime() - started) / 1_000_000 + " ms");
        String previous = seeker.getCardCode();
        IssuedDocument document = issued.register(code, JobInfoModule.ID, office, text("jobinfo.card.title"),
                text("jobinfo.card.subject", seeker.getAk1Number(), tenants.nameOf(office)), seeker.getValidUntil(),
                "AK1-" + seeker.getAk1Number() + ".pdf", pdf);
        seeker.cardIssued(code, document.getDocumentId());
        if (previous != null) {
            issued.revoke(previous, text(reasonKey == null ? "jobinfo.card.reason.updated" : reasonKey));
        }
    }

    /** A placement closes the card: its verification now says so. */
    public void revoke(JobSeeker seeker, String reasonKey) {
        if (seeker.getCardCode() != null) {
            issued.revoke(seeker.getCardCode(), text(reasonKey));
        }
    }

    private Ak1Card card(JobSeeker s, String office, String code) {
        List<Ak1Card.Education> educations = new ArrayList<>();
        educations.add(Ak1Card.Education.formal(educationName(s.getEducationCode())
                + (s.getEducationMajor() == null ? "" : " – " + s.getEducationMajor())));
        for (SeekerEducation e : s.getEducations()) {
            String line = (e.getLevelCode() == null ? "" : e.getLevelCode() + " – ") + e.getInstitution()
                    + (e.getMajor() == null ? "" : ", " + e.getMajor()) + (e.getYearDone() == null ? "" : ", " + e.getYearDone());
            educations.add(e.getKind() == EducationKind.FORMAL ? Ak1Card.Education.formal(line) : Ak1Card.Education.nonFormal(line));
        }
        String officer = accounts.findByUsername(s.getVerifiedBy()).map(Account::getDisplayName).orElse(s.getVerifiedBy());
        return Ak1Card.builder()
                .number(s.getAk1Number()).nik(s.getNik()).name(s.getFullName())
                .birthPlace(s.getBirthPlace()).birthDate(s.getBirthDate())
                .sex(text(s.getSex().key())).maritalStatus(text(s.getMaritalStatus().key())).religion(text(s.getReligion().key()))
                .address(address(s))
                .educations(educations).skills(s.getSkills())
                .issuedOn(s.getVerifiedAt().atZone(JobTime.WIB).toLocalDate())
                .validUntil(s.getValidUntil())
                .officerName(officer).officerNip(null)
                .officeName(tenants.nameOf(office))
                .verificationCode(code).verificationUrl(issued.verificationUrl(code))
                .photo(photo(s))
                .reports(s.getReports().stream().map(r -> new Ak1Card.Report(
                        r.getReportedOn().format(java.time.format.DateTimeFormatter.ofPattern("dd-MM-yyyy")), r.getOfficer())).toList())
                .build();
    }

    private String address(JobSeeker s) {
        String desa = reference.wilayah(s.getDesaCode()).map(w -> w.getName()).orElse("");
        String kecamatan = reference.wilayah(s.getKecamatanCode()).map(w -> w.getName()).orElse("");
        return s.getAddress() + ", " + desa + ", Kec. " + kecamatan;
    }

    private byte[] photo(JobSeeker s) {
        return documents.find(s.getPhotoId()).map(d -> {
            try (InputStream in = documents.open(d)) {
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).orElse(null);
    }

    private String educationName(String code) {
        return reference.educationLevel(code).map(e -> e.getNameId()).orElse(code);
    }

    /** The card and its verification are in Indonesian, whatever the officer's language. */
    private String text(String key, Object... args) {
        return messages.text(Messages.INDONESIAN, key, args);
    }
}
