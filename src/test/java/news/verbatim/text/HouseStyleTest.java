package news.verbatim.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HouseStyleTest {

    private static void same(String a, String b) {
        assertEquals(TextNormalizer.styleKey(a), TextNormalizer.styleKey(b), a + " / " + b);
    }

    private static void different(String a, String b) {
        assertNotEquals(TextNormalizer.styleKey(a), TextNormalizer.styleKey(b), a + " / " + b);
    }

    private static StyleFamily family(String a, String b) {
        Token x = TextNormalizer.styleTokens(a).get(0);
        Token y = TextNormalizer.styleTokens(b).get(0);
        assertEquals(x.norm(), y.norm(), a + " / " + b);
        return HouseStyle.standard().family(x, y);
    }

    @Test
    void britishAndAmericanSpellingAreOneWord() {
        same("our defence organisations", "our defense organizations");
        same("they recognised the colour of the centre", "they recognized the color of the center");
        same("travelled, labelled, modelled", "traveled, labeled, modeled");
        assertEquals(StyleFamily.SPELLING, family("defence", "defense"));
        same("the organisation's defence", "the organization's defense");
        assertEquals(StyleFamily.SPELLING, family("organisation's", "organization's"));
    }

    @Test
    void compoundsClosedHyphenatedAndOpenAreOneWord() {
        same("Our commitment is iron-clad", "our commitment is ironclad");
        same("an iron clad commitment", "an ironclad commitment");
        same("an immediate cease-fire", "an immediate ceasefire");
        same("an immediate cease\u2011fire", "an immediate cease fire");
        assertEquals("ironclad", TextNormalizer.styleKey("iron\u2014clad"));
        assertEquals(StyleFamily.COMPOUND, family("iron-clad", "ironclad"));
    }

    @Test
    void aCompoundIsFoldedOnlyWhereListed() {
        // "every day" is not "everyday": not listed, so neither the open nor the hyphenated form is folded
        different("every day", "everyday");
        same("every day", "every-day");
        same("de escalate", "de-escalate");
        assertEquals("deescalate", TextNormalizer.styleKey("de-escalate"));
    }

    @Test
    void abbreviationsWithAndWithoutPointsAreOneWord() {
        same("the U.S. and the U.K. at the U.N.", "the US and the UK at the UN");
        assertEquals(StyleFamily.ABBREVIATION, family("U.S.", "US"));
        Token us = TextNormalizer.styleTokens("the U.S. said").get(1);
        assertEquals("U.S.", us.surface(), "the points are shown with the word");
        assertEquals("u s", us.printed());
        // single letters in running text are not an abbreviation
        assertEquals("u s", TextNormalizer.styleKey("u s"));
    }

    @Test
    void perCentPercentAndTheSignAreOneWord() {
        same("up 10 per cent", "up 10 percent");
        same("up 10%", "up 10 percent");
        same("up 10 %", "up 10 pct");
        assertEquals(StyleFamily.PERCENT, family("per cent", "percent"));
        different("up 10%", "up 10");
    }

    @Test
    void numbersInFiguresAndWordsAreOneValue() {
        same("three hundred soldiers", "300 soldiers");
        same("ten thousand people", "10,000 people");
        same("10k people", "10,000 people");
        same("10 thousand people", "10000 people");
        same("1.5 million", "1,500,000");
        same("twenty-five", "25");
        same("one hundred and five", "105");
        same("two thousand three hundred and forty-one", "2341");
        same("for ten months", "for 10 months");
        assertEquals(StyleFamily.NUMBER, family("three hundred", "300"));
    }

    @Test
    void ordinalsInFiguresAndWordsAreOneValue() {
        same("the first time", "the 1st time");
        same("the twenty-first century", "the 21st century");
        same("the third and the twelfth", "the 3rd and the 12th");
        assertEquals(StyleFamily.ORDINAL, family("first", "1st"));
    }

    @Test
    void whatMustStayDifferentStaysDifferent() {
        different("not", "now");
        different("300", "30");
        different("three hundred", "thirty");
        different("defence", "offence");
        different("ten thousand", "10,001");
        different("1st", "2nd");
        // a contraction is a change to the words: not folded (the diff reports it as a style edit)
        different("we do not", "we don't");
        // words that only look like numbers together are read separately
        different("five twenty", "25");
        assertEquals("hundreds of 1000s", TextNormalizer.styleKey("hundreds of 1000s"));
    }

    @Test
    void printedWordsAreKeptForTheDiff() {
        List<Token> words = TextNormalizer.styleTokens("An iron-clad, ten thousand-strong pledge");
        assertEquals(
                List.of("an", "ironclad", "10000", "strong", "pledge"),
                words.stream().map(Token::norm).toList());
        assertEquals("iron clad", words.get(1).printed());
        assertEquals("iron-clad", words.get(1).surface());
        assertEquals("ten thousand", words.get(2).printed());
        assertTrue(words.get(1).isStyled());
        assertFalse(words.get(0).isStyled());
        assertNull(HouseStyle.standard().family(words.get(0), words.get(0)));
    }

    @Test
    void thePrintedNormalisationIsUnchanged() {
        assertEquals("the u s is iron clad", TextNormalizer.normalize("The U.S. is iron-clad"));
    }

    @Test
    void contractionsAreTheSameWordsButNotEqual() {
        assertTrue(Contractions.same(List.of("we", "don't"), List.of("we", "do", "not")));
        assertTrue(Contractions.same(List.of("it", "is"), List.of("it's")));
        assertTrue(Contractions.same(List.of("can't"), List.of("can", "not")));
        assertFalse(Contractions.same(List.of("it's"), List.of("it", "was")));
        assertFalse(Contractions.same(List.of("we", "do"), List.of("we", "do")), "equal words are not a style edit");
        assertFalse(Contractions.same(List.of("don't"), List.of("not")));
    }

    @Test
    void testIllegalArguments() throws Exception {
        assertThrows(IllegalArgumentException.class, () -> StyleList.load("no-such-list.txt"));
        assertThrows(IllegalArgumentException.class, () -> read("us U.S."));
        assertThrows(IllegalArgumentException.class, () -> read("us = U.S.\nusa = U.S."));
        assertThrows(IllegalArgumentException.class, () -> read("us = U.S., "));
        assertThrows(
                IllegalArgumentException.class,
                () -> new ListedForms(Map.of(StyleFamily.COMPOUND, Map.of("a/b", "ab"))));
        assertThrows(IllegalArgumentException.class, () -> new Token("us", 0, 2, "US", ""));
        assertThrows(IllegalArgumentException.class, () -> new HouseStyle(List.of()));
        assertEquals(Map.of("U.S.", "us"), read("# comment\n\nus = U.S."));
    }

    private static Map<String, String> read(String list) throws Exception {
        return StyleList.read("test", new BufferedReader(new StringReader(list)));
    }
}
