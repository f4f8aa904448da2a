package news.verbatim.extract;

import java.util.List;
import java.util.Optional;

/**
 * Reads a speaker name somebody typed ("Secretary of State Blinken", "Mrs Patel", "Blinken's") with the same
 * parser the extractor applies to names printed in articles, so that a claimed name and a printed name reduce
 * to the same personal name: titles, ranks, roles, honorifics and a possessive ending are dropped.
 *
 * <pre>{@code
 * ClaimedName.personalName("Sgt Ana Ruiz");              // Optional["Ana Ruiz"]
 * ClaimedName.personalName("Secretary of State Blinken"); // Optional["Blinken"]
 * ClaimedName.personalName("the White House");           // Optional.empty(): not a personal name
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class ClaimedName {

    /** Longer input is not a name anyone types; parsing it would only cost time. */
    private static final int MAX_CHARS = 300;

    private static final QuoteSpanScanner SCANNER = new QuoteSpanScanner();
    private static final NameParser PARSER = new NameParser();

    private ClaimedName() {}

    /**
     * The personal name in {@code typed} without its titles, honorifics and possessive ending, as printed;
     * empty when the phrase is not a personal name (an organisation, an unnamed source, a pronoun) or blank.
     */
    public static Optional<String> personalName(String typed) {
        if (typed == null || typed.isBlank() || typed.length() > MAX_CHARS) {
            return Optional.empty();
        }
        String text = withoutPossessive(typed.strip());
        List<Tok> toks = new ArticleLayout(text, SCANNER).tokens;
        int last = toks.size() - 1;
        while (last >= 0 && !toks.get(last).isWord()) {
            last--; // "Dr. Roe." or a stray comma
        }
        if (last < 0) {
            return Optional.empty();
        }
        Mention m = PARSER.parseBackward(toks, 0, last);
        if (m == null || m.type() != Mention.Type.PERSON_NAME) {
            return Optional.empty();
        }
        // In copy "Georgia" before a name is often where the person is from; in a typed name it is the first name
        // ("Georgia Smith", "Mayor Jordan Maitland").
        String core = m.core();
        int start = m.first();
        if (m.coreWords() == 1) {
            for (int k = m.last() - 1;
                    k >= 0
                            && toks.get(k).isWord()
                            && Character.isUpperCase(toks.get(k).text().codePointAt(0))
                            && Lexicon.PLACES.contains(toks.get(k).lower());
                    k--) {
                core = toks.get(k).text() + " " + core;
                start = Math.min(start, k);
            }
        }
        if (start > firstWord(toks)) {
            return Optional.empty(); // words before the name that the parser could not read as a title
        }
        return Optional.of(core);
    }

    /**
     * Whether the person {@code typed} names could be the one "he" or "she" refers to: false only when the typed
     * words say otherwise, by a title or role ("Mrs Patel", "spokesman Reyes") or a first name the lexicon knows
     * ("Tom Hale" is not "she"). Any other pronoun fits anyone.
     */
    public static boolean mayBeCalled(String typed, String pronoun) {
        Gender wanted = Gender.ofPronoun(pronoun == null ? "" : Lexicon.lower(pronoun));
        if (!wanted.isKnown() || typed == null || typed.length() > MAX_CHARS) {
            return true;
        }
        Gender said = Gender.UNKNOWN;
        List<Tok> toks = new ArticleLayout(typed.strip(), SCANNER).tokens;
        for (Tok t : toks) {
            if (t.isWord() && Lexicon.MALE_WORDS.contains(t.lower())) {
                said = Gender.MALE;
            } else if (t.isWord() && Lexicon.FEMALE_WORDS.contains(t.lower())) {
                said = Gender.FEMALE;
            }
        }
        String name = personalName(typed).orElse("");
        if (!said.isKnown() && name.contains(" ")) { // a lone word is a surname, whatever its look
            String first = Lexicon.lower(name.substring(0, name.indexOf(' ')));
            said = Lexicon.MALE_FIRST_NAMES.contains(first)
                    ? Gender.MALE
                    : Lexicon.FEMALE_FIRST_NAMES.contains(first) ? Gender.FEMALE : Gender.UNKNOWN;
        }
        return said.admits(wanted);
    }

    private static int firstWord(List<Tok> toks) {
        for (int i = 0; i < toks.size(); i++) {
            if (toks.get(i).isWord()) {
                // "the mayor Reyes": a leading article is not a word the parser has to account for
                return toks.get(i).lower().equals("the") ? i + 1 : i;
            }
        }
        return 0;
    }

    /** "Blinken's" → "Blinken", "Jones'" → "Jones": a claim is often copied from a possessive phrase. */
    private static String withoutPossessive(String s) {
        if (s.endsWith("'s") || s.endsWith("\u2019s")) {
            return s.substring(0, s.length() - 2);
        }
        if (s.length() > 2 && (s.endsWith("s'") || s.endsWith("s\u2019"))) {
            return s.substring(0, s.length() - 1);
        }
        return s;
    }
}
