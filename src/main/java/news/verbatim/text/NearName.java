package news.verbatim.text;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.apache.lucene.util.automaton.CharacterRunAutomaton;
import org.apache.lucene.util.automaton.LevenshteinAutomata;

/**
 * How near a typed name is to a known one: the same words, the same name in another transliteration
 * ("Araqchi" for "Araghchi"), or a slip of spelling ("Blinkin" for "Blinken"). A journalist who types a name
 * slightly wrong still means that person; only a verifier that says so is believed.
 *
 * <pre>{@code
 * NearName typed = new NearName("Abbas Araqchi");
 * typed.to("Abbas Araghchi");                 // TRANSLITERATION, 0 edits
 * new NearName("Blinkin").to("Antony Blinken"); // SPELLING, 1 edit (the typed words end the known name)
 * new NearName("Lind").to("Ida Lund");          // NONE: a short word must be typed exactly
 * }</pre>
 *
 * <p>The rule, word by word, the typed words lined up with the last words of the known name:
 *
 * <ul>
 *   <li>Words of at most {@value #MAX_SHORT_LETTERS} letters must be equal: "Lew" and "Lev" are two people
 *       far more often than one mistyped.
 *   <li>Longer words are compared after folding the usual transliteration variants of Arabic, Persian, Hebrew
 *       and Russian names into one spelling ({@link #fold}): kh, gh, q and k; ou and u; y and i; doubled
 *       letters. Equal folded words are another transliteration.
 *   <li>Otherwise the folded words may differ by {@value #MAX_EDITS} edit (a letter inserted, dropped, changed,
 *       or two letters swapped), or by {@value #MAX_EDITS_LONG} from {@value #LONG_WORD_LETTERS} letters on,
 *       measured with Lucene's Levenshtein automata: a spelling slip.
 * </ul>
 *
 * Which known name the typed one is read as, and what happens when two are equally near, is the caller's
 * decision: this class only measures.
 */
public final class NearName {

    /** Words this short must be typed exactly. */
    public static final int MAX_SHORT_LETTERS = 4;
    /** Edits allowed between two folded words. */
    public static final int MAX_EDITS = 1;
    /** Edits allowed between folded words at least {@link #LONG_WORD_LETTERS} long. */
    public static final int MAX_EDITS_LONG = 2;
    /** From this length on a word may be {@link #MAX_EDITS_LONG} edits off. */
    public static final int LONG_WORD_LETTERS = 9;

    /** How near: the ordering is the order of preference, the nearest first. */
    public enum Kind {
        /** The same words. */
        EXACT,
        /** The same name once transliteration variants are folded. */
        TRANSLITERATION,
        /** A word or two off by a slip of spelling. */
        SPELLING,
        /** Not the same name. */
        NONE
    }

    /**
     * How near one name is to another.
     *
     * @param kind  how near
     * @param edits the edits between the folded words (0 for exact and transliteration)
     */
    public record Nearness(Kind kind, int edits) implements Comparable<Nearness> {
        static final Nearness NONE = new Nearness(Kind.NONE, 0);

        /** Whether the typed name is near the known one without being it. */
        public boolean near() {
            return kind == Kind.TRANSLITERATION || kind == Kind.SPELLING;
        }

        @Override
        public int compareTo(Nearness other) {
            int byKind = kind.compareTo(other.kind);
            return byKind != 0 ? byKind : Integer.compare(edits, other.edits);
        }
    }

    /**
     * Automata accepting a folded word within 1 and 2 edits, by folded word. Building them costs far more than
     * running them (a quarter of a page check's CPU time when every unknown claimed name built its own), and the
     * same claimed names come back request after request; the automata are immutable, so threads share them.
     */
    private static final Cache<String, CharacterRunAutomaton[]> AUTOMATA =
            Caffeine.newBuilder().maximumSize(10_000).build();

    private final List<String> words;
    private final List<String> folded;

    /**
     * @param typed the name as typed, titles already dropped ("Antony Blinkin")
     * @throws IllegalArgumentException when {@code typed} has no word
     */
    public NearName(String typed) {
        Objects.requireNonNull(typed, "typed");
        String key = NameKeys.speaker(typed);
        if (key.isBlank()) {
            throw new IllegalArgumentException("a typed name needs a word: \"" + typed + "\"");
        }
        words = List.of(key.split(" "));
        folded = words.stream().map(NearName::fold).toList();
    }

    /** The typed words, as matching keys. */
    public List<String> words() {
        return words;
    }

    /** The last typed word: the surname, when a personal name was typed. */
    public String lastWord() {
        return words.get(words.size() - 1);
    }

    /**
     * How near the typed name is to {@code known} ("Antony Blinken", or an alias such as "Blinken"): NONE when
     * the known name has fewer words, or any word pair is neither equal nor near.
     */
    public Nearness to(String known) {
        Objects.requireNonNull(known, "known");
        String knownKey = NameKeys.speaker(known);
        if (knownKey.isBlank()) {
            return Nearness.NONE;
        }
        List<String> knownWords = Arrays.asList(knownKey.split(" "));
        int offset = knownWords.size() - words.size();
        if (offset < 0) {
            return Nearness.NONE;
        }
        Kind kind = Kind.EXACT;
        int edits = 0;
        for (int i = 0; i < words.size(); i++) {
            String other = knownWords.get(offset + i);
            if (other.equals(words.get(i))) {
                continue;
            }
            if (isShort(words.get(i)) || isShort(other)) {
                return Nearness.NONE;
            }
            String otherFolded = fold(other);
            if (otherFolded.equals(folded.get(i))) {
                kind = kind == Kind.SPELLING ? kind : Kind.TRANSLITERATION;
                continue;
            }
            int max = Math.min(words.get(i).length(), other.length()) >= LONG_WORD_LETTERS ? MAX_EDITS_LONG : MAX_EDITS;
            CharacterRunAutomaton[] withinEdits = AUTOMATA.get(folded.get(i), NearName::automata);
            int found = 0;
            for (int n = 1; n <= max && found == 0; n++) {
                if (withinEdits[n - 1].run(otherFolded)) {
                    found = n;
                }
            }
            if (found == 0) {
                return Nearness.NONE;
            }
            kind = Kind.SPELLING;
            edits += found;
        }
        return new Nearness(kind, edits);
    }

    /**
     * A word (a matching key, lower case) with the usual transliteration variants folded into one spelling: kh,
     * gh and q become k; ou becomes u; y becomes i; then doubled letters become one. "araghchi" and "araqchi"
     * both fold to "arakchi", "nasrallah" and "nasralah" to "nasralah".
     */
    public static String fold(String word) {
        String w = word.replace("kh", "k")
                .replace("gh", "k")
                .replace('q', 'k')
                .replace("ou", "u")
                .replace('y', 'i');
        StringBuilder b = new StringBuilder(w.length());
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (b.isEmpty() || b.charAt(b.length() - 1) != c) {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static boolean isShort(String word) {
        return word.codePointCount(0, word.length()) <= MAX_SHORT_LETTERS;
    }

    private static CharacterRunAutomaton[] automata(String foldedWord) {
        // with transpositions: "Blinekn" is one slip, not two
        LevenshteinAutomata lev = new LevenshteinAutomata(foldedWord, true);
        return new CharacterRunAutomaton[] {
            new CharacterRunAutomaton(lev.toAutomaton(1)), new CharacterRunAutomaton(lev.toAutomaton(2))
        };
    }
}
