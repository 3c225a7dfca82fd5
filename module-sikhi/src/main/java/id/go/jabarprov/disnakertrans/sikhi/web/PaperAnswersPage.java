package id.go.jabarprov.disnakertrans.sikhi.web;

import id.go.jabarprov.disnakertrans.platform.web.Feedback;
import id.go.jabarprov.disnakertrans.sikhi.application.PaperAnswerService;
import id.go.jabarprov.disnakertrans.sikhi.application.ProvinceDesk;
import id.go.jabarprov.disnakertrans.sikhi.domain.Acceptance;
import id.go.jabarprov.disnakertrans.sikhi.domain.AnjuranAnswer;
import id.go.jabarprov.disnakertrans.sikhi.domain.CaseParty;
import id.go.jabarprov.disnakertrans.sikhi.domain.DisputeCase;
import id.go.jabarprov.disnakertrans.sikhi.domain.PbAcceptance;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import org.omnifaces.util.Faces;

/**
 * The mediator's forms, on the staff case page, for a party acting on paper: the day it received the anjuran letter,
 * its signed written answer, its signature on the printed PB. On a refusal every selection stays (a file input cannot
 * keep its file: the browser asks for it again); on success the form empties.
 */
@Named
@ViewScoped
public class PaperAnswersPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient PaperAnswerService paper;

    @Inject
    transient ProvinceDesk provinceDesk;

    @Inject
    transient Feedback feedback;

    @Inject
    StaffCasePage page;

    private String receiptParty;
    private String receivedOn;
    private String paperParty;
    private Acceptance paperAnswer;
    private transient Part answerLetter;
    private String signedParty;
    private transient Part signedPb;

    private PaperAnswerService paper() {
        provinceDesk.enter(page.getId()); // a province mediator's request runs in the case's kab/kota
        return paper;
    }

    public boolean isMayRecordAnswers() {
        return paper().mayRecordAnswers(page.getCase());
    }

    public boolean isMayRecordPbSignature() {
        return paper().mayRecordPbSignature(page.getCase());
    }

    /** The parties that get letters rather than a case page: those without a portal account. */
    public List<CaseParty> getPartiesWithoutAccount() {
        return page.getCase().getParties().stream().filter(p -> p.getUsername() == null).toList();
    }

    public List<Acceptance> getAnswers() {
        return List.of(Acceptance.ACCEPTED, Acceptance.REJECTED);
    }

    /** The mediator's record of this party's answer, when the answer came by letter. */
    public Optional<AnjuranAnswer> recordedAnswerOf(String partyId) {
        DisputeCase c = page.getCase();
        return c.getAnjuran() == null ? Optional.empty()
                : c.getAnjuran().findAnswer(partyId).filter(AnjuranAnswer::isRecordedByOffice);
    }

    /** The mediator's record of this party's signature on the printed PB (current text only). */
    public Optional<PbAcceptance> paperSignatureOf(String partyId) {
        DisputeCase c = page.getCase();
        return c.getPerjanjianBersama() == null ? Optional.empty()
                : c.getPerjanjianBersama().acceptanceOf(partyId).filter(PbAcceptance::isRecordedByOffice);
    }

    public void recordReceipt() {
        LocalDate day;
        try {
            day = receivedOn == null || receivedOn.isBlank() ? null : LocalDate.parse(receivedOn.strip());
        } catch (DateTimeParseException e) {
            feedback.error("form:receivedOn", "sikhi.staff.klarifikasi.dateFormat");
            Faces.validationFailed();
            return;
        }
        if (act(() -> paper().recordReceipt(page.getId(), blankToNull(receiptParty), day))) {
            receiptParty = null;
            receivedOn = null;
        }
    }

    public void recordAnswer() {
        try (InputStream content = open(answerLetter)) {
            if (act(() -> paper().recordAnswer(page.getId(), blankToNull(paperParty), paperAnswer, nameOf(answerLetter), content))) {
                paperParty = null;
                paperAnswer = null;
            }
        } catch (IOException e) {
            feedback.error("form:answerLetter", "sikhi.error.answerLetterMissing");
        }
    }

    public void recordPbSigned() {
        try (InputStream content = open(signedPb)) {
            if (act(() -> paper().recordPbSigned(page.getId(), blankToNull(signedParty), nameOf(signedPb), content))) {
                signedParty = null;
            }
        } catch (IOException e) {
            feedback.error("form:signedPb", "sikhi.error.signedPbMissing");
        }
    }

    private boolean act(Runnable step) {
        boolean done = feedback.attempt(step, "sikhi.staff.done");
        page.changed();
        return done;
    }

    private static InputStream open(Part part) throws IOException {
        return part == null || part.getSize() == 0 ? null : part.getInputStream();
    }

    private static String nameOf(Part part) {
        return part == null ? null : part.getSubmittedFileName();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public String getReceiptParty() { return receiptParty; }
    public void setReceiptParty(String v) { this.receiptParty = v; }
    public String getReceivedOn() { return receivedOn; }
    public void setReceivedOn(String v) { this.receivedOn = v; }
    public String getPaperParty() { return paperParty; }
    public void setPaperParty(String v) { this.paperParty = v; }
    public Acceptance getPaperAnswer() { return paperAnswer; }
    public void setPaperAnswer(Acceptance v) { this.paperAnswer = v; }
    public Part getAnswerLetter() { return answerLetter; }
    public void setAnswerLetter(Part v) { this.answerLetter = v; }
    public String getSignedParty() { return signedParty; }
    public void setSignedParty(String v) { this.signedParty = v; }
    public Part getSignedPb() { return signedPb; }
    public void setSignedPb(Part v) { this.signedPb = v; }
}
