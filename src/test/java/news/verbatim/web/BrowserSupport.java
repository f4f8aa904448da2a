package news.verbatim.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;

/**
 * Shared set-up of the browser tests: Playwright for Java driving Debian's Chromium headless (Playwright's own
 * browser download is switched off), collection of console errors and CSP violations, optional screenshots.
 *
 * <p>Screenshots are written to {@code src/site/screenshots/} only with {@code -Dscreenshots=true}, so
 * normal runs leave the work tree alone.
 */
final class BrowserSupport {

    /** The write key of the web test profile. */
    static final String API_KEY = "test-key";

    static final Path CHROMIUM = Paths.get(System.getProperty("verbatim.chromium", "/usr/bin/chromium"));

    static final List<String> CHROMIUM_ARGS = List.of(
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--no-first-run",
            "--disable-quic",
            "--disable-sync");

    static final boolean SCREENSHOTS = Boolean.getBoolean("screenshots");
    static final Path SCREENSHOT_DIR = Paths.get("src/site/screenshots");
    private static final long SCREENSHOT_BUDGET_BYTES = 200 * 1024;

    private BrowserSupport() {}

    static Playwright playwright() {
        return Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    }

    static Browser launch(Playwright playwright) {
        return playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(CHROMIUM)
                        .setHeadless(true)
                        .setArgs(CHROMIUM_ARGS));
    }

    /** Console errors, uncaught exceptions and CSP violations of one page. */
    static final class PageProblems {
        private final List<String> messages = new CopyOnWriteArrayList<>();

        /** Fails if anything was reported except messages matching one of {@code allowed}. */
        void assertNone(Pattern... allowed) {
            List<String> unexpected = new ArrayList<>();
            for (String message : messages) {
                boolean ok = false;
                for (Pattern p : allowed) {
                    ok |= p.matcher(message).find();
                }
                if (!ok) {
                    unexpected.add(message);
                }
            }
            assertTrue(unexpected.isEmpty(), "console errors / CSP violations: " + unexpected);
        }

        List<String> all() {
            return List.copyOf(messages);
        }
    }

    /**
     * Starts collecting problems of {@code page}. CSP violations show as console errors ("Refused to …") and are
     * also caught from the {@code securitypolicyviolation} event by an init script (init scripts are injected by
     * the DevTools protocol, so the page's CSP does not block them).
     */
    static PageProblems watch(Page page) {
        PageProblems problems = new PageProblems();
        page.onConsoleMessage(m -> {
            if ("error".equals(m.type())) {
                problems.messages.add("console: " + m.text() + " @ " + m.location());
            }
        });
        page.onPageError(e -> problems.messages.add("page error: " + e));
        page.addInitScript("document.addEventListener('securitypolicyviolation', e => "
                + "console.error('CSP violation: ' + e.violatedDirective + ' blocked ' + e.blockedURI));");
        return problems;
    }

    /** Allows the console line Chromium prints for a fetch answered with {@code status}. */
    static Pattern failedLoad(int status) {
        return Pattern.compile("Failed to load resource: the server responded with a status of " + status);
    }

    /** The visible part of the page (full pages of text make PNGs far over the size budget). */
    static void screenshot(Page page, String name) {
        if (SCREENSHOTS) {
            save(name, () -> page.screenshot(new Page.ScreenshotOptions().setFullPage(false)));
        }
    }

    static void fullPageScreenshot(Page page, String name) {
        if (SCREENSHOTS) {
            save(name, () -> page.screenshot(new Page.ScreenshotOptions().setFullPage(true)));
        }
    }

    static void screenshot(Locator locator, String name) {
        if (SCREENSHOTS) {
            save(name, () -> locator.screenshot(new Locator.ScreenshotOptions()));
        }
    }

    /** Where {@link #evidence} writes: screenshots every run keeps, for the report on what a flow looked like. */
    static final Path EVIDENCE_DIR = Paths.get("target/screenshots");

    /** The visible part of {@code page}, saved as {@code target/screenshots/<name>.png} on every run. */
    static Path evidence(Page page, String name) {
        try {
            Files.createDirectories(EVIDENCE_DIR);
            Path file = EVIDENCE_DIR.resolve(name + ".png");
            page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(false));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void save(String name, java.util.function.Supplier<byte[]> shooter) {
        try {
            Files.createDirectories(SCREENSHOT_DIR);
            byte[] png = shooter.get();
            Path file = SCREENSHOT_DIR.resolve(name + ".png");
            Files.write(file, png);
            if (png.length > SCREENSHOT_BUDGET_BYTES) {
                System.err.printf("screenshot %s is %d KB, over the 200 KB budget%n", file, png.length / 1024);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
