package news.verbatim.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.restassured.RestAssured.given;
import static news.verbatim.web.BrowserSupport.failedLoad;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Request;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The journalist web client in headless Chromium against the running application and the fixture corpus. Every
 * scenario runs: an endpoint the client needs that does not answer fails the test.
 *
 * <p>Longer than the usual limit on purpose: one test class per unit (here the web client), and its cases are many short
 * scenarios over the same fixtures; split by sub-feature it would repeat the same set-up in each file.
 */
@QuarkusTest
@TestProfile(WebTestProfile.class)
class WebClientTest extends BrowserPageTest {

    static final String BLINKEN_IRAN =
            "We’ve been engaged in intense diplomacy with allies and partners communicating that message directly to Iran.";
    static final String BLINKEN_EVERYONE =
            "Everyone in the region should understand that further attacks only perpetuate conflict, instability, insecurity for everyone.";
    static final String BLINKEN_URGENT_WITHOUT_NOT =
            "It's urgent that everyone in the region takes stock in the situation, understand the risk of "
                    + "miscalculation, and make decisions that will calm tensions, exacerbate them";

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private Locator verdict() {
        return page.locator("[data-testid=verdict]");
    }

    // ------------------------------------------------------------------ page, headers, views

    @Test
    void servesTheClientUnderItsContentSecurityPolicyWithoutConsoleErrors() {
        Response response = page.navigate(url("/"));
        assertEquals(200, response.status());
        Map<String, String> headers = response.headers();
        String csp = headers.get("content-security-policy");
        assertNotNull(csp, "CSP header on /");
        for (String directive : List.of(
                "default-src 'self'",
                "script-src 'self'",
                "style-src 'self'",
                "connect-src 'self'",
                "frame-ancestors 'none'",
                "base-uri 'self'",
                "form-action 'self'")) {
            assertTrue(csp.contains(directive), "CSP has " + directive + ": " + csp);
        }
        assertFalse(csp.contains("unsafe-inline") || csp.contains("unsafe-eval"), csp);
        assertEquals("nosniff", headers.get("x-content-type-options"));
        assertEquals("no-cache", headers.get("cache-control"));
        assertThat(page).hasTitle(Pattern.compile("Verbatim"));
        assertThat(page.locator("#verify-form")).isVisible();
        assertThat(page.getByLabel("Quote", new Page.GetByLabelOptions().setExact(true)))
                .isVisible();
        assertThat(page.locator("[data-testid=nav-verify]")).hasAttribute("aria-current", "page");

        long blinken = speakerId("Blinken");
        long article = articleId("Jerusalem Post");
        for (String view : List.of(
                "/?view=browse",
                "/?view=articles",
                "/?view=add",
                "/?view=speaker&id=" + blinken,
                "/?view=article&id=" + article)) {
            page.navigate(url(view));
            assertThat(page.locator("[data-testid=loading]")).hasCount(0);
            assertThat(page.locator("[data-testid=problem]")).hasCount(0);
        }
        problems.assertNone();
    }

    /**
     * The client is ES modules loaded straight from {@code /js/}: every file the page loads is revalidated
     * ({@code no-cache}), so a release never mixes an old module with new ones, and is served as JavaScript.
     */
    @Test
    void everyModuleThePageLoadsIsRevalidated() {
        Map<String, Response> loaded = new java.util.concurrent.ConcurrentHashMap<>();
        page.onResponse(r -> {
            if (r.url().startsWith(url("/")) && !r.url().contains("/api/")) {
                loaded.put(r.url().substring(url("").length()), r);
            }
        });
        page.navigate(url("/"));
        assertThat(page.locator("#verify-form")).isVisible();
        page.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);
        for (String file : List.of(
                "/", "/answer.css", "/marks.css", "/app.css", "/js/app.js", "/js/router.js", "/js/render/answer.js")) {
            assertTrue(loaded.containsKey(file), "loaded " + file + ": " + loaded.keySet());
        }
        long modules =
                loaded.keySet().stream().filter(f -> f.startsWith("/js/")).count();
        assertTrue(modules >= 20, "the page loads its modules: " + loaded.keySet());
        loaded.forEach((file, response) -> {
            assertEquals(200, response.status(), file);
            assertEquals("no-cache", response.headers().get("cache-control"), "Cache-Control of " + file);
            if (file.endsWith(".js")) {
                assertTrue(response.headers().get("content-type").contains("javascript"), file);
            }
        });
        given().get("/icon.svg").then().statusCode(200).header("Cache-Control", "no-cache");
        given().get("/index.html").then().statusCode(200).header("Cache-Control", "no-cache");
        problems.assertNone();
    }

    @Test
    void navigationLinksSwitchViewsAndMoveFocusToTheHeading() {
        page.navigate(url("/"));
        page.locator("[data-testid=nav-browse]").click();
        assertThat(page).hasURL(Pattern.compile("view=browse"));
        assertThat(page.locator("#view-browse")).isVisible();
        assertThat(page.locator("#view-verify")).isHidden();
        assertThat(page.locator("#browse-heading")).isFocused();
        page.goBack();
        assertThat(page.locator("#view-verify")).isVisible();
        problems.assertNone();
    }

    // ------------------------------------------------------------------ browse, speaker, article

    @Test
    void browsesBySpeakerAliasAndOpensTheSpeakerView() {
        int total = given().queryParam("speaker", "Blinken")
                .get("/api/v1/quotes")
                .then()
                .statusCode(200)
                .extract()
                .path("total");
        assertTrue(total > 2, "fixture corpus has several Blinken quotes");

        page.navigate(url("/"));
        page.locator("[data-testid=nav-browse]").click();
        page.locator("#browse-speaker").fill("Blinken");
        page.locator("#browse-speaker").press("Enter");
        assertThat(page).hasURL(Pattern.compile("speaker=Blinken"));
        Locator speakers = page.locator("[data-testid=quote-list] [data-testid=quote-speaker]");
        assertThat(speakers.first()).isVisible();
        assertThat(page.locator("[data-testid=pager-status]")).containsText(total + " quotes");
        assertEquals(Math.min(total, 20), speakers.count());
        for (String name : speakers.allTextContents()) {
            assertEquals("Antony Blinken", name.trim());
        }
        BrowserSupport.screenshot(page, "browse");

        page.locator("[data-testid=speaker-results]")
                .getByText("Antony Blinken")
                .click();
        assertThat(page).hasURL(Pattern.compile("view=speaker&id=\\d+"));
        assertThat(page.locator("[data-testid=speaker-name]")).hasText("Antony Blinken");
        assertThat(page.locator("[data-testid=aliases] li")).containsText(new String[] {"Blinken"});
        assertThat(page.locator("[data-testid=speaker-quote-count]")).hasText(total + " quotes");
        assertThat(page.locator("#speaker-quotes [data-testid=quote-item]")).hasCount(Math.min(total, 20));
        problems.assertNone();
    }

    @Test
    void articleViewHighlightsEveryQuoteAtItsOffsets() {
        long id = articleId("Jerusalem Post");
        JsonPath article = given().get("/api/v1/articles/" + id)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        JsonPath quotes = given().queryParam("size", 100)
                .get("/api/v1/articles/" + id + "/quotes")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        String text = article.getString("text");
        List<Map<String, Object>> items = quotes.getList("items");
        assertFalse(items.isEmpty());

        // Reach it the way a journalist would: browse by outlet, then the article link of a quote.
        page.navigate(url("/?view=browse&outlet=" + enc("Jerusalem Post")));
        Locator articleLink = page.locator("[data-testid=quote-article]").first();
        assertThat(articleLink).isVisible();
        articleLink.click();
        assertThat(page).hasURL(Pattern.compile("view=article&id=" + id));
        assertThat(page.locator("[data-testid=article-title]")).hasText(article.getString("title"));

        Locator marks = page.locator("[data-testid=article-text] mark[data-testid=article-quote]");
        assertThat(marks).hasCount(items.size());
        for (Map<String, Object> q : items) {
            int start = ((Number) q.get("startOffset")).intValue();
            int end = ((Number) q.get("endOffset")).intValue();
            Locator mark = page.locator("#quote-" + q.get("id"));
            assertEquals(text.substring(start, end), mark.textContent(), "mark of quote " + q.get("id"));
            assertEquals(q.get("text"), mark.textContent());
        }
        // The text around the marks is the stored text, character for character.
        assertEquals(text, page.locator("[data-testid=article-text]").textContent());
        assertThat(page.locator("[data-testid=article-text] .quote-mark--target"))
                .hasCount(1);

        Locator jump = page.locator("[data-testid=article-quotes] a[data-jump]").nth(2);
        String target = jump.getAttribute("data-jump");
        jump.click();
        assertThat(page.locator("#" + target)).isFocused();
        assertThat(page.locator("#" + target)).hasClass(Pattern.compile("quote-mark--target"));
        page.evaluate("() => window.scrollTo(0, 0)");
        BrowserSupport.screenshot(page, "article");
        problems.assertNone();
    }

    @Test
    void pagerWalksThroughTheQuotesAndTheBackButtonReturns() {
        int total =
                given().get("/api/v1/quotes").then().statusCode(200).extract().path("total");
        int pages = (total + 19) / 20;
        assertTrue(pages >= 2, "the fixtures fill more than one page of quotes: " + total);
        page.navigate(url("/?view=browse"));
        assertThat(page.locator("[data-testid=pager-status]")).containsText("Page 1 of " + pages);
        page.locator("[data-testid=pager] a[rel=next]").click();
        assertThat(page).hasURL(Pattern.compile("page=1"));
        assertThat(page.locator("[data-testid=pager-status]")).containsText("Page 2 of " + pages);
        page.goBack();
        assertThat(page.locator("[data-testid=pager-status]")).containsText("Page 1 of " + pages);
        problems.assertNone();
    }

    @Test
    void showsProblemDetailsOfAFailedRequest() {
        page.navigate(url("/?view=speaker&id=987654321"));
        Locator problem = page.locator("[data-testid=problem]");
        assertThat(problem).isVisible();
        assertThat(problem).hasAttribute("role", "alert");
        assertThat(page.locator("[data-testid=problem-title]")).not().isEmpty();
        assertThat(page.locator("[data-testid=problem-status]")).hasText("HTTP 404");
        problems.assertNone(failedLoad(404));
    }

    // ------------------------------------------------------------------ verify form behaviour

    @Test
    void enterSubmitsShiftEnterAddsALineAndAnEmptyQuoteIsRefused() {
        List<Request> verifyRequests = new CopyOnWriteArrayList<>();
        page.onRequest(r -> {
            if (r.url().contains("/api/v1/verify")) {
                verifyRequests.add(r);
            }
        });
        page.navigate(url("/"));
        Locator quote = page.locator("#quote");
        quote.focus();
        quote.press("Enter");
        assertThat(page.locator("#quote-error")).isVisible();
        assertThat(quote).hasAttribute("aria-invalid", "true");
        assertThat(quote).isFocused();

        quote.pressSequentially("first line");
        quote.press("Shift+Enter");
        quote.pressSequentially("second line");
        assertEquals("first line\nsecond line", quote.inputValue());
        assertThat(page.locator("#quote-error")).hasCount(0);
        assertTrue(verifyRequests.isEmpty(), "nothing sent yet");

        Request sent = page.waitForRequest(r -> r.url().contains("/api/v1/verify"), () -> quote.press("Enter"));
        assertEquals("POST", sent.method());
        assertTrue(sent.postData().contains("first line\\nsecond line"), sent.postData());
        assertThat(page).hasURL(Pattern.compile("[?&]q=first\\+line"));
    }

    @Test
    void layoutFitsA375PixelScreen() {
        page.setViewportSize(375, 740);
        long article = articleId("Jerusalem Post");
        for (String view :
                List.of("/", "/?view=browse&speaker=Blinken", "/?view=article&id=" + article, "/?view=add")) {
            page.navigate(url(view));
            assertThat(page.locator("[data-testid=loading]")).hasCount(0);
            Object overflow =
                    page.evaluate("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
            assertEquals(0, ((Number) overflow).intValue(), "horizontal overflow at 375px on " + view);
        }
        problems.assertNone();
    }

    // ------------------------------------------------------------------ rendering of contract-shaped answers

    /**
     * The rendering of a verify answer shaped like API-CONTRACT.md, served by the test itself (so it runs
     * whatever the state of the verify endpoint): diff elements, meaning changes, misattribution, escaping of
     * data and of URLs.
     */
    @Test
    void rendersAContractShapedVerifyAnswerSafely() {
        String answer = """
                {"verdict": "MISATTRIBUTED", "explanation": "Printed as said by Antony Blinken <script>x</script>",
                 "submitted": "calm tensions, worsen them <b>now</b>", "claimedSpeaker": "Nasrallah",
                 "speakerResolution": {"claimed": "Nasrallah", "speakerId": 5, "speaker": "Hassan Nasrallah", "matchedAlias": "Nasrallah"},
                 "attestedSpeakers": [{"speakerId": 1, "name": "Antony Blinken"}], "weakEvidence": true,
                 "matches": [{"quoteId": 7, "text": "calm tensions, not exacerbate them", "speaker": "Antony Blinken",
                   "speakerId": 1, "statementId": 2, "kind": "FULL", "score": 0.8, "wording": "ALTERED",
                   "meaningChanged": true, "meaningChanges": [{"type": "NEGATION", "submitted": "", "attested": "not"}],
                   "diff": [{"op": "equal", "submitted": "calm tensions,", "attested": "calm tensions,"},
                            {"op": "delete", "submitted": "", "attested": "not"},
                            {"op": "replace", "submitted": "worsen", "attested": "exacerbate"},
                            {"op": "equal", "submitted": "them", "attested": "them"},
                            {"op": "insert", "submitted": "<b>now</b>", "attested": ""}],
                   "attestedStart": 0, "attestedEnd": 34,
                   "sources": [
                     {"articleId": 1, "quoteId": 7, "outlet": "CNN", "title": "Later <i>headline</i>", "url": "https://example.org/cnn",
                      "date": "2024-08-07", "text": "calm tensions, not exacerbate them", "first": false},
                     {"articleId": 2, "quoteId": 9, "outlet": "Jerusalem Post", "title": "Earlier headline", "url": "javascript:alert(1)",
                      "date": "2024-08-06", "text": "calm tensions, not exacerbate them", "first": true}]}]}
                """;
        stubVerify(answer);
        page.navigate(url("/?q=" + enc("calm tensions, worsen them <b>now</b>") + "&speaker=Nasrallah"));

        Locator result = page.locator("#result");
        assertThat(result.locator("[data-testid=verdict]")).hasText("MISATTRIBUTED");
        assertThat(result.locator("[data-testid=explanation]"))
                .hasText("Printed as said by Antony Blinken <script>x</script>");
        assertThat(result.locator("script, b, i")).hasCount(0);
        assertThat(result.locator("[data-testid=weak-evidence]")).isVisible();
        assertThat(result.locator("[data-testid=attested-speakers] li")).hasText(new String[] {"Antony Blinken"});
        assertThat(result.locator("[data-testid=attested-speakers] a")).hasAttribute("href", "?view=speaker&id=1");
        assertThat(result.locator("[data-testid=speaker-resolution]")).containsText("Hassan Nasrallah");

        Locator diff = result.locator("[data-testid=diff]");
        assertThat(diff.locator("del[data-op=delete]")).hasText("[missing] not");
        assertThat(diff.locator("del[data-op=delete]")).hasAttribute("data-meaning", "NEGATION");
        assertThat(diff.locator("mark[data-op=replace] del")).containsText("exacerbate");
        assertThat(diff.locator("mark[data-op=replace] ins")).containsText("worsen");
        assertThat(diff.locator("ins[data-op=insert]")).containsText("<b>now</b>");
        assertThat(result.locator("[data-testid=meaning-changes] li[data-type=NEGATION]"))
                .containsText("not");
        assertThat(result.locator("[data-testid=diff-legend] li")).hasCount(4);

        // Timeline: earliest first whatever the order of the answer; the javascript: URL is not linked.
        Locator sources = result.locator("[data-testid=sources] > li");
        assertThat(sources).hasCount(2);
        assertThat(sources.nth(0).locator("[data-testid=source-outlet]")).hasText("Jerusalem Post");
        assertThat(sources.nth(0).locator("[data-testid=first-appearance]")).hasText("First appearance");
        assertThat(sources.nth(0).locator("[data-testid=source-date]")).hasAttribute("datetime", "2024-08-06");
        assertThat(sources.nth(0).locator("[data-testid=source-link]")).hasCount(0);
        assertThat(sources.nth(1).locator("[data-testid=source-link]")).hasAttribute("rel", "noopener noreferrer");
        assertThat(sources.nth(1).locator("[data-testid=source-link]")).hasAttribute("href", "https://example.org/cnn");
        assertThat(sources.nth(1).locator("[data-testid=source-title]")).hasText("Later <i>headline</i>");
        assertThat(sources.nth(1).locator("[data-testid=source-title]"))
                .hasAttribute("href", "?view=article&id=1&quote=7");
        problems.assertNone();
    }

    /**
     * An answer with what the server does not send yet: the UNATTRIBUTED verdict, house-style ({@code style}) and
     * editorial-bracket ({@code bracket}) diff ops, and an op no client knows ({@code transpose}: shown by its
     * fields, as a replacement). Also drawn by the extension in {@link ExtensionTest}.
     */
    static final String UNATTRIBUTED_ANSWER = """
            {"verdict": "UNATTRIBUTED", "explanation": "Unattributed: the words, with 1 word changed (“strongly” → “firmly”), are attested in 1 source, which does not name the speaker (it describes the speaker as “senior official”); nothing confirms or refutes that Minister Vale said them (attributed by: “a senior official said”).",
             "submitted": "The organisation will punish [Iran] very firmly", "claimedSpeaker": "Minister Vale",
             "attestedSpeakers": [{"speakerId": 9, "name": "senior official"}],
             "matches": [{"quoteId": 4, "text": "The organization will punish the country very strongly",
               "kind": "FULL", "score": 0.9, "wording": "ALTERED", "speaker": "senior official", "speakerId": 9,
               "attribution": {"method": "CUE_AFTER", "cue": "a senior official said", "cueStart": 60, "cueEnd": 82},
               "attributedBy": "a senior official said",
               "diff": [{"op": "equal", "submitted": "The", "attested": "The"},
                        {"op": "style", "submitted": "organisation", "attested": "organization"},
                        {"op": "equal", "submitted": "will punish", "attested": "will punish"},
                        {"op": "bracket", "submitted": "[Iran]", "attested": "the country"},
                        {"op": "equal", "submitted": "very", "attested": "very"},
                        {"op": "transpose", "submitted": "firmly", "attested": "strongly"}],
               "sources": [{"articleId": 3, "quoteId": 4, "outlet": "Wire", "title": "Minister warns", "date": "2024-08-05",
                            "text": "The organization will punish the country very strongly", "first": true,
                            "attribution": {"method": "CUE_AFTER", "cue": "a senior official said", "cueStart": 60, "cueEnd": 82}}]}]}
            """;

    /** Verdict → badge colour of answer.css (the extension's copy must give the same). */
    static final String UNATTRIBUTED_COLOUR = "rgb(110, 64, 201)";

    private void stubVerify(String answer) {
        page.route(
                "**/api/v1/verify",
                route -> route.fulfill(new com.microsoft.playwright.Route.FulfillOptions()
                        .setStatus(200)
                        .setContentType("application/json")
                        .setBody(answer)));
    }

    @Test
    void rendersVerdictsAndDiffOpsTheServerDoesNotSendYet() {
        stubVerify(UNATTRIBUTED_ANSWER);
        page.navigate(url("/?q=" + enc("The organisation will punish [Iran] very firmly")));

        Locator card = page.locator("[data-testid=verdict-card]");
        assertThat(card).hasAttribute("data-verdict", "UNATTRIBUTED");
        assertThat(card).hasClass(Pattern.compile("verdict--unattributed"));
        assertThat(page.locator("[data-testid=verdict]")).hasText("UNATTRIBUTED");
        assertThat(page.locator("[data-testid=verdict-label]")).containsText("no source establishes who said them");
        assertEquals(UNATTRIBUTED_COLOUR, page.locator(".badge").evaluate("b => getComputedStyle(b).backgroundColor"));
        assertThat(page.locator("[data-testid=attested-speakers]")).hasCount(0);
        assertThat(page.locator(".callout--danger")).hasCount(0);
        assertThat(page.locator("[data-testid=unnamed-sources] [data-testid=source-descriptions] li"))
                .hasText(new String[] {"senior official"});
        assertThat(page.locator("[data-testid=attributed-by] em")).hasText("a senior official said");

        Locator diff = page.locator("[data-testid=diff]");
        assertThat(diff.locator("[data-op=style]")).hasText("organisation printed as “organization”");
        assertThat(diff.locator("[data-op=bracket]")).hasText("[Iran] stands for printed “the country”");
        assertThat(diff.locator("del[data-op], ins[data-op]")).hasCount(0); // neither is shown as an error
        assertThat(diff.locator("mark[data-op=replace]")).containsText("strongly");
        assertThat(page.locator("[data-testid=diff-legend] li[data-legend]")).hasCount(3); // replace, style, bracket
        assertThat(page.locator("[data-testid=diff-legend] li[data-legend=style]"))
                .containsText("house style");
        assertThat(page.locator("[data-testid=diff-legend] li[data-legend=bracket]"))
                .containsText("editorial bracket");
        assertThat(page.locator("[data-testid=first-appearance]")).hasCount(1);
        assertThat(page.locator("[data-testid=announcer]")).containsText("Result: UNATTRIBUTED");
        problems.assertNone();
    }

    @Test
    void wordsNoSourceAttributesAreShownAsUnattributedWithTheEvidenceNotAsAnAccusation() {
        String words = "The night boat will stop running after the autumn storms unless the board finds money";
        given().contentType("application/json")
                .header("X-API-Key", BrowserSupport.API_KEY)
                .body(Map.of(
                        "text", words,
                        "speaker", "harbour board insider",
                        "speakerKind", "ANONYMOUS",
                        "outlet", "Test Island Gazette",
                        "date", "2025-10-07"))
                .post("/api/v1/quotes")
                .then()
                .statusCode(201);
        page.navigate(url("/"));
        page.locator("#quote").fill("“" + words + ",” Reyes said.");
        page.locator("#verify-button").click();

        Locator card = page.locator("[data-testid=verdict-card]");
        assertThat(card).hasAttribute("data-verdict", "UNATTRIBUTED");
        assertThat(card).hasClass(Pattern.compile("verdict--unattributed"));
        assertEquals(UNATTRIBUTED_COLOUR, page.locator(".badge").evaluate("b => getComputedStyle(b).backgroundColor"));
        assertThat(page.locator("[data-testid=explanation]"))
                .hasText("Unattributed: the words are attested in 1 source, which does not name the speaker (it"
                        + " describes the speaker as “harbour board insider”); nothing confirms or refutes that"
                        + " “Reyes”, who is not a known speaker, said them (attributed by: “MANUAL”).");
        Locator note = page.locator("[data-testid=unnamed-sources]");
        assertThat(note).containsText("no source names who said them");
        assertThat(note).containsText("neither confirms nor refutes Reyes.");
        assertThat(note.locator("q").first()).hasText("Reyes");
        assertThat(note.locator("[data-testid=source-descriptions] li"))
                .hasText(new String[] {"harbour board insider"});
        // Not the red "printed as said by" callout of a misattribution.
        assertThat(page.locator("[data-testid=attested-speakers]")).hasCount(0);
        assertThat(page.locator(".callout--danger")).hasCount(0);
        assertThat(page.locator("[data-testid=best-match] [data-testid=attributed-by]"))
                .hasText("attributed by: MANUAL");
        assertThat(page.locator("[data-testid=attributed-by] em")).hasText("MANUAL");
        assertThat(page.locator("[data-testid=source-attributed-by]")).hasText(new String[] {"attributed by: MANUAL"});
        BrowserSupport.screenshot(page.locator("#result"), "verify-unattributed");
        problems.assertNone();
    }

    @Test
    void theAttributedByLineShowsTheCueOfTheMatchAndOfEachSource() {
        stubVerify("""
                {"verdict": "VERIFIED", "explanation": "Verified: the words match a quote by Antony Blinken exactly (attributed by: “Blinken said”).",
                 "submitted": "No one should escalate this conflict", "attestedSpeakers": [{"speakerId": 1, "name": "Antony Blinken"}],
                 "weakEvidence": false,
                 "matches": [{"quoteId": 4, "partQuoteIds": [4], "text": "No one should escalate this conflict", "speaker": "Antony Blinken",
                   "speakerId": 1, "statementId": 4, "kind": "FULL", "score": 1.0, "wording": "EXACT", "meaningChanged": false,
                   "meaningChanges": [], "diff": [{"op": "equal", "submitted": "No one should escalate this conflict",
                   "attested": "No one should escalate this conflict"}], "attestedStart": 0, "attestedEnd": 36,
                   "attribution": {"method": "CUE_AFTER", "cue": "Blinken said", "cueStart": 40, "cueEnd": 52},
                   "attributedBy": "Blinken said <b>x</b>",
                   "sources": [
                     {"articleId": 3, "quoteId": 4, "outlet": "Wire", "title": "Talks", "date": "2024-08-05",
                      "text": "No one should escalate this conflict", "first": true,
                      "attribution": {"method": "CUE_AFTER", "cue": "Blinken said", "cueStart": 40, "cueEnd": 52}},
                     {"articleId": 5, "quoteId": 6, "outlet": "Paper", "title": "Talks", "date": "2024-08-06",
                      "text": "No one should escalate this conflict", "first": false,
                      "attribution": {"method": "PRONOUN", "cue": null, "cueStart": null, "cueEnd": null}},
                     {"articleId": 7, "quoteId": 8, "outlet": "Daily", "title": "Talks", "date": "2024-08-07",
                      "text": "No one should escalate this conflict", "first": false,
                      "attribution": {"method": "NONE", "cue": null, "cueStart": null, "cueEnd": null}}]}]}
                """);
        page.navigate(url("/?q=" + enc("No one should escalate this conflict")));
        assertThat(page.locator("[data-testid=attributed-by] em")).hasText("Blinken said <b>x</b>");
        assertThat(page.locator("[data-testid=attributed-by] b")).hasCount(0); // text, never markup
        assertThat(page.locator("[data-testid=source-attributed-by]"))
                .hasText(new String[] {"attributed by: Blinken said", "attributed by: PRONOUN"});
        assertThat(page.locator("[data-testid=unnamed-sources]")).hasCount(0);
        problems.assertNone();
    }

    @Test
    void aNearlyTypedNameIsShownAsTheSpeakerItWasReadAs() {
        page.navigate(url("/?q=" + enc("No one should escalate this conflict") + "&speaker=Blinkin"));
        Locator result = page.locator("#result");
        assertThat(result.locator("[data-testid=verdict]")).hasText("VERIFIED");
        assertThat(result.locator("[data-testid=speaker-resolution]"))
                .hasText("Speaker: Blinkin is Antony Blinken (a near spelling).");
        assertThat(result.locator("[data-testid=explanation]")).containsText("read “Blinkin” as Antony Blinken");
        problems.assertNone();
    }

    /** Never colour alone: every verdict has its own icon and its label in words; an unknown one is named. */
    @Test
    void everyVerdictHasAnIconAndWordsAsWellAsAColour() {
        page.route(
                "**/api/v1/verify",
                route -> route.fulfill(new com.microsoft.playwright.Route.FulfillOptions()
                        .setStatus(200)
                        .setContentType("application/json")
                        .setBody("{\"verdict\": \""
                                + JsonPath.from(route.request().postData()).getString("quote")
                                + "\", \"matches\": []}")));
        List<String> codes = List.of("VERIFIED", "EXCERPT", "ALTERED", "MISATTRIBUTED", "UNATTRIBUTED", "NOT_FOUND");
        java.util.Set<String> icons = new java.util.HashSet<>();
        java.util.Set<String> colours = new java.util.HashSet<>();
        for (String code : codes) {
            page.navigate(url("/?q=" + code));
            assertThat(page.locator("[data-testid=verdict-card]")).hasAttribute("data-verdict", code);
            assertThat(verdict()).hasText(code);
            String label = page.locator("[data-testid=verdict-label]").textContent();
            assertTrue(label.length() > code.length() && !label.contains(code), code + " in words: " + label);
            Locator icon = page.locator(".badge .badge__icon");
            assertThat(icon).hasAttribute("aria-hidden", "true");
            icons.add(icon.textContent().trim());
            colours.add((String) page.locator(".badge").evaluate("b => getComputedStyle(b).backgroundColor"));
        }
        assertEquals(codes.size(), icons.size(), "one icon per verdict: " + icons);
        assertEquals(codes.size(), colours.size(), "one colour per verdict: " + colours);

        page.navigate(url("/?q=SOMETHING_NEW"));
        assertThat(verdict()).hasText("SOMETHING_NEW");
        assertThat(page.locator("[data-testid=verdict-label]")).hasText("SOMETHING_NEW");
        assertThat(page.locator(".badge__icon")).not().isEmpty();
        problems.assertNone();
    }

    // ------------------------------------------------------------------ verification (needs POST /api/v1/verify)

    @Test
    void verifiesAFixtureQuoteWithBothSources() {
        page.navigate(url("/"));
        page.locator("#quote").fill("“" + BLINKEN_IRAN + "” he said.");
        page.locator("#speaker").fill("Blinken");
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Verify").setExact(true))
                .click();

        assertThat(verdict()).hasText(Pattern.compile("^(VERIFIED|EXCERPT)$"));
        assertThat(page.locator("[data-testid=explanation]")).not().isEmpty();
        Locator sources = page.locator("[data-testid=sources] > li");
        assertThat(sources.first()).isVisible();
        assertTrue(sources.count() >= 2, "CNN and the Jerusalem Post both printed it");
        List<String> outlets = page.locator("[data-testid=sources] [data-testid=source-outlet]")
                .allTextContents();
        assertTrue(outlets.contains("CNN") && outlets.contains("Jerusalem Post"), outlets.toString());
        assertThat(page.locator("[data-testid=first-appearance]")).hasCount(1);
        assertThat(sources.first().locator("[data-testid=first-appearance]")).hasText("First appearance");
        if ("EXCERPT".equals(verdict().textContent())) {
            assertThat(page.locator("[data-testid=matched-part]")).containsText("intense diplomacy");
        }
        assertThat(page).hasURL(Pattern.compile("[?&]q=.*&speaker=Blinken"));
        assertThat(page.locator("[data-testid=announcer]")).containsText("Result: ");
        BrowserSupport.screenshot(page.locator("#result"), "verify-result");
        BrowserSupport.screenshot(page.locator("#sources-heading").locator("xpath=.."), "sources-timeline");
        problems.assertNone();
    }

    @Test
    void anAlteredQuoteShowsTheDiffAndTheMeaningChange() {
        page.navigate(url("/"));
        page.locator("#quote").fill("“" + BLINKEN_URGENT_WITHOUT_NOT + ",” Blinken said.");
        page.locator("#quote").press("Enter");

        assertThat(verdict()).hasText("ALTERED");
        Locator diff = page.locator("[data-testid=diff]");
        assertThat(diff).isVisible();
        Locator removed = diff.locator("del");
        assertTrue(removed.count() >= 1, "the dropped word is shown as deleted");
        assertTrue(
                removed.allTextContents().stream().anyMatch(t -> t.contains("not")),
                removed.allTextContents().toString());
        assertThat(page.locator("[data-testid=diff-legend]")).isVisible();
        assertThat(page.locator("[data-testid=meaning-changes] li[data-type=NEGATION]"))
                .hasCount(1);
        assertThat(diff.locator(".diff--meaning").first()).isVisible();
        BrowserSupport.screenshot(page.locator("#result"), "verify-altered");
        problems.assertNone();
    }

    @Test
    void aMisattributedQuoteNamesTheRealSpeaker() {
        page.navigate(url("/"));
        page.locator("#quote").fill(BLINKEN_EVERYONE);
        page.locator("#speaker").fill("Hassan Nasrallah");
        page.locator("#verify-button").click();

        assertThat(verdict()).hasText("MISATTRIBUTED");
        assertThat(page.locator("[data-testid=attested-speakers] li")).containsText(new String[] {"Antony Blinken"});
        page.locator("[data-testid=attested-speakers] a").first().click();
        assertThat(page.locator("[data-testid=speaker-name]")).hasText("Antony Blinken");
        problems.assertNone();
    }

    @Test
    void aPassageShowsEachPartWithItsOwnVerdict() {
        page.navigate(url("/"));
        page.locator("#quote").fill(BLINKEN_EVERYONE + " It's not helped.");
        page.locator("#speaker").fill("Blinken");
        page.locator("#verify-button").click();

        assertThat(verdict()).hasText("MISATTRIBUTED");
        Locator parts = page.locator("[data-testid=passage-parts] [data-testid=passage-part]");
        assertThat(parts).hasCount(2);
        assertThat(parts.nth(0)).hasAttribute("data-verdict", "VERIFIED");
        assertThat(parts.nth(0).locator("[data-testid=part-verdict]")).hasText("VERIFIED");
        assertThat(parts.nth(1)).hasAttribute("data-verdict", "MISATTRIBUTED");
        assertThat(parts.nth(1).locator("[data-testid=part-text]")).hasText("It's not helped.");
        assertThat(parts.nth(1).locator("[data-testid=part-explanation]")).containsText("Joe Biden");
        BrowserSupport.screenshot(page.locator("#result"), "verify-passage");
        problems.assertNone();
    }

    @Test
    void aSharedLinkRunsTheSameCheck() {
        String expected = given().contentType("application/json")
                .body(Map.of("quote", BLINKEN_IRAN, "speaker", "Blinken"))
                .post("/api/v1/verify")
                .then()
                .statusCode(200)
                .extract()
                .path("verdict");

        page.navigate(url("/?q=" + enc(BLINKEN_IRAN) + "&speaker=Blinken"));
        assertThat(page.locator("#quote")).hasValue(BLINKEN_IRAN);
        assertThat(page.locator("#speaker")).hasValue("Blinken");
        assertThat(verdict()).hasText(expected);
        assertEquals(
                Boolean.TRUE,
                page.evaluate("() => document.querySelector('[data-testid=share-link]').href === location.href"));
        problems.assertNone();
    }

    @Test
    void anEllipsisCutIsShownAsACutNotAsAnError() {
        page.navigate(
                url("/?q=" + enc("“We’ve been engaged in intense diplomacy … directly to Israel,” Blinken said.")));
        assertThat(verdict()).hasText("EXCERPT");
        Locator diff = page.locator("[data-testid=diff]");
        assertThat(diff.locator("[data-op=elided]")).containsText("with allies and partners");
        assertThat(diff.locator("del, ins, mark")).hasCount(0);
        problems.assertNone();
    }

    /** Blinken's words as printed, but for "iron-clad": the source prints "ironclad". */
    static final String BLINKEN_IRON_CLAD = "Our commitment to Israel's security is iron-clad. We will continue to"
            + " defend Israel against attacks from terrorist groups with their sponsors, just as we'll continue to"
            + " defend our troops";

    @Test
    void houseStyleIsAQuietNoteNotAnEdit() {
        page.navigate(url("/?q=" + enc("“" + BLINKEN_IRON_CLAD + ",” Blinken said.")));
        assertThat(verdict()).hasText("VERIFIED");
        Locator note = page.locator("[data-testid=style-variants]");
        assertThat(note).hasText("House style, not an edit: “iron-clad” printed as ironclad.");
        assertThat(note.locator("[data-family=COMPOUND] em")).hasText("ironclad");
        Locator diff = page.locator("[data-testid=diff]");
        assertThat(diff.locator("[data-op=style]")).hasText("iron-clad printed as “ironclad”");
        assertThat(diff.locator("del, ins, mark, .diff--meaning")).hasCount(0);
        assertThat(page.locator("[data-testid=meaning-changes]")).hasCount(0);
        assertThat(page.locator("[data-testid=diff-legend] li[data-legend=style]"))
                .isVisible();
        BrowserSupport.screenshot(page.locator("#result"), "verify-house-style");
        problems.assertNone();
    }

    @Test
    void editorialMarksAreNotesNotEdits() {
        page.navigate(url("/?q=" + enc("“[Iran] won’t understand what happened [sic],” Gallant said.")));
        assertThat(verdict()).hasText("EXCERPT");
        Locator diff = page.locator("[data-testid=diff]");
        assertThat(diff.locator("[data-op=bracket]").first()).hasText("[Iran] stands for printed “They”");
        assertThat(diff.locator("[data-op=bracket]").nth(1)).hasText("[sic] the editor’s mark, not the speaker’s");
        assertThat(diff.locator("del, ins, mark, .diff--meaning")).hasCount(0);
        assertThat(page.locator("[data-testid=diff-legend] li[data-legend=bracket]"))
                .containsText("[sic]");

        page.navigate(url("/?q=" + enc("major mistake by the Zionist regime that will not go unanswered")));
        assertThat(verdict()).hasText("VERIFIED");
        assertThat(diff.locator("[data-op=gloss]")).hasText("(Israel) the outlet’s gloss, left out");
        assertThat(diff.locator("del, ins, mark, .diff--meaning")).hasCount(0);
        assertThat(page.locator("[data-testid=diff-legend] li[data-legend=gloss]"))
                .containsText("outlet");
        assertThat(page.locator("[data-testid=meaning-changes]")).hasCount(0);
        problems.assertNone();
    }

    @Test
    void anUnknownQuoteIsNotFound() {
        page.navigate(url("/?q=" + enc("The moon is made of green cheese, said the spokesman for the cheese board.")));
        assertThat(verdict()).hasText("NOT_FOUND");
        assertThat(page.locator("[data-testid=sources] > li")).hasCount(0);
        problems.assertNone();
    }

    // ------------------------------------------------------------------ adding an article

    private void fillArticle(String title, String text) {
        page.locator("#add-outlet").fill("Verbatim Test Gazette");
        page.locator("#add-title").fill(title);
        page.locator("#add-publishedAt").fill("2024-09-02");
        page.locator("#add-author").fill("A. Reporter");
        page.locator("#add-url").fill("https://gazette.example/articles/1");
        page.locator("#add-text").fill(text);
    }

    @Test
    void savingWithoutRequiredFieldsIsStoppedInTheBrowser() {
        List<Request> writes = new CopyOnWriteArrayList<>();
        page.onRequest(r -> {
            if ("POST".equals(r.method())) {
                writes.add(r);
            }
        });
        page.navigate(url("/?view=add"));
        page.locator("#save-button").click();
        assertThat(page.locator("[data-testid=problem-title]")).hasText("Some fields need attention");
        assertThat(page.locator("[data-testid=problem-errors] li")).hasCount(4);
        assertThat(page.locator("#add-outlet")).hasAttribute("aria-invalid", "true");
        assertThat(page.locator("#api-key")).hasAttribute("aria-invalid", "true");
        assertThat(page.locator("#add-outlet")).isFocused();
        assertTrue(writes.isEmpty());
        problems.assertNone();
    }

    @Test
    void previewsExtractedQuotesThenSavesWithTheApiKey() {
        String text = "Mayor Jane Example promised action on the river on Monday.\n\n"
                + "“We will not rest until the river is clean again,” Mayor Jane Example said at the town hall on Monday.\n\n"
                + "“Nobody should swim there this summer,” said Sam Sample, the council’s health officer.";
        // Markup in the metadata must come back as text, never as elements.
        String title = "Mayor vows <b>action</b> on the river <img src=x onerror=\"window.__xss=1\">";
        page.navigate(url("/?view=add"));
        fillArticle("Mayor vows to clean up the river", text);
        page.locator("#preview-button").click();

        Locator previewQuotes = page.locator("[data-testid=preview-quote]");
        assertThat(previewQuotes.first()).isVisible();
        assertThat(previewQuotes).hasCount(2);
        assertThat(previewQuotes.first()).containsText("We will not rest until the river is clean again");
        assertThat(page.locator("[data-testid=preview-speaker]").first()).containsText("Example");
        assertThat(page.locator("[data-testid=preview-text] mark").first()).isVisible();
        BrowserSupport.fullPageScreenshot(page, "add-preview");

        page.locator("#add-title").fill(title);
        page.locator("#api-key").fill(BrowserSupport.API_KEY);
        page.locator("#save-button").click();
        Locator saved = page.locator("[data-testid=save-result]");
        assertThat(saved).isVisible();
        assertThat(saved).hasAttribute("data-created", "true");
        assertThat(saved).containsText("Saved");
        assertThat(saved).containsText("2 quotes");
        assertThat(saved.locator("b, img")).hasCount(0);
        assertThat(saved).isFocused();
        assertEquals(BrowserSupport.API_KEY, page.evaluate("() => sessionStorage.getItem('verbatim.apiKey')"));
        assertTrue(context.cookies().isEmpty(), "the key is never a cookie");
        assertFalse(page.content().contains(BrowserSupport.API_KEY), "the key is not in the page source");

        page.locator("[data-testid=saved-article-link]").click();
        assertThat(page.locator("[data-testid=article-title]")).hasText(title);
        assertThat(page.locator("#main b, #main img")).hasCount(0);
        assertThat(page.locator("[data-testid=article-quote]")).hasCount(2);
        assertThat(page.locator("[data-testid=article-quotes]")).containsText("Jane Example");
        assertNull(page.evaluate("() => window.__xss"));
        problems.assertNone();
    }

    @Test
    void savingWithAWrongKeyShowsTheUnauthorizedProblem() {
        page.navigate(url("/?view=add"));
        fillArticle("Wrong key", "“This should never be stored,” somebody said.");
        page.locator("#api-key").fill("not-the-key");
        page.locator("#save-button").click();

        Locator problem = page.locator("[data-testid=problem]");
        assertThat(problem).isVisible();
        assertThat(problem).isFocused();
        assertThat(page.locator("[data-testid=problem-status]")).hasText("HTTP 401");
        assertThat(page.locator("[data-testid=problem-title]")).not().isEmpty();
        assertThat(page.locator("#api-key")).hasAttribute("aria-invalid", "true");
        assertNull(page.evaluate("() => sessionStorage.getItem('verbatim.apiKey')"));
        problems.assertNone(failedLoad(401));
    }

    // ------------------------------------------------------------------ look-ups

    private static long speakerId(String name) {
        return ((Number) given().queryParam("q", name)
                        .get("/api/v1/speakers")
                        .then()
                        .statusCode(200)
                        .extract()
                        .path("items[0].id"))
                .longValue();
    }

    private static long articleId(String outlet) {
        return ((Number) given().queryParam("outlet", outlet)
                        .get("/api/v1/articles")
                        .then()
                        .statusCode(200)
                        .extract()
                        .path("items[0].id"))
                .longValue();
    }
}
