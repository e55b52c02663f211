package app.bettertalk.web;

import app.bettertalk.core.Stores;
import app.bettertalk.core.identity.SessionToken;
import app.bettertalk.core.shared.UserId;

import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.UnexpectedAlertBehaviour;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Stream;

/**
 * One person's real browser: Debian's headless Chromium driven through {@code /usr/bin/chromedriver}, with a phone-
 * sized window and a fresh profile. Nothing is downloaded: the driver and browser paths are given, so Selenium
 * Manager is never asked, and {@code SE_OFFLINE} tells it to stay offline should anything ask it anyway.
 * Missing binaries fail the test with how to install them; browser tests never skip.
 */
final class Chrome implements AutoCloseable {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    /** Where every screenshot goes (relative to the module, where Surefire runs). */
    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Dimension PHONE = new Dimension(412, 915);
    private static final Duration PATIENCE = Duration.ofSeconds(10);
    private static final int TALLEST_SCREENSHOT = 2400;

    final ChromeDriver driver;
    private final Path profile;
    private String baseUrl = "";

    private Chrome(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    static Chrome start() {
        return start(false);
    }

    /** A browser that keeps Chromium's network log, so {@link #requestedUrls()} can say what every page fetched. */
    static Chrome startRecordingRequests() {
        return start(true);
    }

    private static Chrome start(boolean recordRequests) {
        for (var binary : new Path[] {CHROMIUM, CHROMEDRIVER}) {
            if (!Files.isExecutable(binary)) {
                throw new AssertionError("The browser tests need Debian's Chromium and its driver, and " + binary
                        + " is missing. Install them with: apt-get install -y chromium chromium-driver"
                        + " (.ci/run does this on a fresh machine).");
            }
        }
        System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, CHROMEDRIVER.toString());
        System.setProperty("SE_OFFLINE", "true");
        try {
            var profile = Files.createTempDirectory("bettertalk-chrome-");
            var options = new ChromeOptions();
            options.setBinary(CHROMIUM.toFile());
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--no-first-run",
                    "--user-data-dir=" + profile);
            // An alert left open must fail the next step loudly rather than be dismissed quietly.
            options.setUnhandledPromptBehaviour(UnexpectedAlertBehaviour.IGNORE);
            if (recordRequests) {
                var logs = new LoggingPreferences();
                logs.enable(LogType.PERFORMANCE, Level.ALL);
                options.setCapability("goog:loggingPrefs", logs);
            }
            var service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
            var driver = new ChromeDriver(service, options);
            driver.manage().window().setSize(PHONE);
            return new Chrome(driver, profile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Lays pages out as a screen {@code width} CSS pixels wide (a phone's when narrow, honouring the viewport meta
     * tag), until {@link #defaultViewport()}.
     */
    Chrome viewport(int width, int height) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", height,
                "deviceScaleFactor", 1, "mobile", width < 600));
        return this;
    }

    Chrome defaultViewport() {
        driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        return this;
    }

    /** How wide the page is laid out, in CSS pixels; wider than the viewport means it scrolls sideways. */
    int pageWidth() {
        return ((Number) driver.executeScript("return document.documentElement.scrollWidth")).intValue();
    }

    int viewportWidth() {
        return ((Number) driver.executeScript("return window.innerWidth")).intValue();
    }

    /** The element's box on the page: left, top, right, bottom in CSS pixels. */
    java.util.List<Number> box(String css) {
        @SuppressWarnings("unchecked")
        var box = (java.util.List<Number>) driver.executeScript("var r = document.querySelector(arguments[0])"
                + ".getBoundingClientRect(); return [r.left, r.top + window.scrollY, r.right, r.bottom + window.scrollY];",
                css);
        return box;
    }

    /** From now on against {@code site}, with no cookies from an earlier one. */
    Chrome on(TestSite site) {
        baseUrl = site.baseUrl;
        driver.manage().deleteAllCookies();
        return this;
    }

    /** Signs this browser in with the session {@code browser} (an HTTP test browser) already holds. */
    Chrome signedInLike(Browser browser) {
        open("/");
        driver.manage().deleteAllCookies();
        driver.manage().addCookie(new Cookie.Builder(Requests.SESSION_COOKIE,
                browser.cookie(Requests.SESSION_COOKIE)).path("/").isHttpOnly(true).build());
        return this;
    }

    /** The account this browser is signed in as, found through its session cookie. */
    UserId userId(Stores stores) {
        var token = new SessionToken(driver.manage().getCookieNamed(Requests.SESSION_COOKIE).getValue());
        return stores.sessions().byTokenHash(token.hash()).orElseThrow().user();
    }

    /** Leaves the site for a blank page, so nothing of it is still loading when the site stops. */
    void leave() {
        driver.get("about:blank");
    }

    /**
     * Every URL the browser asked the network for since the last call (pages, scripts, styles, images, fonts,
     * fetches, sockets), from Chromium's own network log: what a page loads, whether or not it loaded.
     */
    java.util.List<String> requestedUrls() {
        var urls = new java.util.ArrayList<String>();
        for (var entry : driver.manage().logs().get(LogType.PERFORMANCE)) {
            try {
                var message = NETWORK_LOG.readTree(entry.getMessage()).path("message");
                var method = message.path("method").asText();
                if (method.equals("Network.requestWillBeSent")) {
                    urls.add(message.path("params").path("request").path("url").asText());
                } else if (method.equals("Network.webSocketCreated")) {
                    urls.add(message.path("params").path("url").asText());
                }
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new AssertionError("Chromium's network log is not JSON: " + entry.getMessage(), e);
            }
        }
        return urls;
    }

    private static final com.fasterxml.jackson.databind.ObjectMapper NETWORK_LOG =
            new com.fasterxml.jackson.databind.ObjectMapper();

    void open(String path) {
        driver.get(baseUrl + path);
    }

    String path() {
        return driver.getCurrentUrl().substring(baseUrl.length());
    }

    WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    boolean has(String css) {
        return !driver.findElements(By.cssSelector(css)).isEmpty();
    }

    void type(String css, String text) {
        var field = find(css);
        field.clear();
        field.sendKeys(text);
    }

    /**
     * Clicks and waits until the page it leads to (a form post answered with a redirect, or a link) has loaded: a
     * mark left on this page is gone and the new document is complete. While the browser is between documents it
     * may answer with errors; those are waited out too.
     */
    void clickThrough(String css) {
        driver.executeScript("window.leftByTheTest = true");
        find(css).click();
        new WebDriverWait(driver, PATIENCE, Duration.ofMillis(100)).ignoring(WebDriverException.class)
                .until(browser -> Boolean.TRUE.equals(driver.executeScript(
                        "return window.leftByTheTest !== true && document.readyState === 'complete'")));
    }

    WebElement waitFor(String css) {
        return waitUntil(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    WebElement waitForText(String css, String text) {
        waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(css), text));
        return find(css);
    }

    <T> T waitUntil(java.util.function.Function<? super org.openqa.selenium.WebDriver, T> condition) {
        return new WebDriverWait(driver, PATIENCE, Duration.ofMillis(100)).until(condition);
    }

    <T> T waitUntil(Duration patience, java.util.function.Function<? super org.openqa.selenium.WebDriver, T> condition) {
        return new WebDriverWait(driver, patience, Duration.ofMillis(100)).until(condition);
    }

    /** Whether an alert, confirm or prompt is open: a script someone typed must never run. */
    boolean alertOpen() {
        return ExpectedConditions.alertIsPresent().apply(driver) != null;
    }

    /** Saves the whole page (up to a limit) as {@code target/screenshots/<name>.png}. */
    Path screenshot(String name) {
        var height = ((Number) driver.executeScript(
                "return Math.max(document.documentElement.scrollHeight, window.innerHeight)")).intValue();
        // Captured beyond the viewport the page has no scrollbar, so it is laid out across the whole window width.
        var width = ((Number) driver.executeScript("return window.innerWidth")).intValue();
        var shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png",
                "captureBeyondViewport", true, "clip", Map.of("x", 0, "y", 0, "width", width,
                        "height", Math.min(height, TALLEST_SCREENSHOT), "scale", 1)));
        try {
            Files.createDirectories(SCREENSHOTS);
            var file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
            } catch (IOException ignored) {
                // a temporary profile left behind is harmless
            }
        }
    }
}
