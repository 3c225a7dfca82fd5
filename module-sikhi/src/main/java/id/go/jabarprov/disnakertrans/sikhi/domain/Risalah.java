package id.go.jabarprov.disnakertrans.sikhi.domain;

import java.time.LocalDate;
import java.util.Map;

/**
 * The minutes of a session or klarifikasi as the law names their content (UU 2/2004; PER.31/MEN/XII/2008
 * for the bipartite model the mediation risalah follows): the date it was held, who attended, the issue,
 * each side's position and the result. Names, addresses and the place come from the case and the session.
 */
public record Risalah(LocalDate heldOn, String partiesPresent, String issue, String workerPosition,
        String companyPosition, String conclusion) {

    public Map<String, String> problems() {
        return new Texts()
                .required("heldOn", heldOn)
                .required("partiesPresent", partiesPresent, Limits.SHORT_TEXT)
                .required("issue", issue, Limits.RISALAH_FIELD)
                .required("workerPosition", workerPosition, Limits.RISALAH_FIELD)
                .required("companyPosition", companyPosition, Limits.RISALAH_FIELD)
                .required("conclusion", conclusion, Limits.RISALAH_FIELD)
                .problems();
    }
}
