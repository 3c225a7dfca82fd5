package id.go.jabarprov.disnakertrans.sikhi.domain;

/** Administrative requests a company files with the office. */
public enum ServiceRequestKind {
    /** Validation (pengesahan) of a company regulation, PP. */
    PP_VALIDATION,
    /** Registration of a collective agreement, PKB. */
    PKB_REGISTRATION,
    /** Registration of fixed-term contracts, PKWT. */
    PKWT_REGISTRATION;

    public String key() {
        return "sikhi.requestKind." + name();
    }
}
