package id.go.jabarprov.disnakertrans.sikhi.domain;

import static id.go.jabarprov.disnakertrans.sikhi.domain.Calendar2026.on;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.jabarprov.disnakertrans.platform.application.BusinessException;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConsultationAndRequestTest {

    @Test
    void onlyAnAnsweredAndAnonymisedConsultationIsPublished() {
        Consultation q = new Consultation(ConsultationTopic.THR, "PT Maju Jaya belum bayar THR saya, Budi.", "budi", on("2026-03-02"));
        assertEquals(ErrorKeys.NOT_ANSWERED, assertThrows(BusinessException.class, () -> q.publish("Q", "A")).key());
        q.answer("THR dibayar paling lambat 7 hari sebelum hari raya.", "mediator.siti", on("2026-03-03"));
        assertTrue(q.isAnswered());
        BusinessException e = assertThrows(BusinessException.class, () -> q.publish(" ", null));
        assertEquals(Map.of("publicQuestion", ErrorKeys.NOT_ANONYMISED, "publicAnswer", ErrorKeys.NOT_ANONYMISED), e.fieldKeys());
        assertFalse(q.isPublished());
        q.publish("Kapan THR harus dibayar?", "Paling lambat 7 hari sebelum hari raya.");
        assertTrue(q.isPublished());
        assertFalse(q.getPublicQuestion().contains("Budi"));
        q.unpublish();
        assertFalse(q.isPublished());
    }

    @Test
    void aQuestionNeedsATopicAndText() {
        BusinessException e = assertThrows(BusinessException.class, () -> new Consultation(null, " ", "budi", on("2026-03-02")));
        assertEquals(Map.of("topic", ErrorKeys.REQUIRED, "question", ErrorKeys.REQUIRED), e.fieldKeys());
    }

    @Test
    void aServiceRequestIsReturnedAndResubmittedUntilApproved() {
        ServiceRequest r = new ServiceRequest(ServiceRequestKind.PP_VALIDATION, "PT Maju Jaya", "1234567890123", "hrd", on("2026-03-02"));
        assertEquals(ServiceRequestStatus.SUBMITTED, r.getStatus());
        r.addDocument("Draf PP", "doc-1", "hrd", on("2026-03-02"));
        assertEquals(Map.of("notes", ErrorKeys.REQUIRED),
                assertThrows(BusinessException.class, () -> r.returnForCorrection("", "petugas", on("2026-03-03"))).fieldKeys());
        r.returnForCorrection("Lampirkan tanggapan serikat pekerja", "petugas", on("2026-03-03"));
        assertEquals(ServiceRequestStatus.RETURNED, r.getStatus());
        assertEquals(ErrorKeys.ILLEGAL_TRANSITION,
                assertThrows(BusinessException.class, () -> r.approve("560/1/2026", null, "petugas", on("2026-03-04"))).key());
        r.addDocument("Tanggapan SP", "doc-2", "hrd", on("2026-03-04"));
        r.resubmit(on("2026-03-04"));
        r.approve("560/12/Disnaker/2026", null, "petugas", on("2026-03-05"));
        assertEquals(ServiceRequestStatus.APPROVED, r.getStatus());
        assertEquals("560/12/Disnaker/2026", r.getReferenceNumber());
        assertEquals(2, r.getDocuments().size());
        assertEquals(ErrorKeys.REQUEST_DECIDED,
                assertThrows(BusinessException.class, () -> r.addDocument("x", "doc-3", "hrd", on("2026-03-06"))).key());
        assertEquals(ErrorKeys.REQUEST_DECIDED,
                assertThrows(BusinessException.class, () -> r.returnForCorrection("x", "petugas", on("2026-03-06"))).key());
    }

    @Test
    void aServiceRequestChecksTheNib() {
        BusinessException e = assertThrows(BusinessException.class,
                () -> new ServiceRequest(ServiceRequestKind.PKWT_REGISTRATION, "PT A", "NIB-1", "hrd", on("2026-03-02")));
        assertEquals(Map.of("companyNib", ErrorKeys.NIB_FORMAT), e.fieldKeys());
    }
}
