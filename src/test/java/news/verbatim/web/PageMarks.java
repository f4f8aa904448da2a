package news.verbatim.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The marks a page check leaves in a text (render/marks.js), as the browser tests of the extension's "Check this
 * page" and of the web client's check view both expect them for the four seed-quote cases of CheckResourceTest.
 */
final class PageMarks {

    private PageMarks() {}

    /** Quote start → verdict(s) expected on the news page, as CheckResourceTest expects them for the same words. */
    static final Map<String, String> PAGE_VERDICTS = Map.of(
            "Israel has no interest", "^(VERIFIED|EXCERPT)$",
            "Whatever the consequences", "^ALTERED$",
            "Our punch will be", "^MISATTRIBUTED$",
            "We have stocked every shelter", "^NOT_FOUND$");

    /** Checks that each of the four quotes is marked once in {@code page}, with its tag, and nothing else is. */
    static void assertMarkedInPlace(Page page, String scope) {
        Locator tags = page.locator(scope + " span.verbatim-tag");
        assertThat(tags).hasCount(4);
        for (Map.Entry<String, String> e : PAGE_VERDICTS.entrySet()) {
            Locator first =
                    page.locator(scope + " mark.verbatim-mark[id]", new Page.LocatorOptions().setHasText(e.getKey()));
            assertThat(first).hasCount(1);
            assertThat(first).hasAttribute("data-verbatim-verdict", Pattern.compile(e.getValue()));
            assertThat(first).hasAttribute("title", Pattern.compile("\\S"));
            String index = first.getAttribute("data-verbatim-quote");
            Locator tag = page.locator(scope + " span.verbatim-tag[data-verbatim-quote='" + index + "']");
            assertThat(tag).hasText(Pattern.compile(e.getValue().substring(1))); // icon, then the code
        }
    }
}
