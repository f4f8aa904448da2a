package news.verbatim.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleLayoutTest {

    @Test
    void paragraphsSentencesAndQuoteTokens() {
        String text = "Mayor Jane Okoro spoke. She was brief.\n\n“We are ready,” Okoro said.";
        ArticleLayout layout = new ArticleLayout(text, new QuoteSpanScanner());
        assertEquals(List.of(new Paragraph(0, 38), new Paragraph(40, text.length())), layout.paragraphs);
        assertEquals(3, layout.sentenceCount());
        assertEquals(1, layout.sentenceParagraph(2));
        int qt = layout.quoteToken(0);
        assertTrue(layout.tokens.get(qt).isQuote());
        assertEquals(2, layout.sentenceOf(qt));
        assertEquals(qt, layout.sentenceStart(2), "the quote opens its sentence");
        assertEquals(layout.tokens.size(), layout.sentenceEnd(2));
    }

    @Test
    void illegalArguments() {
        IllegalArgumentException empty = assertThrows(IllegalArgumentException.class, () -> new Paragraph(5, 5));
        assertTrue(empty.getMessage().endsWith(": 5, 5"), empty.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new Paragraph(-1, 3));
        IllegalArgumentException sentence = assertThrows(IllegalArgumentException.class, () -> new Sentence(4, 2, 0));
        assertTrue(sentence.getMessage().endsWith(": 4, 2"), sentence.getMessage());
        IllegalArgumentException para = assertThrows(IllegalArgumentException.class, () -> new Sentence(0, 1, -1));
        assertEquals("paragraph must not be negative: -1", para.getMessage());
        assertThrows(NullPointerException.class, () -> new ArticleLayout(null, new QuoteSpanScanner()));
    }
}
