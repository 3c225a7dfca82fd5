package id.go.jabarprov.disnakertrans.sikhi.domain;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * What a party writes about its dispute when filing. A draft may be saved incomplete; filing needs
 * the type, both sides' names, the company's address, the chronology and the demands (the
 * registration documents are checked by staff, not here). Field names match the filing form.
 *
 * @param represented the filer acts for a party under a surat kuasa khusus
 */
public record CaseParticulars(DisputeType type, String companyName, String companyNib, String companyAddress,
        String workerName, boolean represented, String chronology, String demands) {

    /** NIB (Nomor Induk Berusaha, issued by OSS): 13 digits. */
    private static final Pattern NIB = Pattern.compile("\\d{13}");

    /** Problems that stop saving a draft: lengths and the NIB's form. */
    public Map<String, String> draftProblems() {
        return lengths(new Texts()).problems();
    }

    /** Problems that stop filing: the draft problems and every required field. */
    public Map<String, String> filingProblems() {
        return lengths(new Texts())
                .required("type", type)
                .required("companyName", companyName, Limits.NAME)
                .required("companyAddress", companyAddress, Limits.ADDRESS)
                .required("workerName", workerName, Limits.NAME)
                .required("chronology", chronology, Limits.CHRONOLOGY)
                .required("demands", demands, Limits.DEMANDS)
                .problems();
    }

    private Texts lengths(Texts texts) {
        String nib = Texts.clean(companyNib);
        return texts.optional("companyName", companyName, Limits.NAME)
                .optional("companyAddress", companyAddress, Limits.ADDRESS)
                .optional("workerName", workerName, Limits.NAME)
                .optional("chronology", chronology, Limits.CHRONOLOGY)
                .optional("demands", demands, Limits.DEMANDS)
                .check(nib == null || NIB.matcher(nib).matches(), "companyNib", ErrorKeys.NIB_FORMAT);
    }
}
