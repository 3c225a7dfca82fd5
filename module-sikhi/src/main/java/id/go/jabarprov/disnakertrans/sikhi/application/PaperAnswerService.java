package id.go.jabarprov.disnakertrans.sikhi.application;

import id.go.jabarprov.disnakertrans.platform.audit.AuditService;
import id.go.jabarprov.disnakertrans.platform.documents.DocumentService;
import id.go.jabarprov.disnakertrans.platform.enablement.ModuleService;
import id.go.jabarprov.disnakertrans.platform.identity.CurrentUser;
import id.go.jabarprov.disnakertrans.sikhi.SikhiModule;
import id.go.jabarprov.disnakertrans.sikhi.domain.Acceptance;
import id.go.jabarprov.disnakertrans.sikhi.domain.CaseParty;
import id.go.jabarprov.disnakertrans.sikhi.domain.CaseStage;
import id.go.jabarprov.disnakertrans.sikhi.domain.DisputeCase;
import id.go.jabarprov.disnakertrans.sikhi.domain.DocumentKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;

/**
 * What the mediator holding a case records for a party that acts on paper: a company (or worker) without a portal
 * account receives the anjuran letter later, answers it by letter and signs the printed Perjanjian Bersama. Without
 * these records such a party's silence would count as rejection even when it accepted by letter, and a PB with it could
 * never be completed. Each record is audited, on the trail, and followed exactly as the party's own answer online
 * ({@link AnswerOutcome}); the letters and signed papers are stored with the same content checks as every upload.
 */
@ApplicationScoped
@ModuleService(SikhiModule.ID)
public class PaperAnswerService {

    @Inject
    StaffCaseService staffCases;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditService audit;

    @Inject
    CaseClocks clocks;

    @Inject
    DocumentService documents;

    @Inject
    AnswerOutcome outcome;

    /** The day a party without an account received the anjuran letter: its 10 HK to answer run from then. */
    @Transactional
    public void recordReceipt(String caseId, String partyId, LocalDate receivedOn) {
        DisputeCase dispute = staffCases.mediatorsCase(caseId);
        dispute.recordLetterReceipt(partyId, receivedOn, currentUser.getUsername(), Instant.now());
        audit.record(SikhiModule.ID, "case.anjuran.received", caseId, partyName(dispute, partyId) + " " + receivedOn, null);
    }

    /**
     * The party's signed written answer to the anjuran. A party with an account that brings its letter to the office
     * (it has not answered online) is recorded too, and audited as such for supervision.
     */
    @Transactional
    public void recordAnswer(String caseId, String partyId, Acceptance answer, String fileName, InputStream letter) {
        DisputeCase dispute = staffCases.mediatorsCase(caseId);
        Instant now = Instant.now();
        String documentId = attach(dispute, DocumentKind.JAWABAN_ANJURAN, "answerLetter", partyId, fileName, letter, now);
        boolean walkIn = dispute.findParty(partyId == null ? "" : partyId).map(p -> p.getUsername() != null).orElse(false);
        dispute.recordAnjuranAnswer(partyId, answer, documentId, currentUser.getUsername(), now, clocks.clock());
        audit.record(SikhiModule.ID, walkIn ? "case.anjuran.answer.recorded.walkIn" : "case.anjuran.answer.recorded", caseId,
                partyName(dispute, partyId) + ": " + answer + " (written answer " + documentId + ")", null);
        outcome.afterAnjuranAnswer(dispute, now);
    }

    /** A party without an account signed the printed PB: it accepts the text as drafted now. */
    @Transactional
    public void recordPbSigned(String caseId, String partyId, String fileName, InputStream signedPb) {
        DisputeCase dispute = staffCases.mediatorsCase(caseId);
        Instant now = Instant.now();
        String documentId = attach(dispute, DocumentKind.PB_DITANDATANGANI, "signedPb", partyId, fileName, signedPb, now);
        dispute.recordPbSignedOnPaper(partyId, documentId, currentUser.getUsername(), now, clocks.clock());
        audit.record(SikhiModule.ID, "case.pb.signedOnPaper", caseId,
                partyName(dispute, partyId) + " " + dispute.getPerjanjianBersama().getDocumentHash(), "signed PB " + documentId);
        outcome.afterPbAcceptance(dispute);
    }

    /** Whether the caller may record a receipt or a written answer now: the case's mediator, the anjuran awaiting answers. */
    public boolean mayRecordAnswers(DisputeCase dispute) {
        return dispute.getStage() == CaseStage.ANJURAN_ISSUED && staffCases.mayActAsMediator(dispute);
    }

    /** Whether the caller may record a paper signature of the PB now. */
    public boolean mayRecordPbSignature(DisputeCase dispute) {
        return dispute.getStage() == CaseStage.PB_DRAFTED && dispute.getPerjanjianBersama() != null
                && staffCases.mayActAsMediator(dispute);
    }

    /**
     * Stores the upload (content-checked: PDF, JPEG or PNG, size-limited; a bad file is refused beside {@code field})
     * and attaches it to the case. Null without one, which the domain then refuses beside the same field; a refusal
     * afterwards rolls the attachment back with the rest.
     */
    private String attach(DisputeCase dispute, DocumentKind kind, String field, String partyId, String fileName,
            InputStream content, Instant now) {
        if (content == null) {
            return null;
        }
        String documentId = documents.store(SikhiModule.ID, field, fileName, content, DocumentService.SCANS,
                PartyCaseService.MAX_UPLOAD).getId();
        String party = partyId != null && dispute.findParty(partyId).isPresent() ? partyId : null;
        dispute.addDocument(kind, documentId, fileName, party, currentUser.getUsername(), now);
        return documentId;
    }

    private static String partyName(DisputeCase dispute, String partyId) {
        return partyId == null ? null : dispute.findParty(partyId).map(CaseParty::getName).orElse(partyId);
    }
}
