package news.verbatim.web;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import io.quarkus.test.common.http.TestHTTPResource;
import java.net.URL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/**
 * What every browser test of the web client starts from: one headless Chromium per test class ({@link
 * BrowserSupport}), and per test a fresh context (1000×800, no cookies or storage carried over) with one page
 * whose console errors and CSP violations are collected.
 *
 * <pre>{@code
 * @QuarkusTest
 * @TestProfile(WebTestProfile.class)
 * class SomeViewTest extends BrowserPageTest {
 *     @Test
 *     void works() {
 *         page.navigate(url("/?view=add"));
 *         problems.assertNone();
 *     }
 * }
 * }</pre>
 */
abstract class BrowserPageTest {

    private static Playwright playwright;
    private static Browser browser;

    @TestHTTPResource("/")
    URL base;

    BrowserContext context;
    Page page;
    BrowserSupport.PageProblems problems;

    @BeforeAll
    static void startBrowser() {
        playwright = BrowserSupport.playwright();
        browser = BrowserSupport.launch(playwright);
        PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @BeforeEach
    void openPage() {
        context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1000, 800));
        page = context.newPage();
        problems = BrowserSupport.watch(page);
    }

    @AfterEach
    void closePage() {
        context.close();
    }

    /** The absolute URL of a path on the service under test. */
    String url(String pathAndQuery) {
        return base.toString().replaceAll("/$", "") + pathAndQuery;
    }
}
