package news.verbatim.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextNormalizerTest {

    @Test
    void curlyAndStraightQuotesCaseAndPunctuationAreEquivalent() {
        assertEquals(
                TextNormalizer.normalize("We've been engaged, in intense diplomacy."),
                TextNormalizer.normalize("“We’ve  been engaged in INTENSE diplomacy”"));
    }

    @Test
    void hyphensAndDashesSeparateWords() {
        assertEquals("an all out war a cease fire", TextNormalizer.normalize("an all-out war – a cease‑fire"));
    }

    @Test
    void numbersKeepTheirValue() {
        assertEquals(
                "killed over 1400 people 2.5 times", TextNormalizer.normalize("killed over 1,400 people, 2.5 times."));
    }

    @Test
    void nfkcFoldsCompatibilityForms() {
        assertEquals("israel", TextNormalizer.normalize("ＩＳＲＡＥＬ"));
        assertEquals("fine", TextNormalizer.normalize("ﬁne"));
    }

    @Test
    void possessiveApostropheAtWordEndIsDropped() {
        assertEquals("hamas political leader", TextNormalizer.normalize("Hamas’ political leader"));
        assertEquals("sa'ar", TextNormalizer.normalize("Sa’ar"));
    }

    @Test
    void tokensKeepTheirOriginalOffsets() {
        String text = "“Don’t go,” he said.";
        List<Token> tokens = TextNormalizer.tokenize(text);
        assertEquals(
                List.of("don't", "go", "he", "said"),
                tokens.stream().map(Token::norm).toList());
        assertEquals(
                "Don’t", text.substring(tokens.get(0).start(), tokens.get(0).end()));
        assertEquals("Don’t", tokens.get(0).surface());
    }

    @Test
    void emptyAndNullHaveNoWords() {
        assertEquals("", TextNormalizer.normalize(null));
        assertEquals("", TextNormalizer.normalize(" ... !!! "));
    }
}
