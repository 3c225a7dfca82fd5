package id.go.jabarprov.disnakertrans.platform.verification;

import id.go.jabarprov.disnakertrans.platform.audit.AuditService;
import id.go.jabarprov.disnakertrans.platform.documents.DocumentService;
import id.go.jabarprov.disnakertrans.platform.documents.StoredDocument;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Issues verifiable documents for every module. A module reserves a code, prints the code and its
 * QR code ({@link #verificationUrl}, {@link QrCodes#draw}) on the PDF it builds, then registers the
 * PDF under that code. Anyone can check the code at {@code /public/verify/<code>}.
 */
@ApplicationScoped
public class IssuedDocuments {

    /** No 0/O, 1/I/L: codes are also typed by hand from paper. */
    private static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    private static final int LENGTH = 12;

    private final SecureRandom random = new SecureRandom();

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    @Inject
    DocumentService documents;

    @Inject
    AuditService audit;

    @Inject
    @ConfigProperty(name = "portal.public.url", defaultValue = "http://localhost:8080")
    String publicUrl;

    /** A fresh, unguessable code (31^12, about 2^59 possibilities). */
    public String newCode() {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** Where the QR code on the document points. */
    public String verificationUrl(String code) {
        return publicUrl.replaceAll("/+$", "") + "/public/verify/" + code;
    }

    /**
     * Registers a generated PDF under its code.
     *
     * @param subject what the verification page may show of the document's content, without personal data
     */
    @Transactional
    public IssuedDocument register(String code, String moduleId, String tenantCode, String title, String subject,
            LocalDate validUntil, String fileName, byte[] pdf) {
        StoredDocument stored = documents.storeGenerated(moduleId, fileName, pdf);
        IssuedDocument issued = new IssuedDocument(code, stored.getId(), moduleId, tenantCode, title, subject, Instant.now(),
                validUntil);
        em.persist(issued);
        audit.recordFor(tenantCode, moduleId, "document.issued", code, title, "sha256=" + stored.getSha256());
        return issued;
    }

    @Transactional
    public void revoke(String code, String reason) {
        IssuedDocument issued = em.find(IssuedDocument.class, code);
        if (issued != null && issued.getRevokedAt() == null) {
            issued.revoke(Instant.now(), reason);
            audit.recordFor(issued.getTenantCode(), issued.getModuleId(), "document.revoked", code, reason, null);
        }
    }

    /** The facts a verifier may see, for a code typed or scanned (case and spaces forgiven). */
    public Optional<IssuedDocument> find(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String normalised = code.replaceAll("[\\s-]", "").toUpperCase();
        if (!normalised.matches("[" + ALPHABET + "]{" + LENGTH + "}")) {
            return Optional.empty();
        }
        return Optional.ofNullable(em.find(IssuedDocument.class, normalised));
    }

    /** The SHA-256 of the issued PDF, which a holder can compare with their file. */
    public Optional<String> fingerprint(IssuedDocument issued) {
        return documents.find(issued.getDocumentId()).map(StoredDocument::getSha256);
    }
}
