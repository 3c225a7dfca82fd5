package id.go.jabarprov.disnakertrans.platform.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class PasswordRulesTest {

    @Test
    void needsTenCharactersWithLettersAndDigits() {
        assertEquals(Optional.of("password.too.short"), AccountService.checkPassword("abc123"));
        assertEquals(Optional.of("password.too.short"), AccountService.checkPassword(null));
        assertEquals(Optional.of("password.too.simple"), AccountService.checkPassword("abcdefghijk"));
        assertEquals(Optional.of("password.too.simple"), AccountService.checkPassword("12345678901"));
        assertEquals(Optional.empty(), AccountService.checkPassword("Rahasia-2026"));
    }
}
