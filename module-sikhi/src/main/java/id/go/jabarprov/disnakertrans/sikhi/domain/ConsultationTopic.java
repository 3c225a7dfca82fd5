package id.go.jabarprov.disnakertrans.sikhi.domain;

/** What a konsultasi HI question is about (DOMAIN.md, consultation services). */
public enum ConsultationTopic {
    WAGES,
    THR,
    SEVERANCE,
    WORKING_TIME,
    PKWT,
    OUTSOURCING,
    COMPANY_REGULATION,
    COLLECTIVE_AGREEMENT,
    LKS_BIPARTIT,
    COMPLAINT,
    OTHER;

    public String key() {
        return "sikhi.topic." + name();
    }
}
