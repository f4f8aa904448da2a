package news.verbatim.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class OrganisationShortFormsTest {

    private static ArticleLayout layout(String text) {
        return new ArticleLayout(text, new QuoteSpanScanner());
    }

    @Test
    void expandsToTheFullNamePrintedBeforeAndOnlyThen() {
        ArticleLayout l = layout(
                "Bellwether Housing will build 60 homes. Later, Bellwether said it was pleased.\n\nAnna Bellwether spoke.");
        OrganisationShortForms forms = new OrganisationShortForms(l);
        int end = l.tokens.size();
        assertEquals("Bellwether Housing", forms.expand("Bellwether", end));
        assertEquals("Bellwether", forms.expand("Bellwether", 0), "nothing is printed before the first token");
        assertEquals("Kelby", forms.expand("Kelby", end), "a name the article never printed in full");
    }

    @Test
    void aSentenceBreakEndsTheFullName() {
        ArticleLayout l = layout("Shares of Quillon Systems fell.\nAnalysts Were Surprised\n\nQuillon said so.");
        assertEquals("Quillon Systems", new OrganisationShortForms(l).expand("Quillon", l.tokens.size()));
    }

    @Test
    void testIllegalArguments() {
        assertThrows(NullPointerException.class, () -> new OrganisationShortForms(null));
    }
}
