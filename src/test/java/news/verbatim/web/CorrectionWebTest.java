package news.verbatim.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.Locator;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** An editor corrects a quote's speaker in the browser: in the article view, and in the preview before saving. */
@QuarkusTest
@TestProfile(WebTestProfile.class)
class CorrectionWebTest extends BrowserPageTest {

    /** Stores an article through the API; its answer. */
    private static JsonPath saveArticle(String outlet, String title, String date, String text) {
        return given().header("X-API-Key", BrowserSupport.API_KEY)
                .contentType(ContentType.JSON)
                .body(Map.of("outlet", outlet, "title", title, "publishedAt", date, "text", text))
                .post("/api/v1/articles")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
    }

    @Test
    void anEditorChangesASpeakerInThePreviewBeforeSaving() {
        page.navigate(url("/?view=add"));
        page.locator("#add-outlet").fill("Browser Override Post");
        page.locator("#add-title").fill("Pool reopens after repairs");
        page.locator("#add-publishedAt").fill("2025-05-06");
        page.locator("#add-text")
                .fill("The town pool reopens on Saturday.\n\n"
                        + "“The new roof will keep the water warm all winter,” Anton Vik said.\n\n"
                        + "“Swimming lessons start again in June,” Mia Dahl said.");
        page.locator("#preview-button").click();
        Locator quotes = page.locator("[data-testid=preview-quote]");
        assertThat(quotes).hasCount(2);
        Locator first = quotes.first();
        assertThat(first.locator("[data-testid=preview-speaker]")).hasText("Anton Vik");
        first.locator("[data-testid=override-open]").click();
        first.locator("select[name=overrideChoice]").selectOption("new");
        first.locator("input[name=overrideName]").fill("Karin Vik");
        assertThat(first.locator("[data-testid=preview-speaker]")).hasText("Karin Vik");
        assertThat(first.locator("[data-testid=preview-speaker]")).hasAttribute("data-overridden", "true");
        Locator second = quotes.nth(1);
        second.locator("[data-testid=override-open]").click();
        second.locator("select[name=overrideChoice]").selectOption("unknown");
        assertThat(second.locator("[data-testid=preview-speaker]")).hasText("unknown");
        // back to the extracted speaker: no override is sent for it
        second.locator("select[name=overrideChoice]").selectOption("");
        assertThat(second.locator("[data-testid=preview-speaker]")).hasText("Mia Dahl");

        page.locator("#api-key").fill(BrowserSupport.API_KEY);
        page.locator("#save-button").click();
        assertThat(page.locator("[data-testid=save-result]")).hasAttribute("data-created", "true");
        page.locator("[data-testid=saved-article-link]").click();
        Locator items = page.locator("[data-testid=article-quotes] > li");
        assertThat(items).hasCount(2);
        assertThat(items.first().locator(".speaker-name")).hasText("Karin Vik");
        assertThat(items.first().locator("[data-testid=attribution]")).hasAttribute("data-method", "CORRECTED");
        assertThat(items.nth(1).locator(".speaker-name")).hasText("Mia Dahl");
        problems.assertNone();
    }

    @Test
    void theCueIsReadFromTheArticleTextAtItsOffsets() {
        String text = "Road works start on Monday.\n\n"
                + "“Expect delays on the bridge for a fortnight,” the highways officer Lena Holm told reporters.\n\n"
                + "Buses will be diverted.";
        JsonPath saved = saveArticle("Browser Cue Times", "Bridge road works", "2025-04-03", text);
        long articleId = saved.getLong("article.id");
        String stored = saved.getString("article.text");
        int cueStart = stored.indexOf("Lena Holm told");
        int cueEnd = cueStart + "Lena Holm told".length();
        // The answer names the cue by its offsets; the stored cue text differs, so only the offsets can produce
        // what the page must show.
        page.route("**/api/v1/articles/" + articleId + "/quotes**", route -> {
            String body = route.fetch().text();
            route.fulfill(new com.microsoft.playwright.Route.FulfillOptions()
                    .setStatus(200)
                    .setContentType("application/json")
                    .setBody(body.replaceFirst(
                            "\"attribution\":\\{[^}]*\\}",
                            "\"attribution\":{\"method\":\"CUE_AFTER\",\"cue\":\"stale\",\"cueStart\":" + cueStart
                                    + ",\"cueEnd\":" + cueEnd + "}")));
        });
        page.navigate(url("/?view=article&id=" + articleId));
        Locator attribution = page.locator("[data-testid=article-quotes] [data-testid=attribution]");
        assertThat(attribution).hasAttribute("data-method", "CUE_AFTER");
        assertThat(attribution.locator("[data-testid=attribution-cue]")).hasText("Lena Holm told");
        assertThat(attribution).hasText("attributed by: Lena Holm told");
        problems.assertNone();
    }

    @Test
    void anEditorCorrectsASpeakerInTheArticleViewAndSeesTheEvidenceChange() {
        String text = "The ferry timetable will change in May.\n\n"
                + "“Nobody will wait longer than twenty minutes for a crossing,” Oskar Falk said.\n\n"
                + "The operator expects more passengers this summer.";
        JsonPath saved = saveArticle("Browser Correction Times", "Ferry timetable changes in May", "2025-04-02", text);
        long articleId = saved.getLong("article.id");
        long quoteId = saved.getLong("quotes[0].id");
        assertEquals("Oskar Falk", saved.getString("quotes[0].speaker"));

        page.navigate(url("/?view=article&id=" + articleId));
        Locator item = page.locator("[data-testid=article-quotes] > li[data-quote-id='" + quoteId + "']");
        assertThat(item).containsText("Oskar Falk");
        // the evidence the API gave is shown with the quote
        assertThat(item.locator("[data-testid=attribution]"))
                .hasAttribute("data-method", saved.getString("quotes[0].attribution.method"));

        item.locator("[data-testid=correct-open]").click();
        Locator form = item.locator("[data-testid=correct-form]");
        assertThat(form).isVisible();
        form.locator("select[name=speakerChoice]").selectOption("new");
        form.locator("input[name=speakerName]").fill("Sofia Strand");
        form.locator("textarea[name=note]").fill("Falk read the operator's statement");
        // without a key nothing is sent
        form.locator("[data-testid=correct-submit]").click();
        assertThat(form.locator("[data-testid=problem-title]")).hasText("API key needed");
        form.locator("input[name=apiKey]").fill(BrowserSupport.API_KEY);
        form.locator("[data-testid=correct-submit]").click();

        Locator after = page.locator("[data-testid=article-quotes] > li[data-quote-id='" + quoteId + "']");
        assertThat(after.locator(".speaker-name")).hasText("Sofia Strand");
        assertThat(after.locator("[data-testid=attribution]")).hasAttribute("data-method", "CORRECTED");
        assertThat(after.locator("[data-testid=attribution]")).containsText("an editor’s correction");
        assertThat(page.locator("#quote-" + quoteId)).hasAttribute("title", "Quote by Sofia Strand");
        given().get("/api/v1/quotes/" + quoteId + "/corrections")
                .then()
                .statusCode(200)
                .body("items[0].oldValue", org.hamcrest.Matchers.is("Oskar Falk"))
                .body("items[0].newValue", org.hamcrest.Matchers.is("Sofia Strand"))
                .body("items[0].note", org.hamcrest.Matchers.is("Falk read the operator's statement"));
        assertEquals(BrowserSupport.API_KEY, page.evaluate("() => sessionStorage.getItem('verbatim.apiKey')"));

        // a wrong key is refused with the server's problem, and the quote is unchanged
        page.evaluate("() => sessionStorage.removeItem('verbatim.apiKey')");
        after.locator("[data-testid=correct-open]").click();
        Locator again = after.locator("[data-testid=correct-form]");
        again.locator("select[name=speakerChoice]").selectOption("unknown");
        again.locator("input[name=apiKey]").fill("wrong-key");
        again.locator("[data-testid=correct-submit]").click();
        assertThat(again.locator("[data-testid=problem-status]")).hasText("HTTP 401");
        assertThat(after.locator(".speaker-name")).hasText("Sofia Strand");
        problems.assertNone(java.util.regex.Pattern.compile("401"));
    }
}
