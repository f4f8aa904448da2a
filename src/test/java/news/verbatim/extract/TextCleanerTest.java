package news.verbatim.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class TextCleanerTest {

    private final TextCleaner cleaner = new TextCleaner();

    @Test
    void removesScriptCodeAndStoreLinkButKeepsTheArticle() throws IOException {
        String raw = Files.readString(
                Path.of("fixtures/articles/001-jpost-us-urges-israel-iran-constrain-reprisals.txt"),
                StandardCharsets.UTF_8);
        String clean = cleaner.clean(raw);
        assertFalse(clean.contains("getElementById"));
        assertFalse(clean.contains("Jerusalem Post Store"));
        assertTrue(clean.endsWith(
                "A Qatari official said Doha was constantly in discussion with Iran to lessen tensions."));
        assertTrue(clean.startsWith("US urges Israel and Iran to constrain reprisal responses"));
    }

    @Test
    void removesMarkdownMarksPublishedLinesRulesAndBlankRuns() {
        String raw = "# Headline here\r\n\r\nPublished :`2024-08-07 15:15:49`\r\n\r\n---\r\n\r\n\r\n\r\n"
                + "First paragraph.\r\n\r\n\r\nSecond paragraph.\r\n---\r\n";
        assertEquals("Headline here\n\nFirst paragraph.\n\nSecond paragraph.", cleaner.clean(raw));
    }

    @Test
    void removesCloseButtonsCommentFormsAndSyndicationLines() {
        String raw = """
                close
                close
                Headline

                Body text stays.

                By Vanessa

                Leave a Reply

                Your email address will not be published. Required fields are marked *
                © 2024 Bloomberg L.P.
                Visit bloomberg.com.
                Distributed by Tribune Content Agency, LLC.
                More stories like this are available on bloomberg.com""";
        assertEquals("Headline\n\nBody text stays.\n\nBy Vanessa", cleaner.clean(raw));
    }

    @Test
    void keepsProseThatMentionsCodeWordsOrSemicolons() {
        String raw = "The function of the council is clear; its document (the charter) says so.";
        assertEquals(raw, cleaner.clean(raw));
    }

    @Test
    void keepsNoBreakSpacesInsideLinesSoQuotesStayVerbatim() {
        String raw = "Hezbollah leader Hassan\u00A0Nasrallah said so.\u00A0";
        assertEquals("Hezbollah leader Hassan\u00A0Nasrallah said so.", cleaner.clean(raw));
    }

    @Test
    void emptyAndNullGiveEmptyText() {
        assertEquals("", cleaner.clean(null));
        assertEquals("", cleaner.clean(" \n\n "));
    }
}
