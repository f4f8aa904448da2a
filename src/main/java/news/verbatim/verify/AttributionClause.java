package news.verbatim.verify;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import news.verbatim.extract.Lexicon;

/**
 * Recognises the attribution clause journalists paste along with a quote ("Blinken said on Tuesday",
 * "said Antony Blinken", "he told reporters", "according to Iranian state TV", "— Blinken") so that it can
 * be cut off, and pulls out the speaker's name when it is a name rather than a pronoun or a description.
 *
 * <p>Deliberately conservative: a clause counts only if it is short, has no quotation marks, and has a
 * speech verb after a plausible subject (or before a name), because cutting real quoted words off a
 * submission would be worse than leaving an attribution in (which only costs score).
 *
 * <p>Reads the engine's one {@link Lexicon}: a speech verb is a {@link Lexicon#CUE_VERBS cue verb} of
 * extraction used as a finite verb, the words allowed between a subject and its verb are its
 * {@link Lexicon#GAP_WORDS gap words}, so that what ingestion attributes and what verification cuts off agree.
 */
final class AttributionClause {

    /**
     * Lower-case words allowed inside a name ("Secretary of State", "Ali bin Hussein"): the particles of
     * personal names and the words that join title words, except "to" and "on", which in a pasted attribution
     * begin what follows the name ("said Blinken on Tuesday", "told Blinken to his face").
     */
    private static final Set<String> NAME_CONNECTORS = Stream.concat(
                    Lexicon.NAME_PARTICLES.stream(),
                    Lexicon.TITLE_JOINERS.stream().filter(w -> !w.equals("to") && !w.equals("on")))
            .collect(Collectors.toUnmodifiableSet());

    private static final int MAX_WORDS = 16;
    private static final int MAX_SUBJECT_WORDS = 9;
    private static final int MAX_NAME_WORDS = 8;
    /** "told reporters in Maryland on Tuesday" is five; a longer tail is more likely quoted words. */
    private static final int MAX_WORDS_AFTER_VERB = 7;

    /** The name found, or empty when the clause names nobody (a pronoun, "a senior official"). */
    private final Optional<String> name;

    private AttributionClause(String name) {
        this.name = Optional.ofNullable(name);
    }

    Optional<String> name() {
        return name;
    }

    /**
     * Parses {@code clause} (the text after a quote and its comma or closing mark) as an attribution, or
     * returns null when it is not one. With {@code afterDash} the clause followed a dash and must be a name.
     */
    static AttributionClause parse(String clause, boolean afterDash) {
        String t = clause.strip();
        t = stripLeading(t, ",;: ");
        t = stripTrailing(t, ".!;, ");
        if (t.isEmpty() || QuoteMarks.containsDouble(t)) {
            return null;
        }
        if (afterDash) {
            String candidate = t.contains(",") ? t.substring(0, t.indexOf(',')).strip() : t;
            return isName(candidate) ? new AttributionClause(candidate) : null;
        }
        String[] words = t.split(" ");
        if (words.length > MAX_WORDS) {
            return null;
        }
        String lower = t.toLowerCase(Locale.ROOT);
        if (lower.startsWith("according to ")) {
            String rest = t.substring("according to ".length()).strip();
            if (rest.contains(",")) {
                return null;
            }
            return new AttributionClause(nameOf(rest));
        }
        int verb = -1;
        for (int i = 0; i < words.length && i <= MAX_SUBJECT_WORDS; i++) {
            if (isSpeechVerb(words, i)) {
                verb = i;
                break;
            }
        }
        if (verb < 0) {
            return null;
        }
        String after = String.join(" ", Arrays.asList(words).subList(verb + 1, words.length));
        if (words.length - verb - 1 > MAX_WORDS_AFTER_VERB) {
            return null;
        }
        if (words[verb].endsWith(",")) {
            // "Blinken said, and we will win" is more than an attribution; leave the text alone.
            return null;
        }
        if (verb == 0) {
            // "said Antony Blinken", "said Blinken on Tuesday", "said a senior official".
            return new AttributionClause(nameOf(leadingName(after)));
        }
        if (after.contains(",")) {
            // "Blinken said, adding that ..." is more than an attribution; leave the text alone.
            return null;
        }
        int end = verb;
        while (end > 0 && Lexicon.GAP_WORDS.contains(bare(words[end - 1]))) {
            end--;
        }
        if (end == 0) {
            return null;
        }
        String subject = String.join(" ", Arrays.asList(words).subList(0, end));
        String first = bare(words[0]);
        if (end == 1 && Lexicon.THIRD_PERSON_PRONOUNS.contains(first)) {
            return new AttributionClause(null);
        }
        if (!(first.equals("a") || first.equals("an") || first.equals("the") || startsUpper(words[0]))) {
            return null; // "and they know it" is not a subject
        }
        if (subject.contains(",")) {
            subject = subject.substring(0, subject.indexOf(',')); // "Blinken, the top diplomat, said"
        }
        return new AttributionClause(nameOf(subject));
    }

    /**
     * Whether {@code words[i]} is a speech verb with a subject of its own: a cue verb, but not a participle
     * ("…,” adding Iran wants …" starts new reported speech, as extraction reads it too) and not a noun after a
     * determiner ("the claims", "his calls"), the rule of extraction's cue test.
     */
    private static boolean isSpeechVerb(String[] words, int i) {
        String w = bare(words[i]);
        return Lexicon.CUE_VERBS.contains(w)
                && !Lexicon.PARTICIPLE_CUES.contains(w)
                && !(i > 0 && Lexicon.NOUN_DETERMINERS.contains(bare(words[i - 1])));
    }

    /** The name in a subject phrase, or null: "the White House" gives "White House", "a US official" none. */
    private static String nameOf(String phrase) {
        String p = phrase.strip();
        if (p.isEmpty()) {
            return null;
        }
        String lower = p.toLowerCase(Locale.ROOT);
        if (lower.startsWith("the ")) {
            p = p.substring(4).strip();
        }
        return isName(p) ? p : null;
    }

    /** The capitalised words at the start of {@code text}: "Blinken on Tuesday" gives "Blinken". */
    private static String leadingName(String text) {
        String[] words = text.strip().split(" ");
        StringBuilder out = new StringBuilder();
        for (String w : words) {
            if (w.isEmpty() || !(startsUpper(w) || (out.length() > 0 && NAME_CONNECTORS.contains(w)))) {
                break;
            }
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(w);
        }
        String name = stripTrailing(out.toString(), ",");
        // A trailing connector ("Blinken of") is not part of the name.
        while (!name.isEmpty() && NAME_CONNECTORS.contains(name.substring(name.lastIndexOf(' ') + 1))) {
            name = name.lastIndexOf(' ') < 0 ? "" : name.substring(0, name.lastIndexOf(' '));
        }
        return name;
    }

    /** One to eight words, the first capitalised, the others capitalised or name connectors. */
    static boolean isName(String text) {
        String[] words = text.strip().split(" ");
        if (words.length == 0 || words.length > MAX_NAME_WORDS || words[0].isEmpty() || !startsUpper(words[0])) {
            return false;
        }
        for (String w : words) {
            if (!(startsUpper(w) || NAME_CONNECTORS.contains(w) || w.startsWith("@"))) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsUpper(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isLetter(c)) {
                return Character.isUpperCase(c) || Character.isTitleCase(c);
            }
            if (c != '@' && !QuoteMarks.isAny(c) && c != '(') {
                return false;
            }
        }
        return false;
    }

    /** A word lower-cased without surrounding punctuation. */
    private static String bare(String word) {
        int a = 0;
        int b = word.length();
        while (a < b && !Character.isLetterOrDigit(word.charAt(a))) {
            a++;
        }
        while (b > a && !Character.isLetterOrDigit(word.charAt(b - 1))) {
            b--;
        }
        return word.substring(a, b).toLowerCase(Locale.ROOT);
    }

    static String stripLeading(String s, String chars) {
        int a = 0;
        while (a < s.length() && chars.indexOf(s.charAt(a)) >= 0) {
            a++;
        }
        return s.substring(a);
    }

    static String stripTrailing(String s, String chars) {
        int b = s.length();
        while (b > 0 && chars.indexOf(s.charAt(b - 1)) >= 0) {
            b--;
        }
        return s.substring(0, b);
    }
}
