package id.go.jabarprov.disnakertrans.portal.it;

import static org.junit.jupiter.api.Assertions.fail;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Headless Debian Chromium with small helpers: waits for ajax, sign-in, and the axe-core check. */
public final class Browser implements AutoCloseable {

    private final WebDriver driver;
    private final java.util.function.Function<String, String> urls;

    public Browser(SharedPortal.Running portal) {
        this(portal::url);
    }

    /** For a portal other than the shared one: how to turn a path into its URL. */
    public Browser(java.util.function.Function<String, String> urls) {
        this.urls = urls;
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync",
                "--window-size=1280,1000", "--lang=id");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver")))
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    public WebDriver driver() {
        return driver;
    }

    public Browser open(String path) {
        driver.get(urls.apply(path));
        return this;
    }

    public WebElement find(String css) {
        return new WebDriverWait(driver, Duration.ofSeconds(20)).ignoring(org.openqa.selenium.JavascriptException.class)
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
    }

    public List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    public boolean exists(String css) {
        return !driver.findElements(By.cssSelector(css)).isEmpty();
    }

    public String text(String css) {
        return find(css).getText();
    }

    /**
     * Types into a field and checks the field really holds the text afterwards: an ajax update may
     * replace the element while the keys are on their way, and then the typing is repeated.
     */
    public Browser type(String css, String value) {
        for (int attempt = 1; ; attempt++) {
            try {
                WebElement element = find(css);
                element.clear();
                element.sendKeys(value);
                if (value.equals(find(css).getAttribute("value"))) {
                    return this;
                }
            } catch (org.openqa.selenium.WebDriverException e) { // stale element or a node replaced meanwhile
                if (attempt == 3) {
                    throw e;
                }
            }
            if (attempt == 3) {
                throw new IllegalStateException(css + " does not hold what was typed: " + find(css).getAttribute("value"));
            }
            waitForDocument();
        }
    }

    /** Clicks and waits for the resulting page load (a full submit or a link). */
    public Browser clickAndWait(String css) {
        WebElement element = find(css);
        element.click();
        // The old page is gone once its element cannot be asked anything; while the new document
        // replaces it, Chromium may answer with a generic error rather than "stale element".
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> {
            try {
                element.isEnabled();
                return false;
            } catch (org.openqa.selenium.WebDriverException gone) {
                return true;
            }
        });
        waitForDocument();
        return this;
    }

    /** Clicks a button that sends a Faces ajax request and waits until its response updated the page. */
    public Browser clickAjax(String css) {
        long done = hookAjax();
        find(css).click();
        awaitAjax(done);
        return this;
    }

    /** Counts Faces ajax responses, once per page; answers how many there were so far. */
    private long hookAjax() {
        Object done = ((JavascriptExecutor) driver).executeScript(
                "if (window.faces && !window.__ajaxHooked) {"
                        + " window.__ajaxDone = 0;"
                        + " faces.ajax.addOnEvent(function (e) { if (e.status === 'success') { window.__ajaxDone++; } });"
                        + " faces.ajax.addOnError(function () { window.__ajaxDone++; });"
                        + " window.__ajaxHooked = true; }"
                        + " return window.__ajaxDone || 0;");
        return ((Number) done).longValue();
    }

    /** Waits for one more ajax response than {@code before}: a click that sent nothing fails here, clearly. */
    private void awaitAjax(long before) {
        new WebDriverWait(driver, Duration.ofSeconds(30)).withMessage("no ajax response arrived")
                .until(d -> ((Number) ((JavascriptExecutor) d).executeScript("return window.__ajaxDone || 0;")).longValue() > before
                        && Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript("return !window.jQuery || jQuery.active === 0;")));
    }

    /** Chooses an option of a select whose change sends a Faces ajax request, and waits for the update. */
    public Browser selectAjax(String css, String value) {
        var select = new org.openqa.selenium.support.ui.Select(find(css));
        if (value.equals(select.getFirstSelectedOption().getAttribute("value"))) {
            return this; // no change, no request
        }
        long done = hookAjax();
        select.selectByValue(value);
        awaitAjax(done);
        return this;
    }

    public void waitForDocument() {
        // ignoring errors of a script run while the document is being replaced
        new WebDriverWait(driver, Duration.ofSeconds(30)).ignoring(org.openqa.selenium.WebDriverException.class)
                .until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    public String path() {
        return java.net.URI.create(driver.getCurrentUrl()).getPath();
    }

    public String title() {
        return driver.getTitle();
    }

    public Cookie cookie(String name) {
        return driver.manage().getCookieNamed(name);
    }

    public Browser signIn(String username, String password) {
        open("/login.xhtml");
        type("#form\\:username", username);
        type("#form\\:password", password);
        return clickAndWait("#form\\:submit");
    }

    public Browser signOut() {
        return clickAndWait("#userbar\\:sign-out");
    }

    /** Fails on serious or critical WCAG violations that axe-core finds on the current page. */
    public Browser assertAccessible() {
        Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze(driver);
        List<Rule> bad = results.getViolations().stream()
                .filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact())).toList();
        if (!bad.isEmpty()) {
            fail("Accessibility violations on " + path() + ":\n" + bad.stream()
                    .map(v -> v.getImpact() + " " + v.getId() + ": " + v.getHelp() + " at "
                            + v.getNodes().stream().map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", ")))
                    .collect(Collectors.joining("\n")));
        }
        return this;
    }

    public void clearCookies() {
        driver.manage().deleteAllCookies();
    }

    @Override
    public void close() {
        driver.quit();
    }
}
