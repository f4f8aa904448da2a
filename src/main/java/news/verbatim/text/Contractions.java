package news.verbatim.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Contractions and the words they stand for ({@code style/contractions.txt}): "don't" and "do not", "it's"
 * and "it is" or "it has". They are not folded into one word by {@link HouseStyle} — a contraction changes the
 * words spoken, so "don't" and "do not" stay two wordings for statements and the index — but an edit that only
 * contracts or expands words is a style edit, not a changed word, and the diff says so.
 *
 * <pre>{@code
 * Contractions.same(List.of("we", "don't"), List.of("we", "do", "not")); // true
 * Contractions.same(List.of("it's"), List.of("it", "was"));             // false
 * }</pre>
 */
public final class Contractions {

    private static final Map<String, List<String[]>> EXPANSIONS = load();

    private Contractions() {}

    private static Map<String, List<String[]>> load() {
        Map<String, List<String[]>> out = new HashMap<>();
        StyleList.load("contractions.txt").forEach((words, contraction) -> {
            if (contraction.indexOf('\'') < 0) {
                throw new IllegalArgumentException("a contraction has an apostrophe: \"" + contraction + "\"");
            }
            out.computeIfAbsent(TextNormalizer.foldWord(contraction), k -> new ArrayList<>())
                    .add(words.split(" "));
        });
        out.replaceAll((k, v) -> List.copyOf(v));
        return Collections.unmodifiableMap(out); // a HashMap: looked up for every word of an edit
    }

    /**
     * Whether two runs of printed words (normalised, one word an element) are the same words but for
     * contractions, and differ in at least one.
     */
    public static boolean same(List<String> a, List<String> b) {
        return (hasContraction(a) || hasContraction(b)) && !a.equals(b) && match(a, 0, b, 0);
    }

    /** {@link #same} over the printed words of two runs of words; cheap when neither holds a contraction. */
    public static boolean sameWords(List<Token> a, List<Token> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return false;
        }
        // Runs that differ only by contractions start with a contraction or with the same word: most edits
        // are told apart by their first words.
        boolean mayMatch =
                a.get(0).norm().equals(b.get(0).norm()) || isContraction(a.get(0)) || isContraction(b.get(0));
        return mayMatch && (hasContractionToken(a) || hasContractionToken(b)) && same(printed(a), printed(b));
    }

    private static boolean isContraction(Token t) {
        // every contraction has an apostrophe (the list is checked), and is never folded
        return t.norm().indexOf('\'') >= 0 && EXPANSIONS.containsKey(t.norm());
    }

    private static boolean hasContractionToken(List<Token> words) {
        for (Token t : words) {
            if (isContraction(t)) {
                return true;
            }
        }
        return false;
    }

    private static List<String> printed(List<Token> tokens) {
        List<String> out = new ArrayList<>(tokens.size());
        for (Token t : tokens) {
            out.addAll(Arrays.asList(t.printed().split(" ")));
        }
        return out;
    }

    private static boolean hasContraction(List<String> words) {
        for (String w : words) {
            if (EXPANSIONS.containsKey(w)) {
                return true;
            }
        }
        return false;
    }

    private static boolean match(List<String> a, int i, List<String> b, int j) {
        if (i == a.size() || j == b.size()) {
            return i == a.size() && j == b.size();
        }
        if (a.get(i).equals(b.get(j)) && match(a, i + 1, b, j + 1)) {
            return true;
        }
        return expandsAt(a, i, b, j) || expandsAt(b, j, a, i);
    }

    /** Whether {@code a[i]} is a contraction whose words start {@code b} at {@code j}, the rest matching. */
    private static boolean expandsAt(List<String> a, int i, List<String> b, int j) {
        List<String[]> expansions = EXPANSIONS.get(a.get(i));
        if (expansions == null) {
            return false;
        }
        for (String[] e : expansions) {
            if (j + e.length <= b.size() && startsWith(b, j, e) && match(a, i + 1, b, j + e.length)) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWith(List<String> words, int from, String[] prefix) {
        for (int k = 0; k < prefix.length; k++) {
            if (!words.get(from + k).equals(prefix[k])) {
                return false;
            }
        }
        return true;
    }
}
