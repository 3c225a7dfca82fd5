package id.go.jabarprov.disnakertrans.jobinfo.web;

import id.go.jabarprov.disnakertrans.jobinfo.domain.Match;
import id.go.jabarprov.disnakertrans.jobinfo.domain.MatchReason;
import id.go.jabarprov.disnakertrans.platform.i18n.Messages;
import id.go.jabarprov.disnakertrans.platform.tenant.Tenants;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** A match's explanation in the reader's language, with kab/kota codes shown by name. */
@Named
@ApplicationScoped
public class MatchTexts {

    @Inject
    Messages messages;

    @Inject
    Tenants tenants;

    public String reason(MatchReason reason) {
        Object[] args = reason.args().stream()
                .map(a -> a != null && a.matches("\\d\\d\\.\\d\\d") ? tenants.nameOf(a) : a).toArray();
        return messages.text(reason.key(), args);
    }

    public List<MatchReason> reasons(Match match) {
        return match.reasons();
    }
}
