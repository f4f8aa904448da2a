package news.verbatim.extract;

import java.util.List;
import java.util.Objects;

/**
 * Expands the short form an article uses for an organisation it named in full earlier: "Quillon said" after
 * "Shares of Quillon Systems fell", "the ministry said" after "The Ministry of Education wants …", "Bellwether
 * said" after "Bellwether Housing". The full name is the capitalised run printed before the quote that starts with
 * the short form's words and holds an organisation word; without one, the short form stays as it is.
 *
 * <pre>{@code
 * String name = new OrganisationShortForms(layout).expand("Quillon", quoteToken); // "Quillon Systems"
 * }</pre>
 */
final class OrganisationShortForms {

    /** The most words a full name may add to its short form ("of Health and Social Care"). */
    private static final int MAX_EXTRA_TOKENS = 6;

    private final ArticleLayout layout;
    private final List<Tok> toks;

    OrganisationShortForms(ArticleLayout layout) {
        this.layout = Objects.requireNonNull(layout, "layout");
        this.toks = layout.tokens;
    }

    /** The full name of the organisation printed before token {@code tok} that {@code name} shortens, else name. */
    String expand(String name, int tok) {
        String[] words = name.split(" ");
        if (words.length == 0 || words[0].isEmpty()) {
            return name;
        }
        for (int k = Math.min(tok, toks.size()) - 1; k >= 0; k--) {
            if (!startsWith(k, words)) {
                continue;
            }
            int end = k + words.length - 1;
            int last = end;
            int sentence = layout.sentenceOf(k);
            for (int j = end + 1;
                    j < toks.size() && j <= end + MAX_EXTRA_TOKENS && layout.sentenceOf(j) == sentence;
                    j++) {
                Tok x = toks.get(j);
                String l = x.lower();
                if (x.isCap() && !x.isPossessive() && !Lexicon.CALENDAR.contains(l)) {
                    last = j;
                } else if (!(l.equals("of") || l.equals("and") || l.equals("for"))
                        || j + 1 >= toks.size()
                        || !toks.get(j + 1).isCap()) {
                    break;
                }
            }
            if (last > end && holdsOrgWord(k, last)) {
                return ArticleEntities.canonical(NameShapes.text(toks, k, last, toks.get(last)));
            }
        }
        return name;
    }

    private boolean startsWith(int k, String[] words) {
        if (k + words.length > toks.size()) {
            return false;
        }
        for (int i = 0; i < words.length; i++) {
            Tok t = toks.get(k + i);
            if (!t.isCap() || !Lexicon.lower(t.text()).equals(Lexicon.lower(words[i]))) {
                return false;
            }
        }
        return true;
    }

    private boolean holdsOrgWord(int a, int b) {
        for (int k = a; k <= b; k++) {
            if (Lexicon.ORG_WORDS.contains(toks.get(k).lower())) {
                return true;
            }
        }
        return false;
    }
}
