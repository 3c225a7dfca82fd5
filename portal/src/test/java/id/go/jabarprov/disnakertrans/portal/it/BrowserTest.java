package id.go.jabarprov.disnakertrans.portal.it;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Base of the browser tests: the one shared portal and a headless Chromium per test class. A subclass
 * seeds what it needs in its own {@code @BeforeAll}, which JUnit runs after this one.
 */
@ExtendWith(SharedPortal.class)
abstract class BrowserTest {

    static SharedPortal.Running portal;
    static Browser browser;

    @BeforeAll
    static void startBrowser(SharedPortal.Running running) {
        portal = running;
        browser = new Browser(running);
    }

    @AfterAll
    static void stopBrowser() {
        browser.close();
    }
}
