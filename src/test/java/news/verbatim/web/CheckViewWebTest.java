package news.verbatim.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static news.verbatim.web.BrowserSupport.failedLoad;

import com.microsoft.playwright.Locator;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The web client's check view: pasted article text checked at once, its quotes marked in place by the same shared
 * modules the extension's "Check this page" uses, the list linking to each quote's sources, and the server's
 * validation problems shown.
 */
@QuarkusTest
@TestProfile(WebTestProfile.class)
class CheckViewWebTest extends BrowserPageTest {

    /** The article of CheckResourceTest: the four seed-quote cases. */
    private static String reprintArticle() {
        try (InputStream in = CheckViewWebTest.class.getResourceAsStream("/check/reprint-article.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void pastedTextComesBackWithEveryQuoteMarkedAndListedWithLinksToItsSources() {
        page.navigate(url("/"));
        page.locator("[data-testid=nav-check]").click();
        assertThat(page.locator("#check-heading")).isFocused();
        page.locator("#check-text").fill(reprintArticle());
        page.locator("#check-outlet").fill("Example Daily");
        page.locator("#check-date").fill("2024-08-08");
        page.locator("#check-button").click();

        Locator list = page.locator("[data-testid=check-list]");
        assertThat(list.locator("[data-testid=check-quotes] > li")).hasCount(4);
        PageMarks.assertMarkedInPlace(page, "[data-testid=checked-text]");
        assertThat(page.locator("[data-testid=checked-text]")).containsText("Talks are expected to resume next week.");
        assertThat(list.locator("[data-testid=check-summary]")).containsText("4 quotes checked");
        assertThat(list.locator("li[data-verdict=ALTERED] [data-testid=check-first]"))
                .containsText("First printed by");
        assertThat(list.locator("[data-testid=check-sources-link]").first())
                .hasAttribute("href", Pattern.compile("^\\?q=Israel\\+has\\+no\\+interest"));
        assertThat(page.locator("[data-testid=announcer]")).containsText("4 quotes checked");
        page.evaluate("() => document.getElementById('check-result').scrollIntoView()");
        BrowserSupport.evidence(page, "web-check-view");
        BrowserSupport.screenshot(page, "web-check-view");

        list.locator("li[data-verdict=MISATTRIBUTED] [data-testid=check-show]").click();
        assertThat(page.locator("mark.verbatim-mark--shown")).hasText(Pattern.compile("^Our punch will be"));

        // The link opens the quote's check in the verify view, with its sources.
        list.locator("[data-testid=check-sources-link]").first().click();
        assertThat(page.locator("#view-verify")).isVisible();
        assertThat(page.locator("[data-testid=verdict]")).hasText(Pattern.compile("^(VERIFIED|EXCERPT)$"));
        assertThat(page.locator("[data-testid=sources] > li").first()).isVisible();
        problems.assertNone();
    }

    @Test
    void anEmptyTextIsRefusedInTheBrowserAndTheServersFieldErrorsAreShown() {
        page.navigate(url("/?view=check"));
        page.locator("#check-button").click();
        assertThat(page.locator("#check-text-error")).hasText("Paste the article text to check.");
        assertThat(page.locator("#check-text")).hasAttribute("aria-invalid", "true");

        page.locator("#check-text").fill("“A line for the date check of the check view,” Odile Vantreau said.");
        page.locator("#check-date").fill("1700-01-01");
        page.locator("#check-button").click();
        Locator problem = page.locator("[data-testid=check-result] [data-testid=problem]");
        assertThat(problem).isVisible();
        assertThat(problem.locator("[data-testid=problem-status]")).hasText("HTTP 400");
        assertThat(problem.locator("[data-testid=problem-errors] li[data-field]"))
                .hasAttribute("data-field", Pattern.compile("publishedAt"));
        problems.assertNone(failedLoad(400));
    }
}
