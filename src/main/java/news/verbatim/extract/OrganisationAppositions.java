package news.verbatim.extract;

import java.util.List;
import java.util.Set;

/**
 * A pass of {@link EntityScanner} before names are registered: a capitalised name followed by an apposition
 * whose head is an institution noun ("Tuffetts Baby, the Bristol-based firm behind the chair, said") is an
 * organisation, wherever else the article prints it; it is recorded as an affiliation (never a person) and as an
 * organisation with that noun, so that "the company said" later points back at it.
 *
 * <pre>{@code
 * new OrganisationAppositions(layout, parser).register(entities);
 * }</pre>
 */
final class OrganisationAppositions {

    /** Most words between the apposition's article and its head noun ("the Bristol-based baby products firm"). */
    private static final int MAX_WORDS = 6;

    /** Words that end the apposition's noun phrase: the noun before them is its head. */
    private static final Set<String> PHRASE_ENDS = Set.of(
            "that", "which", "who", "whose", "behind", "with", "of", "in", "at", "for", "on", "from", "and", "to",
            "based", "owned", "run");

    private final ArticleLayout layout;
    private final List<Tok> toks;
    private final NameParser parser;

    OrganisationAppositions(ArticleLayout layout, NameParser parser) {
        this.layout = layout;
        this.toks = layout.tokens;
        this.parser = parser;
    }

    void register(ArticleEntities entities) {
        for (int s = 0; s < layout.sentenceCount(); s++) {
            int ss = layout.sentenceStart(s);
            int se = layout.sentenceEnd(s);
            for (int t = ss; t + 3 < se; t++) {
                if (!NameShapes.isNameToken(toks.get(t)) || !toks.get(t + 1).isPunct(",") || !isArticle(t + 2)) {
                    continue;
                }
                String head = headNoun(t + 3, se);
                if (head == null || !Lexicon.ORG_NOUNS.contains(head)) {
                    continue;
                }
                Mention m = parser.parseName(toks, ss, t);
                if (m != null && m.type() == Mention.Type.PERSON_NAME && m.coreWords() >= 2 && !m.titled()) {
                    String name = ArticleEntities.canonical(m.core());
                    entities.addAffiliation(name);
                    entities.addOrganisation(new ArticleEntities.Organisation(t, name, head));
                }
            }
        }
    }

    private boolean isArticle(int k) {
        String l = toks.get(k).lower();
        return l.equals("the") || l.equals("a") || l.equals("an");
    }

    /** The last word of the noun phrase starting at {@code from}, or null when it runs on too long. */
    private String headNoun(int from, int se) {
        int k = from;
        while (k < se
                && k - from < MAX_WORDS
                && toks.get(k).isWord()
                && !PHRASE_ENDS.contains(toks.get(k).lower())) {
            k++;
        }
        if (k == from || k - from >= MAX_WORDS && k < se && toks.get(k).isWord()) {
            return null;
        }
        Tok last = toks.get(k - 1);
        return last.isCap() || last.isPossessive() ? null : last.lower();
    }
}
