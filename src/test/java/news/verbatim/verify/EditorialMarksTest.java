package news.verbatim.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import news.verbatim.text.Token;
import org.junit.jupiter.api.Test;

/** Parsing the journalist's marks, and what a submitted quote makes of them. */
class EditorialMarksTest {

    @Test
    void findsNotesAndBracketsInOrder() {
        String text = "[Iran] will respond [sic] to the attack (emphasis added)";
        EditorialMarks marks = EditorialMarks.find(text);
        assertEquals(
                List.of("[sic]", "(emphasis added)"),
                marks.notes().stream().map(EditorialMarks.Mark::text).toList());
        assertEquals(
                List.of("[Iran]"),
                marks.brackets().stream().map(EditorialMarks.Mark::text).toList());
        EditorialMarks.Mark iran = marks.brackets().get(0);
        assertEquals("[Iran]", text.substring(iran.start(), iran.end()));
    }

    @Test
    void readsTheUsualSpellingsOfNotes() {
        for (String note : List.of(
                "[sic]",
                "(sic)",
                "[ Sic ]",
                "[sic!]",
                "[emphasis mine]",
                "(italics added)",
                "(emphasis in original)")) {
            EditorialMarks marks = EditorialMarks.find("we will respond " + note);
            assertEquals(1, marks.notes().size(), note);
            assertTrue(marks.brackets().isEmpty(), note);
            assertTrue(EditorialMarks.isNotes(note), note);
        }
        assertFalse(EditorialMarks.isNotes("[Iran]"));
        assertFalse(EditorialMarks.isNotes("[sic] Iran"));
    }

    @Test
    void aBracketedEllipsisIsNoBracketAndRoundBracketsAreNoInsertion() {
        EditorialMarks marks = EditorialMarks.find("we will [...] respond […] to the regime (Israel)");
        assertTrue(marks.isEmpty(), marks.toString());
    }

    @Test
    void aLongBracketIsLeftAsText() {
        String longer = "[" + "word ".repeat(EditorialMarks.MAX_BRACKET_CHARS / 5 + 1) + "]";
        assertTrue(EditorialMarks.find(longer + " will respond").brackets().isEmpty());
    }

    @Test
    void noteWordsAreNotWordsOfTheQuoteButBracketedWordsAre() {
        SubmittedQuote q = SubmittedQuote.parse("\u201C[Iran] will respond [sic] to it\u201D (emphasis added)");
        assertEquals(
                List.of("iran", "will", "respond", "to", "it"),
                q.tokens().stream().map(Token::norm).toList());
        assertEquals(2, q.marks().notes().size());
        Token iran = q.tokens().get(0);
        assertEquals("[Iran]", q.marks().bracketOf(iran).text());
        assertNull(q.marks().bracketOf(q.tokens().get(1)));
        assertTrue(q.marks()
                .hides(new Token("sic", q.text().indexOf("sic"), q.text().indexOf("sic") + 3, "sic")));
    }

    @Test
    void partsForTheSearchLeaveNotesOut() {
        SubmittedQuote q = SubmittedQuote.parse("[Iran] will respond [sic] to it [...] and soon (emphasis added)");
        assertEquals(List.of("[Iran] will respond to it", "and soon"), q.parts());
    }

    @Test
    void aQuoteOfNothingButNotesHasNoWords() {
        assertThrows(IllegalArgumentException.class, () -> SubmittedQuote.parse("[sic] (emphasis added)"));
    }

    @Test
    void illegalArguments() {
        assertThrows(NullPointerException.class, () -> EditorialMarks.find(null));
        assertThrows(
                IllegalArgumentException.class, () -> new EditorialMarks.Mark(EditorialMarks.Kind.NOTE, 4, 4, "[sic]"));
    }
}
