package news.verbatim.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import news.verbatim.text.Token;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SubmittedQuoteTest {

    private static final String ESCALATE = "No one should escalate this conflict";

    @ParameterizedTest
    @ValueSource(
            strings = {
                "No one should escalate this conflict",
                "\"No one should escalate this conflict\"",
                "“No one should escalate this conflict”",
                "”No one should escalate this conflict”", // a wrong opening mark, as in the seed articles
                "'No one should escalate this conflict'",
                "‘No one should escalate this conflict’",
                "„No one should escalate this conflict“",
                "«No one should escalate this conflict»",
                "»No one should escalate this conflict«",
                "‹No one should escalate this conflict›",
                "＂No one should escalate this conflict＂",
                "「No one should escalate this conflict」",
                "『No one should escalate this conflict』",
                "  \u00A0“No one should escalate this conflict”\t\n",
                "“No one should escalate this conflict", // a mark left open
            })
    void stripsSurroundingQuotationMarksOfAnyStyle(String raw) {
        SubmittedQuote q = SubmittedQuote.parse(raw);
        assertEquals(ESCALATE, q.text());
        assertEquals(List.of(ESCALATE), q.parts());
        assertEquals(Optional.empty(), q.attributedName());
        assertFalse(q.hasEllipsis());
    }

    @Test
    void stripsTrailingAttributionsAndKeepsTheName() {
        assertAttribution("“No one should escalate this conflict,” Blinken said", "Blinken");
        assertAttribution("\"No one should escalate this conflict,\" Blinken said on Tuesday.", "Blinken");
        assertAttribution("'No one should escalate this conflict,' Blinken said", "Blinken");
        assertAttribution("«No one should escalate this conflict», said Blinken", "Blinken");
        assertAttribution("No one should escalate this conflict, said Antony Blinken", "Antony Blinken");
        assertAttribution("No one should escalate this conflict, said Antony Blinken on Tuesday.", "Antony Blinken");
        assertAttribution("No one should escalate this conflict — Blinken", "Blinken");
        assertAttribution("No one should escalate this conflict – Antony Blinken", "Antony Blinken");
        assertAttribution(
                "\"No one should escalate this conflict\" - Antony Blinken, US Secretary of State", "Antony Blinken");
        assertAttribution("No one should escalate this conflict -- Blinken", "Blinken");
        assertAttribution(
                "“No one should escalate this conflict,” US Secretary of State Antony Blinken told "
                        + "reporters in Maryland on Tuesday.",
                "US Secretary of State Antony Blinken");
        assertAttribution("No one should escalate this conflict, Blinken later said.", "Blinken");
        assertAttribution("No one should escalate this conflict, Blinken, the top US diplomat, said.", "Blinken");
        assertAttribution("No one should escalate this conflict, the White House said", "White House");
        assertAttribution("No one should escalate this conflict, according to Antony Blinken.", "Antony Blinken");
    }

    @Test
    void stripsAttributionsThatNameNobody() {
        assertAttribution("No one should escalate this conflict, he told reporters.", null);
        assertAttribution("“No one should escalate this conflict,” he stressed.", null);
        assertAttribution("No one should escalate this conflict, a senior US official said.", null);
        assertAttribution("No one should escalate this conflict, according to a senior official", null);
    }

    /** Verification cuts what extraction attributes: both read the one cue-verb list of the lexicon. */
    @Test
    void speechVerbsAreTheCueVerbsOfExtraction() {
        assertAttribution("“No one should escalate this conflict,” Blinken countered.", "Blinken");
        assertAttribution("“No one should escalate this conflict,” the Foreign Ministry retorted.", "Foreign Ministry");
        assertAttribution("No one should escalate this conflict, Blinken reportedly said.", "Blinken");
        // A participle has no subject of its own: "adding …" is new reported speech, not an attribution.
        String participle = "No one should escalate this conflict, adding Iran wants the strike to be severe";
        assertEquals(participle, SubmittedQuote.parse(participle).text());
        // A cue word after a determiner is a noun.
        String noun = "No one should escalate this conflict, the calls grow louder";
        assertEquals(noun, SubmittedQuote.parse(noun).text());
    }

    @Test
    void leadingAttributionBeforeAColon() {
        assertAttribution("Blinken: “No one should escalate this conflict”", "Blinken");
        assertAttribution("Blinken said: \"No one should escalate this conflict\"", "Blinken");
    }

    @Test
    void quoteSplitAroundItsAttributionIsJoined() {
        SubmittedQuote q = SubmittedQuote.parse("“We communicated that message directly to Israel,” Blinken said on "
                + "Tuesday. “Everyone in the region should understand that further attacks only perpetuate conflict.”");
        assertEquals(
                "We communicated that message directly to Israel, Everyone in the region should understand that "
                        + "further attacks only perpetuate conflict.",
                q.text());
        assertEquals(Optional.of("Blinken"), q.attributedName());
        assertEquals(1, q.parts().size());
    }

    @Test
    void leavesQuotedWordsThatOnlyLookLikeAttributionsAlone() {
        for (String text : List.of(
                "Our response, God willing, will be strong, effective, and impactful",
                "The secretary has delivered a consistent message in all of these engagements — we are at a critical "
                        + "moment for the region",
                "Iran will respond, and Hezbollah will respond, and the enemy waits",
                "We know how to do that, and we should be doing that",
                "Meeting with senior leaders across the region, including today in Israel, we urged all sides to "
                        + "show restraint and dial down the tension at this critical moment",
                "We must act, they warned us again and again and again in every meeting we had")) {
            SubmittedQuote q = SubmittedQuote.parse(text);
            assertEquals(text, q.text());
            assertEquals(Optional.empty(), q.attributedName());
        }
        // "said" followed by more of the sentence is not a bare attribution.
        String s = "We will respond, Blinken said, and we will win";
        assertEquals(s, SubmittedQuote.parse(s).text());
    }

    @Test
    void splitsOnEveryEllipsisForm() {
        for (String sep : List.of("...", "…", "[...]", "[…]", "(...)", ". . .", " ... ", "....", "[ … ]")) {
            SubmittedQuote q = SubmittedQuote.parse("Iran will respond" + sep + "part of the punishment");
            assertEquals(List.of("Iran will respond", "part of the punishment"), q.parts(), sep);
            assertTrue(q.hasEllipsis());
            assertEquals(List.of(3, 4), q.partTokens().stream().map(List::size).toList());
        }
        SubmittedQuote three = SubmittedQuote.parse(
                "“Iran will respond … and the enemy waits [...] part of the " + "punishment”, he said");
        assertEquals(List.of("Iran will respond", "and the enemy waits", "part of the punishment"), three.parts());
    }

    @Test
    void leadingOrTrailingEllipsisLeavesOnePart() {
        SubmittedQuote q = SubmittedQuote.parse("“…part of the punishment.”");
        assertEquals(List.of("part of the punishment."), q.parts());
        assertTrue(q.hasEllipsis());
        assertEquals("…part of the punishment.", q.text());
    }

    @Test
    void tokensCarryOffsetsIntoTheDisplayText() {
        SubmittedQuote q = SubmittedQuote.parse("“It’s not helped,” Biden told reporters on Thursday.");
        assertEquals("It’s not helped", q.text());
        Token first = q.tokens().get(0);
        assertEquals("it's", first.norm());
        assertEquals("It’s", q.text().substring(first.start(), first.end()));
        assertEquals(q.tokens(), q.partTokens().get(0));
    }

    @Test
    void collapsesSpaces() {
        assertEquals(
                "No one should escalate this conflict",
                SubmittedQuote.parse("No  one\u00A0should \u2009escalate\tthis conflict")
                        .text());
    }

    @Test
    void rejectsTextWithoutWords() {
        assertThrows(IllegalArgumentException.class, () -> SubmittedQuote.parse("“…”"));
        assertThrows(IllegalArgumentException.class, () -> SubmittedQuote.parse("   "));
        assertThrows(IllegalArgumentException.class, () -> SubmittedQuote.parse("word ".repeat(1001)));
        assertThrows(NullPointerException.class, () -> SubmittedQuote.parse(null));
    }

    @Test
    void theTrailingAttributionIsLookedForOnlyNearTheEnd() {
        // A long paste still has its attribution cut.
        String longQuote = "We will respond, ".repeat(200) + "and no one should doubt it";
        SubmittedQuote q = SubmittedQuote.parse("“" + longQuote + ",” Blinken said.");
        assertEquals(longQuote, q.text());
        assertEquals(Optional.of("Blinken"), q.attributedName());
        // Dashes and commas everywhere: only the last few hundred characters are candidates, so this is quick
        // and, having no words, still refused.
        assertThrows(IllegalArgumentException.class, () -> SubmittedQuote.parse(" - ,".repeat(2_500)));
        // A "clause" longer than any attribution is part of the quote.
        String tail = "said " + "very ".repeat(SubmittedQuote.MAX_ATTRIBUTION_CHARS / 5) + "much";
        assertEquals(Optional.empty(), SubmittedQuote.parse("We act, " + tail).attributedName());
    }

    private static void assertAttribution(String raw, String name) {
        SubmittedQuote q = SubmittedQuote.parse(raw);
        assertEquals(ESCALATE, q.text(), raw);
        assertEquals(Optional.ofNullable(name), q.attributedName(), raw);
    }
}
