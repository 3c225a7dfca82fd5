package id.go.jabarprov.disnakertrans.testmodule;

import com.lowagie.text.Document;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import id.go.jabarprov.disnakertrans.platform.documents.DocumentService;
import id.go.jabarprov.disnakertrans.platform.verification.IssuedDocument;
import id.go.jabarprov.disnakertrans.platform.verification.IssuedDocuments;
import id.go.jabarprov.disnakertrans.platform.verification.QrCodes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;

/** How a module issues a verifiable PDF through the core: reserve a code, print it with its QR code, register. */
@ApplicationScoped
public class TestCertificates {

    @Inject
    IssuedDocuments issued;

    @Inject
    DocumentService documents;

    public String issue(String tenant, String holderName, LocalDate validUntil) {
        String code = issued.newCode();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document pdf = new Document();
        PdfWriter writer = PdfWriter.getInstance(pdf, out);
        pdf.open();
        pdf.add(new Paragraph("SERTIFIKAT UJI"));
        pdf.add(new Paragraph("Diberikan kepada " + holderName));
        pdf.add(new Paragraph("Kode verifikasi " + code));
        QrCodes.draw(writer.getDirectContent(), issued.verificationUrl(code), 420, 680, 120);
        pdf.close();
        issued.register(code, TestModule.ID, tenant, "Sertifikat Uji", "Pelatihan uji angkatan 1", validUntil,
                "sertifikat-" + code + ".pdf", out.toByteArray());
        return code;
    }

    public void revoke(String code) {
        issued.revoke(code, "Diterbitkan keliru");
    }

    public byte[] pdf(String code) throws IOException {
        IssuedDocument document = issued.find(code).orElseThrow();
        try (InputStream in = documents.open(documents.find(document.getDocumentId()).orElseThrow())) {
            return in.readAllBytes();
        }
    }
}
