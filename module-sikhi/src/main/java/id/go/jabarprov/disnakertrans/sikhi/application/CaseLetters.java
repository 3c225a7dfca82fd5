package id.go.jabarprov.disnakertrans.sikhi.application;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import id.go.jabarprov.disnakertrans.platform.i18n.Messages;
import id.go.jabarprov.disnakertrans.platform.identity.Accounts;
import id.go.jabarprov.disnakertrans.platform.web.Formats;
import id.go.jabarprov.disnakertrans.platform.tenant.Tenants;
import id.go.jabarprov.disnakertrans.platform.verification.IssuedDocument;
import id.go.jabarprov.disnakertrans.platform.verification.IssuedDocuments;
import id.go.jabarprov.disnakertrans.platform.verification.QrCodes;
import id.go.jabarprov.disnakertrans.sikhi.SikhiModule;
import id.go.jabarprov.disnakertrans.sikhi.domain.CaseParty;
import id.go.jabarprov.disnakertrans.sikhi.domain.DisputeCase;
import id.go.jabarprov.disnakertrans.sikhi.domain.DocumentKind;
import id.go.jabarprov.disnakertrans.sikhi.domain.MediationSession;
import id.go.jabarprov.disnakertrans.sikhi.domain.PbAcceptance;
import id.go.jabarprov.disnakertrans.sikhi.domain.SikhiTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.logging.Logger;

/**
 * The letters the office issues in a case (risalah, anjuran, Perjanjian Bersama, risalah penyelesaian)
 * as PDFs in Indonesian, laid out after the annex of Permenakertrans 17/2014, each with a QR code to the
 * core's public verification page. The verification page shows the title and registration number only.
 */
@ApplicationScoped
public class CaseLetters {

    private static final Logger LOG = Logger.getLogger(CaseLetters.class.getName());
    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("id-ID"));
    private static final Font HEADING = new Font(Font.HELVETICA, 12, Font.BOLD);
    private static final Font TITLE = new Font(Font.HELVETICA, 14, Font.BOLD);
    private static final Font BODY = new Font(Font.HELVETICA, 11);

    @Inject
    IssuedDocuments issued;

    @Inject
    Tenants tenants;

    @Inject
    Messages messages;

    @Inject
    Accounts accounts;

    @Inject
    Formats formats;

    public void anjuran(DisputeCase dispute, String actor) {
        issue(dispute, DocumentKind.ANJURAN, text("sikhi.letter.anjuran.title"), dispute.getAnjuran().getContent(),
                text("sikhi.letter.anjuran.signer", mediatorName(dispute)), actor);
    }

    public void risalah(DisputeCase dispute, MediationSession session, String actor) {
        issue(dispute, DocumentKind.RISALAH_SIDANG, text("sikhi.letter.risalah.title"),
                text("sikhi.letter.risalah.body", session.getNumber(), session.getHeldOn(), session.getPartiesPresent(),
                        session.getIssue(), session.getWorkerPosition(), session.getCompanyPosition(), session.getConclusion()),
                text("sikhi.letter.anjuran.signer", mediatorName(dispute)), actor);
    }

    /** The anjuran was not accepted by all: the answers (silence counted as rejection) close the mediation. */
    public void penyelesaian(DisputeCase dispute, String actor) {
        StringBuilder answers = new StringBuilder();
        for (CaseParty party : dispute.getParties()) {
            String answer = dispute.getAnjuran().findAnswer(party.getId()).map(a -> a.getAnswer()).map(Enum::name).orElse("NONE");
            answers.append(text("sikhi.letter.answer", party.getName(), text("sikhi.answer." + answer))).append('\n');
        }
        issue(dispute, DocumentKind.RISALAH_PENYELESAIAN, text("sikhi.letter.penyelesaian.title"),
                text("sikhi.letter.penyelesaian.body", dispute.getAnjuranIssuedOn(), answers.toString().strip()),
                text("sikhi.letter.anjuran.signer", mediatorName(dispute)), actor);
    }

    /** Every party accepted the text: the PB as signed, with each acceptance and the hash it was given on. */
    public void perjanjianBersama(DisputeCase dispute, String actor) {
        StringBuilder body = new StringBuilder(dispute.getPerjanjianBersama().getContent()).append("\n");
        for (PbAcceptance acceptance : dispute.getPerjanjianBersama().getAcceptances()) {
            String name = dispute.findParty(acceptance.getPartyId()).map(CaseParty::getName).orElse(acceptance.getUsername());
            body.append("\n").append(text("sikhi.letter.pb.acceptance", name, formats.dateTime(acceptance.getAcceptedAt()),
                    acceptance.getAcceptedHash()));
        }
        issue(dispute, DocumentKind.PERJANJIAN_BERSAMA, text("sikhi.letter.pb.title"), body.toString(),
                text("sikhi.letter.pb.signer", mediatorName(dispute)), actor);
    }

    private String mediatorName(DisputeCase dispute) {
        String username = dispute.getAssignedMediator();
        return username == null ? "-" : accounts.findByUsername(username).map(a -> a.getDisplayName()).orElse(username);
    }

    /** Builds, registers and attaches one letter to the case (in the caller's transaction). */
    public IssuedDocument issue(DisputeCase dispute, DocumentKind kind, String title, String body, String signer, String actor) {
        long started = System.nanoTime();
        String code = issued.newCode();
        String place = tenants.nameOf(dispute.getWorkplaceKabKotaCode());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document pdf = new Document(PageSize.A4, 56, 56, 56, 56);
        PdfWriter writer = PdfWriter.getInstance(pdf, out);
        pdf.open();
        pdf.add(centered(text("sikhi.letter.office", place.toUpperCase(Locale.ROOT)), HEADING));
        pdf.add(centered(text("sikhi.letter.province"), HEADING));
        pdf.add(new Paragraph(" "));
        pdf.add(centered(title.toUpperCase(Locale.ROOT), TITLE));
        pdf.add(centered(text("sikhi.letter.registration", orDash(dispute.getRegistrationNumber())), BODY));
        pdf.add(new Paragraph(" "));
        pdf.add(new Paragraph(text("sikhi.letter.type", text(dispute.getType().key())), BODY));
        for (CaseParty party : dispute.getParties()) {
            pdf.add(new Paragraph(text(party.isWorkerSide() ? "sikhi.letter.workerSide" : "sikhi.letter.companySide",
                    party.getName() + (party.getAddress() == null ? "" : ", " + party.getAddress())), BODY));
        }
        pdf.add(new Paragraph(" "));
        for (String line : body.split("\n")) {
            pdf.add(new Paragraph(line, BODY));
        }
        pdf.add(new Paragraph(" "));
        pdf.add(new Paragraph(place + ", " + LocalDate.now(SikhiTime.ZONE).format(LONG_DATE), BODY));
        pdf.add(new Paragraph(signer, BODY));
        pdf.add(new Paragraph(" "));
        pdf.add(new Paragraph(text("sikhi.letter.verification", code, issued.verificationUrl(code)), BODY));
        QrCodes.draw(writer.getDirectContent(), issued.verificationUrl(code), PageSize.A4.getWidth() - 56 - 90, 56, 90);
        pdf.close();
        byte[] bytes = out.toByteArray();
        IssuedDocument document = issued.register(code, SikhiModule.ID, dispute.getWorkplaceKabKotaCode(), title,
                title + " " + orDash(dispute.getRegistrationNumber()), null, kind.name().toLowerCase(Locale.ROOT) + "-" + code + ".pdf", bytes);
        dispute.addDocument(kind, document.getDocumentId(), title + " (" + code + ")", null, actor, Instant.now());
        LOG.info(() -> String.format("SIKHI %s PDF of %d bytes generated and registered in %d ms", kind, bytes.length,
                (System.nanoTime() - started) / 1_000_000));
        return document;
    }

    /** Letters are official documents in Bahasa Indonesia, whatever language the officer reads the portal in. */
    private String text(String key, Object... args) {
        return messages.text(Messages.INDONESIAN, key, args);
    }

    private static Paragraph centered(String text, Font font) {
        Paragraph paragraph = new Paragraph(text, font);
        paragraph.setAlignment(Element.ALIGN_CENTER);
        return paragraph;
    }

    private static String orDash(String text) {
        return text == null ? "-" : text;
    }
}
