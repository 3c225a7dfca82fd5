package id.go.jabarprov.disnakertrans.platform.enablement;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.go.jabarprov.disnakertrans.platform.module.SettingDefinition;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SettingValidatorTest {

    @Test
    void integersMustParseAndStayInRange() {
        var max = SettingDefinition.integer("max", "l", null, 10, 1, 100);
        assertEquals(Optional.empty(), SettingValidator.check(max, "42"));
        assertEquals(Optional.of("validation.integer"), SettingValidator.check(max, "banyak"));
        assertEquals(Optional.of("validation.range"), SettingValidator.check(max, "0"));
        assertEquals(Optional.of("validation.range"), SettingValidator.check(max, "101"));
        assertEquals(Optional.of("validation.required"), SettingValidator.check(max, " "));
    }

    @Test
    void urlsMustBeHttpOrHttpsWithAHost() {
        var url = SettingDefinition.url("meet", "l", null, null, false);
        assertEquals(Optional.empty(), SettingValidator.check(url, "https://meet.jabarprov.go.id/"));
        assertEquals(Optional.of("validation.url"), SettingValidator.check(url, "meet.jabarprov.go.id"));
        assertEquals(Optional.of("validation.url"), SettingValidator.check(url, "javascript:alert(1)"));
        assertEquals(Optional.empty(), SettingValidator.check(url, ""), "optional and empty is fine");
    }

    @Test
    void choicesBooleansAndEmails() {
        var mode = SettingDefinition.choice("mode", "l", null, "online", List.of("online", "offline"));
        assertEquals(Optional.empty(), SettingValidator.check(mode, "offline"));
        assertEquals(Optional.of("validation.choice"), SettingValidator.check(mode, "hybrid"));
        var flag = SettingDefinition.bool("flag", "l", null, false);
        assertEquals(Optional.of("validation.boolean"), SettingValidator.check(flag, "ya"));
        var mail = SettingDefinition.email("mail", "l", null, null, true);
        assertEquals(Optional.of("validation.email"), SettingValidator.check(mail, "disnaker@"));
        assertEquals(Optional.empty(), SettingValidator.check(mail, "disnaker@jabarprov.go.id"));
    }
}
