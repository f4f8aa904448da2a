package news.verbatim.extract;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A pass of {@link EntityScanner} before names are registered: a capitalised run ending in a plural that the
 * article also prints after "the" ("Coldbrook Saints" beside "the Saints derby", "the Sacramento Redwoods held on")
 * is a team's or a band's name, never a person's, wherever else it is printed; it is recorded as an affiliation.
 * People are not called "the Saints"; a family is, but then a family noun follows ("the Evans family").
 *
 * <pre>{@code
 * new TeamNames(layout).register(entities);
 * }</pre>
 */
final class TeamNames {

    /** Most words of a team's name ("Sacramento Redwoods", "Bay of Plenty Steamers" stops at "of"). */
    private static final int MAX_WORDS = 4;

    /** "the Saints", "the Redwoods'", with the lower-case word after it, if any ("the Evans family"). */
    private static final Pattern PLURAL_AFTER_THE =
            Pattern.compile("\\bthe (\\p{Lu}\\p{Ll}{2,}[^s\\s]s)\\b['\u2019]?(?: (\\p{Ll}+))?");

    private final ArticleLayout layout;
    private final List<Tok> toks;

    TeamNames(ArticleLayout layout) {
        this.layout = layout;
        this.toks = layout.tokens;
    }

    void register(ArticleEntities entities) {
        Set<String> afterThe = pluralsAfterThe();
        if (afterThe.isEmpty()) {
            return;
        }
        for (int t = 1; t < toks.size(); t++) {
            Tok last = toks.get(t);
            boolean runEnds = t + 1 >= toks.size() || !NameShapes.isNameToken(toks.get(t + 1));
            if (!runEnds || !NameShapes.isNameToken(last) || !afterThe.contains(last.withoutPossessive())) {
                continue;
            }
            int first = t;
            while (first > 0
                    && t - first + 1 < MAX_WORDS
                    && NameShapes.isNameToken(toks.get(first - 1))
                    && !toks.get(first - 1).isPossessive()) {
                first--;
            }
            if (first < t) {
                entities.addAffiliation(ArticleEntities.canonical(NameShapes.printed(layout.text, toks, first, t)));
            }
        }
    }

    /**
     * The capitalised plurals printed right after a lower-case "the" and not before a family noun, read from the
     * text itself: a related link's quoted headline ("'I'll be back for the Saints derby'") counts too.
     */
    private Set<String> pluralsAfterThe() {
        Set<String> out = new HashSet<>();
        Matcher m = PLURAL_AFTER_THE.matcher(layout.text);
        while (m.find()) {
            String next = m.group(2) == null ? "" : m.group(2);
            if (!Lexicon.KIN_GROUPS.contains(next) && !Lexicon.RELATION_NOUNS.contains(next)) {
                out.add(m.group(1));
            }
        }
        return out;
    }
}
