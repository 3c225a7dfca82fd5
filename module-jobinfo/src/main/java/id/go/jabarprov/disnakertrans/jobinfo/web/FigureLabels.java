package id.go.jabarprov.disnakertrans.jobinfo.web;

import id.go.jabarprov.disnakertrans.platform.i18n.Messages;
import id.go.jabarprov.disnakertrans.platform.reference.ReferenceData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The label of a figure's row, by the breakdown it belongs to: a month, a sex, an education level, a KBJI major group. */
@ApplicationScoped
public class FigureLabels {

    @Inject
    ReferenceData reference;

    @Inject
    Messages messages;

    public String label(String breakdown, String key, Locale locale) {
        if (breakdown.endsWith("ByMonth")) {
            return YearMonth.parse(key).format(DateTimeFormatter.ofPattern("MMM yyyy", locale));
        }
        if (breakdown.endsWith("BySex")) {
            return messages.text(locale, "jobinfo.sex." + key);
        }
        if (breakdown.endsWith("ByEducation")) {
            return reference.educationLevel(key).map(e -> e.name(locale)).orElse(key);
        }
        if (breakdown.endsWith("ByMajor")) {
            return reference.occupation(key).map(o -> key + " " + o.title(locale)).orElse(key);
        }
        return key;
    }
}
