package id.go.jabarprov.disnakertrans.platform.web;

import id.go.jabarprov.disnakertrans.platform.i18n.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Dates as people in West Java read them: Asia/Jakarta time, Indonesian or English formats. */
@Named
@ApplicationScoped
public class Formats {

    public static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

    public String dateTime(Instant instant) {
        if (instant == null) {
            return "";
        }
        return DateTimeFormatter.ofPattern("d MMM yyyy HH:mm:ss", Messages.currentLocale()).withZone(JAKARTA).format(instant)
                + " WIB";
    }
}
