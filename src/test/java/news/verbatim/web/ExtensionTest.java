package news.verbatim.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The browser extension, loaded unpacked into headless Chromium ({@code --load-extension} works in the new
 * headless mode). The tests load a copy of {@code target/extension} — the extension as the build stages it
 * (process-resources), with the web client's render modules copied into {@code shared/} — whose
 * {@code host_permissions} name the test server instead of {@code http://localhost:8080}, and point the extension at
 * it through {@code chrome.storage.sync} as the options page would.
 *
 * <p>The native context menu cannot be clicked in headless Chromium, so the in-page panel is opened through the
 * background's {@code verify-selection} and {@code check-page} messages — the same code paths as the menu items (and
 * the ones the popup's "Check selection on page" and "Check this page" buttons use).
 *
 * <p>The server lists no CORS origin ({@link WebTestProfile}): the extension is a fresh install.
 *
 * <p>Longer than the usual limit on purpose: one test class per unit (here the browser extension), and its cases are many short
 * scenarios over the same fixtures; split by sub-feature it would repeat the same set-up in each file.
 */
@QuarkusTest
@TestProfile(WebTestProfile.class)
class ExtensionTest {

    /** The extension as the build staged it: src/main/extension plus the shared render modules. */
    static final Path STAGED = Paths.get("target/extension");

    static final Path UNDER_TEST = Paths.get("target/extension-under-test");

    private static Playwright playwright;
    private static BrowserContext browser;
    private static String extensionId;

    @TestHTTPResource("/")
    URL base;

    private final List<Page> opened = new ArrayList<>();

    @BeforeEach
    void startBrowserOnce() throws IOException {
        if (browser != null) {
            return;
        }
        Path extension = prepareExtension(origin());
        extensionId = unpackedExtensionId(extension);
        Path profile = Files.createTempDirectory("verbatim-chromium-profile");
        List<String> args = new ArrayList<>(BrowserSupport.CHROMIUM_ARGS);
        args.add("--disable-extensions-except=" + extension);
        args.add("--load-extension=" + extension);
        playwright = BrowserSupport.playwright();
        browser = playwright
                .chromium()
                .launchPersistentContext(
                        profile,
                        new BrowserType.LaunchPersistentContextOptions()
                                .setExecutablePath(BrowserSupport.CHROMIUM)
                                .setHeadless(true)
                                .setArgs(args)
                                .setIgnoreDefaultArgs(List.of("--disable-extensions"))
                                .setViewportSize(1000, 800));
        PlaywrightAssertions.setDefaultAssertionTimeout(20_000);

        Page options = newPage();
        options.navigate(extensionUrl("options.html"));
        options.evaluate("server => chrome.storage.sync.set({ server })", origin());
        options.close();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
        if (playwright != null) {
            playwright.close();
            playwright = null;
        }
    }

    private String origin() {
        return base.getProtocol() + "://" + base.getHost() + ":" + base.getPort();
    }

    private String extensionUrl(String file) {
        return "chrome-extension://" + extensionId + "/" + file;
    }

    private Page newPage() {
        Page page = browser.newPage();
        opened.add(page);
        return page;
    }

    /** Copies the extension and grants it the test server instead of localhost:8080. */
    private static Path prepareExtension(String origin) throws IOException {
        assertTrue(
                Files.isRegularFile(STAGED.resolve("shared/render/answer.js")),
                STAGED + " is staged by the build (mvn process-resources) with the shared render modules");
        if (Files.exists(UNDER_TEST)) {
            try (Stream<Path> files = Files.walk(UNDER_TEST)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    if (!p.equals(UNDER_TEST)) {
                        Files.delete(p);
                    }
                }
            }
        }
        try (Stream<Path> files = Files.walk(STAGED)) {
            for (Path p : files.toList()) {
                Path target = UNDER_TEST.resolve(STAGED.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
        ObjectMapper json = new ObjectMapper();
        Path manifestFile = UNDER_TEST.resolve("manifest.json");
        ObjectNode manifest = (ObjectNode) json.readTree(manifestFile.toFile());
        ArrayNode hosts = manifest.putArray("host_permissions");
        hosts.add(origin + "/*");
        json.writerWithDefaultPrettyPrinter().writeValue(manifestFile.toFile(), manifest);
        return UNDER_TEST.toRealPath();
    }

    /** Chromium's id of an unpacked extension: SHA-256 of its absolute path, first 32 hex digits mapped to a–p. */
    static String unpackedExtensionId(Path realPath) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest(realPath.toString().getBytes(StandardCharsets.UTF_8));
            StringBuilder id = new StringBuilder();
            for (int i = 0; i < 16; i++) {
                id.append((char) ('a' + ((hash[i] >> 4) & 0xf))).append((char) ('a' + (hash[i] & 0xf)));
            }
            return id.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @org.junit.jupiter.api.AfterEach
    void closePages() {
        for (Page p : opened) {
            if (!p.isClosed()) {
                p.close();
            }
        }
        opened.clear();
    }

    @Test
    void loadsInHeadlessChromiumAndUsesTheConfiguredServer() {
        Page popup = newPage();
        BrowserSupport.PageProblems problems = BrowserSupport.watch(popup);
        popup.navigate(extensionUrl("popup.html"));
        assertThat(popup.locator("#vb-quote")).isVisible();
        assertThat(popup.locator("#vb-quote")).isFocused();
        assertThat(popup.locator("[data-testid=server]")).hasText(origin());

        Page options = newPage();
        options.navigate(extensionUrl("options.html"));
        assertThat(options.locator("#server")).hasValue(origin());
        problems.assertNone();
    }

    @Test
    void popupChecksATypedQuote() {
        Page popup = newPage();
        BrowserSupport.PageProblems problems = BrowserSupport.watch(popup);
        popup.navigate(extensionUrl("popup.html"));
        popup.locator("#vb-quote").fill("“" + WebClientTest.BLINKEN_IRAN + "” Blinken said.");
        popup.locator("#vb-quote").press("Enter");
        assertThat(popup.locator("[data-testid=verdict]")).hasText(Pattern.compile("^(VERIFIED|EXCERPT)$"));
        assertTrue(popup.locator("[data-testid=sources] > li").count() >= 2);
        assertThat(popup.locator("[data-testid=open-in-verbatim]"))
                .hasAttribute("href", Pattern.compile("^http://localhost:\\d+/\\?q="));
        BrowserSupport.screenshot(popup.locator("body"), "extension-popup");
        problems.assertNone();
    }

    @Test
    void popupShowsHouseStyleAsAQuietNote() {
        Page popup = newPage();
        BrowserSupport.PageProblems problems = BrowserSupport.watch(popup);
        popup.navigate(extensionUrl("popup.html"));
        popup.locator("#vb-quote").fill("“" + WebClientTest.BLINKEN_IRON_CLAD + ",” Blinken said.");
        popup.locator("#vb-quote").press("Enter");
        assertThat(popup.locator("[data-testid=verdict]")).hasText("VERIFIED");
        assertThat(popup.locator("[data-testid=style-variants] em")).hasText("ironclad");
        assertThat(popup.locator("[data-testid=diff] [data-op=style]")).hasText("iron-clad printed as “ironclad”");
        assertThat(popup.locator("[data-testid=diff] .diff--meaning")).hasCount(0);
        problems.assertNone();
    }

    @Test
    void popupShowsTheServersProblemDetails() {
        Page options = newPage();
        options.navigate(extensionUrl("options.html"));
        options.evaluate("server => chrome.storage.sync.set({ server })", origin() + "/no-such-prefix");
        try {
            Page popup = newPage();
            popup.navigate(extensionUrl("popup.html"));
            popup.locator("#vb-quote").fill("Anything at all");
            popup.locator("#vb-submit").click();
            Locator problem = popup.locator("[data-testid=problem]");
            assertThat(problem).isVisible();
            assertThat(problem).hasAttribute("role", "alert");
            // Only verify and check answer any origin: a wrong address is refused (403), and the server's problem
            // detail, shown as it is, says where to look.
            assertThat(problem).containsText("HTTP 403");
            assertThat(problem.locator("[data-testid=problem-detail]")).containsText("server address");
        } finally {
            options.evaluate("server => chrome.storage.sync.set({ server })", origin());
        }
        Page popup = newPage();
        popup.navigate(extensionUrl("popup.html"));
        popup.locator("#vb-quote").fill("word ".repeat(1_001));
        popup.locator("#vb-submit").click();
        Locator problem = popup.locator("[data-testid=problem]");
        assertThat(problem.locator("[data-testid=problem-status]")).hasText("HTTP 400");
        assertThat(problem.locator("[data-testid=problem-title]")).not().isEmpty();
        assertThat(problem.locator("[data-testid=problem-errors] li[data-field]"))
                .not()
                .hasCount(0);
    }

    @Test
    void selectionOpensTheInPagePanelAndEscapeClosesIt() {
        Page article = newPage();
        BrowserSupport.PageProblems problems = BrowserSupport.watch(article);
        article.navigate(origin() + "/extension-test-page.html");
        assertThat(article.locator("#selected-quote")).isVisible();
        article.locator("#page-button").focus();
        String selection = (String) article.evaluate("() => { const r = document.createRange();"
                + " r.selectNodeContents(document.getElementById('selected-quote'));"
                + " const s = getSelection(); s.removeAllRanges(); s.addRange(r); return s.toString(); }");
        assertEquals(WebClientTest.BLINKEN_IRAN, selection);

        Page extensionPage = newPage();
        extensionPage.navigate(extensionUrl("popup.html"));
        Object response = extensionPage.evaluate(
                "async ([url, quote]) => {"
                        + " const [tab] = await chrome.tabs.query({ url });"
                        + " return chrome.runtime.sendMessage({ type: 'verify-selection', tabId: tab.id, quote }); }",
                List.of(origin() + "/extension-test-page.html", selection));
        @SuppressWarnings("unchecked")
        Map<String, Object> answer = (Map<String, Object>) response;
        assertEquals(Boolean.TRUE, answer.get("shown"), "panel shown in the page: " + answer);

        article.bringToFront();
        Locator panel = article.locator("#verbatim-extension-panel [data-testid=verbatim-panel]");
        assertThat(panel).isVisible();
        assertThat(panel.locator("[data-testid=panel-selection]")).containsText("intense diplomacy");
        assertThat(panel.locator("[data-testid=verdict]")).hasText(Pattern.compile("^(VERIFIED|EXCERPT)$"));
        List<String> outlets = panel.locator("[data-testid=sources] [data-testid=source-outlet]")
                .allTextContents();
        assertTrue(outlets.contains("CNN") && outlets.contains("Jerusalem Post"), outlets.toString());
        assertThat(panel.locator("[data-testid=first-appearance]")).hasCount(1);
        BrowserSupport.screenshot(article, "extension-panel");
        // Styled by the constructed stylesheet despite the page's CSP (style-src 'self').
        assertEquals(
                "fixed",
                article.evaluate("() => getComputedStyle(document.getElementById('verbatim-extension-panel')"
                        + ".shadowRoot.querySelector('.vb-panel')).position"));

        article.keyboard().press("Escape");
        assertThat(article.locator("#verbatim-extension-panel")).hasCount(0);
        assertThat(article.locator("#page-button")).isFocused();
        problems.assertNone();
    }

    @Test
    void sharedRendererEscapesDataAndMarksEdits() {
        Page popup = newPage();
        BrowserSupport.PageProblems problems = BrowserSupport.watch(popup);
        popup.navigate(extensionUrl("popup.html"));
        // A harness element of its own: the popup's own result area may be filled with the last check.
        renderInHarness(
                popup,
                Map.of(
                        "verdict",
                        "ALTERED",
                        "explanation",
                        "<img src=x onerror=\"window.__xss=1\"> printed with “not”",
                        "weakEvidence",
                        true,
                        "matches",
                        List.of(Map.of(
                                "text",
                                "calm tensions, not exacerbate them",
                                "speaker",
                                "Antony Blinken",
                                "speakerId",
                                1,
                                "score",
                                0.8,
                                "meaningChanged",
                                true,
                                "meaningChanges",
                                List.of(Map.of("type", "NEGATION", "submitted", "", "attested", "not")),
                                "diff",
                                List.of(
                                        Map.of(
                                                "op",
                                                "equal",
                                                "submitted",
                                                "calm tensions,",
                                                "attested",
                                                "calm tensions,"),
                                        Map.of("op", "delete", "submitted", "", "attested", "not"),
                                        Map.of("op", "replace", "submitted", "worsen", "attested", "exacerbate"),
                                        Map.of("op", "equal", "submitted", "them", "attested", "them"),
                                        Map.of("op", "insert", "submitted", "<b>now</b>", "attested", "")),
                                "sources",
                                List.of(
                                        Map.of(
                                                "articleId",
                                                2,
                                                "quoteId",
                                                9,
                                                "outlet",
                                                "Jerusalem Post",
                                                "title",
                                                "T1",
                                                "date",
                                                "2024-08-06",
                                                "text",
                                                "calm tensions, not exacerbate them",
                                                "first",
                                                true,
                                                "url",
                                                "javascript:alert(1)"),
                                        Map.of(
                                                "articleId",
                                                1,
                                                "quoteId",
                                                3,
                                                "outlet",
                                                "CNN",
                                                "title",
                                                "T2",
                                                "date",
                                                "2024-08-07",
                                                "text",
                                                "calm tensions, not exacerbate them",
                                                "first",
                                                false,
                                                "url",
                                                "https://example.org/a"))))));
        Locator result = popup.locator("#harness");
        assertThat(result.locator("[data-testid=verdict]")).hasText("ALTERED");
        assertThat(result.locator("[data-testid=explanation]")).containsText("<img src=x");
        assertThat(result.locator("img")).hasCount(0);
        assertThat(result.locator("[data-testid=weak-evidence]")).isVisible();
        assertThat(result.locator("[data-testid=meaning-changes] li[data-type=NEGATION]"))
                .hasCount(1);
        assertThat(result.locator("[data-testid=diff] del[data-op=delete]")).containsText("not");
        assertThat(result.locator("[data-testid=diff] del[data-op=delete]")).hasAttribute("data-meaning", "NEGATION");
        assertThat(result.locator("[data-testid=diff] mark[data-op=replace] ins"))
                .containsText("worsen");
        assertThat(result.locator("[data-testid=diff] ins[data-op=insert]")).containsText("<b>now</b>");
        assertThat(result.locator("b")).hasCount(0);
        assertThat(result.locator("[data-testid=sources] > li")).hasCount(2);
        assertThat(result.locator("[data-testid=source-link]")).hasCount(1); // the javascript: URL is dropped
        assertThat(result.locator("[data-testid=source-link]")).hasAttribute("rel", "noopener noreferrer");
        assertThat(result.locator("[data-testid=sources] > li").first().locator("[data-testid=first-appearance]"))
                .isVisible();
        assertEquals(null, popup.evaluate("() => window.__xss"));
        problems.assertNone();
    }

    /** The web client's modules in the extension: verdicts and diff ops the server does not send yet. */
    @Test
    void sharedRendererDrawsNewVerdictsAndDiffOpsAsTheWebClientDoes() {
        Page popup = newPage();
        BrowserSupport.PageProblems problems = BrowserSupport.watch(popup);
        popup.navigate(extensionUrl("popup.html"));
        renderInHarness(popup, WebClientTest.UNATTRIBUTED_ANSWER);
        Locator result = popup.locator("#harness");
        assertThat(result.locator("[data-testid=verdict-card]")).hasAttribute("data-verdict", "UNATTRIBUTED");
        assertThat(result.locator("[data-testid=verdict]")).hasText("UNATTRIBUTED");
        assertThat(result.locator("[data-testid=verdict-label]")).containsText("no source establishes who said them");
        assertThat(result.locator(".badge__icon")).hasText("?");
        // Same colour as on the web page: answer.css is the web client's, copied by the build.
        assertEquals(
                WebClientTest.UNATTRIBUTED_COLOUR,
                result.locator(".badge").evaluate("b => getComputedStyle(b).backgroundColor"));
        // Unattributed is a note, not the red callout of an accusation, with the evidence line.
        assertThat(result.locator(".callout--danger")).hasCount(0);
        assertThat(result.locator("[data-testid=unnamed-sources]")).containsText("no source names who said them");
        assertThat(result.locator("[data-testid=unnamed-sources] [data-testid=source-descriptions] li"))
                .hasText(new String[] {"senior official"});
        assertThat(result.locator("[data-testid=attributed-by]")).hasText("attributed by: a senior official said");
        assertThat(result.locator("[data-testid=source-attributed-by]"))
                .hasText(new String[] {"attributed by: a senior official said"});
        assertThat(result.locator("[data-testid=diff] [data-op=style]"))
                .hasText("organisation printed as “organization”");
        assertThat(result.locator("[data-testid=diff] [data-op=bracket]"))
                .hasText("[Iran] stands for printed “the country”");
        // Links go to the configured server, in a new tab.
        Locator title = result.locator("[data-testid=source-title]");
        assertThat(title).hasAttribute("href", "http://verbatim.test/?view=article&id=3&quote=4");
        assertThat(title).hasAttribute("target", "_blank");
        assertThat(title).hasAttribute("rel", "noopener noreferrer");
        problems.assertNone();
    }

    /** The served news page of the page-check tests (src/test/resources/META-INF/resources). */
    static final String NEWS_PAGE = "/check-test-article.html";

    private Map<String, Object> checkPageByMessage(Page extensionPage) {
        @SuppressWarnings("unchecked")
        Map<String, Object> answer = (Map<String, Object>) extensionPage.evaluate(
                "async url => { const [tab] = await chrome.tabs.query({ url });"
                        + " return chrome.runtime.sendMessage({ type: 'check-page', tabId: tab.id }); }",
                origin() + NEWS_PAGE);
        return answer;
    }

    /**
     * The popup's "Check this page" on a served news page: every quote is marked in place with its verdict (colour
     * and a tag with icon and code), the panel lists the four with links to their sources in the web client.
     */
    @Test
    void popupChecksThePageAndMarksEveryQuoteWithItsVerdict() {
        Page article = newPage();
        BrowserSupport.PageProblems problems = BrowserSupport.watch(article);
        article.navigate(origin() + NEWS_PAGE);
        String before = (String) article.evaluate("() => document.getElementById('story').textContent");

        Page popup = newPage();
        popup.navigate(extensionUrl("popup.html"));
        article.bringToFront(); // the popup acts on the active tab, as it does over a real page
        popup.locator("#vb-page").click();

        Locator panel = article.locator("#verbatim-extension-panel [data-testid=verbatim-panel]");
        assertThat(panel.locator("[data-testid=check-quotes] > li")).hasCount(4);
        PageMarks.assertMarkedInPlace(article, "#story");
        assertThat(panel.locator("[data-testid=page-marked]")).hasText("4 of 4 marked in the text.");
        assertThat(panel.locator("[data-testid=check-summary]")).containsText("4 quotes checked");
        Locator links = panel.locator("[data-testid=check-sources-link]");
        assertThat(links).hasCount(4);
        @SuppressWarnings("unchecked")
        List<String> hrefs = (List<String>) links.evaluateAll("ls => ls.map(l => l.href)");
        for (String href : hrefs) {
            assertTrue(href.startsWith(origin() + "/?q="), href);
        }
        assertThat(panel.locator("li[data-verdict=MISATTRIBUTED] [data-testid=check-speaker]"))
                .hasText("As said by John Healey");
        assertThat(panel.locator("li.check-item--attention")).hasCount(3);
        // The marks are styled by marks.css, injected despite the page's CSP, and are not colour alone.
        assertEquals(
                "rgb(255, 201, 64)",
                article.locator("span.verbatim-tag--altered").evaluate("t => getComputedStyle(t).backgroundColor"));
        BrowserSupport.evidence(article, "extension-page-check");
        BrowserSupport.screenshot(article, "extension-page-check");

        // "Show in text" scrolls to the quote; "Clear marks" gives the page its text back, node for node.
        panel.locator("li[data-verdict=NOT_FOUND] [data-testid=check-show]").click();
        assertThat(article.locator("mark.verbatim-mark--shown")).hasCount(1);
        panel.locator("[data-testid=panel-clear-marks]").click();
        assertThat(article.locator("mark.verbatim-mark")).hasCount(0);
        assertThat(article.locator("span.verbatim-tag")).hasCount(0);
        assertEquals(before, article.evaluate("() => document.getElementById('story').textContent"));
        assertEquals(
                0L,
                ((Number) article.evaluate("() => Array.from(document.querySelectorAll('#story p')).filter(p =>"
                                + " Array.from(p.childNodes).some((n, i, all) => n.nodeType === 3 && all[i + 1]"
                                + " && all[i + 1].nodeType === 3)).length"))
                        .longValue(),
                "split text nodes are joined again");
        problems.assertNone();
    }

    /**
     * The context menu's "Check this page with Verbatim" cannot be clicked headless: its message path runs the same
     * function. What is sent is the story only — no caption, related links, "Read more" line, byline, navigation or
     * footer — with the page's outlet, date, title and URL; checking twice leaves one set of marks.
     */
    @Test
    void theCheckSendsTheStoryWithoutFurnitureAndMarksOnceWhenRunTwice() {
        Page article = newPage();
        BrowserSupport.PageProblems problems = BrowserSupport.watch(article);
        article.navigate(origin() + NEWS_PAGE);
        Page extensionPage = newPage();
        extensionPage.navigate(extensionUrl("popup.html"));

        Map<String, Object> first = checkPageByMessage(extensionPage);
        assertEquals(Boolean.TRUE, first.get("shown"), "panel shown: " + first);
        @SuppressWarnings("unchecked")
        Map<String, Object> sent = (Map<String, Object>) first.get("sent");
        String text = (String) sent.get("text");
        assertTrue(text.startsWith("Governments spent the week"), text);
        assertTrue(text.endsWith("Talks are expected to resume next week."), text);
        assertTrue(
                text.contains("“Our punch will be powerful, precise and, above all, surprising,” Healey said."), text);
        for (String furniture : List.of(
                "Nobody here is sleeping", // caption
                "counting the hours", // related-links aside
                "Read more",
                "shuttle diplomacy",
                "Petra Lindqvist", // byline
                "Envoys race to calm", // headline: sent as the title
                "Politics", // navigation
                "Share",
                "foreign desk", // article footer
                "Journalism you can trust")) { // site footer
            assertTrue(!text.contains(furniture), "furniture sent: " + furniture + " in " + text);
        }
        assertTrue(text.contains("war.\n\nIsraeli minister"), "paragraphs are separated by a blank line");
        assertEquals("Example Daily", sent.get("outlet"));
        assertEquals("2024-08-08", sent.get("publishedAt"));
        assertEquals("Envoys race to calm a region on edge", sent.get("title"));
        assertEquals(origin() + NEWS_PAGE, sent.get("url"));
        assertEquals(List.of(0, 1, 2, 3), first.get("marked"));

        Map<String, Object> second = checkPageByMessage(extensionPage);
        assertEquals(List.of(0, 1, 2, 3), second.get("marked"));
        article.bringToFront();
        PageMarks.assertMarkedInPlace(article, "#story");
        assertThat(article.locator("mark.verbatim-mark mark")).hasCount(0);
        problems.assertNone();
    }

    /**
     * page-text.js on pages without an {@code <article>}: the marked story body wins, else the densest block of
     * paragraphs; link lists and "Related" lines stay out; and every recorded segment maps its characters of the
     * sent text back to the same characters of a page text node.
     */
    @Test
    void theArticleFinderPicksTheStoryAndMapsEveryCharacterBackToThePage() {
        Page popup = newPage();
        BrowserSupport.PageProblems problems = BrowserSupport.watch(popup);
        popup.navigate(extensionUrl("popup.html"));
        @SuppressWarnings("unchecked")
        Map<String, Object> found = (Map<String, Object>)
                popup.evaluate("async () => { const t = await import(chrome.runtime.getURL('page-text.js'));"
                        + " const parse = (html) => new DOMParser().parseFromString(html, 'text/html');"
                        + " const dense = parse('<div><p><a href=\"#\">Home</a></p><ul><li><a href=\"#\">World news"
                        + " today</a></li></ul></div><div class=\"col\"><p>First   line\\n  of the story,"
                        + " <b>bold</b>  words.</p><p>Related: <a href=\"#\">another story</a></p><p>Second"
                        + " paragraph of the story, longer than the links.</p></div>');"
                        + " const marked = parse('<main><p>Promo text outside.</p><div itemprop=\"articleBody\">"
                        + "<p>The body itself.</p></div></main>');"
                        + " const d = t.collectText(t.findArticleRoot(dense));"
                        + " const bad = d.segments.filter(s => d.text.substr(s.textStart, s.length)"
                        + " !== s.node.data.substr(s.nodeStart, s.length).replace(/\\s/g, ' ')).length;"
                        + " return { dense: d.text, segments: d.segments.length, bad,"
                        + " marked: t.collectText(t.findArticleRoot(marked)).text }; }");
        assertEquals(
                "First line of the story, bold words.\n\nSecond paragraph of the story, longer than the links.",
                found.get("dense"));
        assertEquals(0, ((Number) found.get("bad")).intValue(), "segments that do not map back: " + found);
        assertTrue(((Number) found.get("segments")).intValue() >= 3, found.toString());
        assertEquals("The body itself.", found.get("marked"));
        problems.assertNone();
    }

    /** Draws {@code answer} (a map, or JSON text) with the extension's answer view into a new #harness element. */
    private static void renderInHarness(Page popup, Object answer) {
        popup.evaluate(
                "async answer => { const view = await import(chrome.runtime.getURL('answer-view.js'));"
                        + " if (typeof answer === 'string') answer = JSON.parse(answer);"
                        + " const harness = document.createElement('div'); harness.id = 'harness';"
                        + " harness.append(view.renderEntry({ state: 'result', result: answer, server: 'http://verbatim.test' }));"
                        + " document.body.append(harness); }",
                answer);
    }
}
