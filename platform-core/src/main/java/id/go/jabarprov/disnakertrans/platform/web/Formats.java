package id.go.jabarprov.disnakertrans.platform.web;

import id.go.jabarprov.disnakertrans.platform.i18n.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import id.go.jabarprov.disnakertrans.platform.tenant.Tenants;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Dates and money as people in West Java read them: Asia/Jakarta time, Indonesian or English formats, rupiah. */
@Named
@ApplicationScoped
public class Formats {

    @Inject
    Tenants tenants;

    public static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

    public String dateTime(Instant instant) {
        if (instant == null) {
            return "";
        }
        return DateTimeFormatter.ofPattern("d MMM yyyy HH:mm:ss", Messages.currentLocale()).withZone(JAKARTA).format(instant)
                + " WIB";
    }

    /** A calendar day: "17 Agu 2026". */
    public String date(LocalDate day) {
        return day == null ? "" : DateTimeFormatter.ofPattern("d MMM yyyy", Messages.currentLocale()).format(day);
    }

    /** Rupiah without decimals: "Rp4.500.000" (Indonesian grouping in either language, as the currency is). */
    public String rupiah(Long amount) {
        return amount == null ? "" : "Rp" + NumberFormat.getIntegerInstance(Messages.INDONESIAN).format(amount);
    }

    /** The name of a wilayah code (a kab/kota or the province) for display. */
    public String wilayah(String code) {
        return code == null ? "" : tenants.nameOf(code);
    }
}
