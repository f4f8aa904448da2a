package news.verbatim.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The stage that folds the variants of the house-style lists ({@link StyleList}) into their key: a run of
 * words that spells a listed variant, joined as the variant is joined, becomes one word whose form is the key
 * and whose printed words are the run's. The longest variant wins where several start at one word.
 *
 * <p>A hyphen (any dash) and a space join alike, as they do in the printed words ("all-out" = "all out"):
 * listing "iron-clad" folds "iron clad" too, so only compounds whose open form has no other sense are listed
 * ("every day" is not "everyday"). A point joins only as a point, so "u s" in running text is never taken for
 * "U.S."; a variant ending in a point takes the printed point with it when there is one ("U.S." is shown
 * whole).
 */
final class ListedForms implements StyleStage {

    /** How two words of a variant are joined: by a space or a hyphen alike, or by a point. */
    private enum Join {
        SPACE_OR_HYPHEN,
        POINT
    }

    /** One listed variant: its words, how they are joined, whether it ends in a point, and its key. */
    private record Variant(String[] words, Join[] joins, boolean trailingPoint, String key) {
        String printed() {
            return String.join(" ", words);
        }
    }

    private static final String POSSESSIVE = "'s";

    /** Variants by their first word, longest first. */
    private final Map<String, List<Variant>> byFirstWord = new HashMap<>();
    /** The family of each variant's printed words with its key, for {@link #familyOf}. */
    private final Map<String, StyleFamily> printedForms = new HashMap<>();

    /**
     * @param lists for each family, its list: each variant as written, mapped to its key (one list a family;
     *     a variant listed in two families belongs to the first)
     */
    ListedForms(Map<StyleFamily, Map<String, String>> lists) {
        lists.forEach((family, variants) -> variants.forEach((written, key) -> {
            Objects.requireNonNull(family, "family");
            Variant v = parse(written, key);
            byFirstWord.computeIfAbsent(v.words()[0], w -> new ArrayList<>()).add(v);
            printedForms.putIfAbsent(v.printed() + "\u0000" + v.key(), family);
        }));
        byFirstWord
                .values()
                .forEach(list -> list.sort(
                        Comparator.comparingInt((Variant v) -> v.words().length).reversed()));
    }

    private static Variant parse(String written, String key) {
        List<Token> words = written.equals("%") ? List.of(new Token("%", 0, 1, "%")) : TextNormalizer.tokenize(written);
        if (words.isEmpty() || key.isEmpty()) {
            throw new IllegalArgumentException("a variant needs words and a key: \"" + written + "\"");
        }
        String[] ws = new String[words.size()];
        Join[] joins = new Join[words.size() - 1];
        for (int i = 0; i < words.size(); i++) {
            ws[i] = words.get(i).norm();
            if (i > 0) {
                joins[i - 1] =
                        join(written, words.get(i - 1).end(), words.get(i).start());
                if (joins[i - 1] == null) {
                    throw new IllegalArgumentException(
                            "a variant's words are joined by a space, a hyphen or a point: \"" + written + "\"");
                }
            }
        }
        boolean point = written.endsWith(".");
        return new Variant(ws, joins, point, TextNormalizer.foldWord(key.replace(" ", "")));
    }

    /** How the text between two words joins them, or null when it is none of the three joins. */
    private static Join join(String text, int from, int to) {
        if (to - from == 1) {
            char c = text.charAt(from);
            if (c == '.') {
                return Join.POINT;
            }
            if (Character.getType(c) == Character.DASH_PUNCTUATION) {
                return Join.SPACE_OR_HYPHEN;
            }
        }
        if (to <= from) {
            return null;
        }
        for (int i = from; i < to; i++) {
            if (!Character.isWhitespace(text.charAt(i)) && text.charAt(i) != '\u00A0') {
                return null;
            }
        }
        return Join.SPACE_OR_HYPHEN;
    }

    @Override
    public List<Token> apply(String text, List<Token> words) {
        return WordRuns.fold(text, words, this::runAt);
    }

    private WordRuns.Run runAt(String text, List<Token> words, int i) {
        Variant v = longestAt(text, words, i);
        if (v == null) {
            return possessiveAt(words.get(i));
        }
        int end = words.get(i + v.words().length - 1).end();
        if (v.trailingPoint() && end < text.length() && text.charAt(end) == '.') {
            end++;
        }
        return new WordRuns.Run(v.words().length, v.key(), end);
    }

    /** A listed one-word variant with a possessive "'s" ("organisation's" = "organization's"), or null. */
    private WordRuns.Run possessiveAt(Token word) {
        String w = word.norm();
        if (!w.endsWith(POSSESSIVE)) {
            return null;
        }
        List<Variant> candidates = byFirstWord.get(w.substring(0, w.length() - POSSESSIVE.length()));
        if (candidates == null) {
            return null;
        }
        for (Variant v : candidates) {
            if (v.words().length == 1) {
                return new WordRuns.Run(1, v.key() + POSSESSIVE, word.end());
            }
        }
        return null;
    }

    private Variant longestAt(String text, List<Token> words, int i) {
        List<Variant> candidates = byFirstWord.get(words.get(i).norm());
        if (candidates == null) {
            return null;
        }
        for (Variant v : candidates) {
            if (matches(text, words, i, v)) {
                return v;
            }
        }
        return null;
    }

    private static boolean matches(String text, List<Token> words, int i, Variant v) {
        int n = v.words().length;
        if (i + n > words.size()) {
            return false;
        }
        for (int k = 1; k < n; k++) {
            Token prev = words.get(i + k - 1);
            Token next = words.get(i + k);
            if (!next.norm().equals(v.words()[k]) || join(text, prev.end(), next.start()) != v.joins()[k - 1]) {
                return false;
            }
        }
        return true;
    }

    @Override
    public StyleFamily familyOf(Token word) {
        String printed = word.printed();
        String norm = word.norm();
        if (printed.endsWith(POSSESSIVE) && norm.endsWith(POSSESSIVE)) {
            printed = printed.substring(0, printed.length() - POSSESSIVE.length());
            norm = norm.substring(0, norm.length() - POSSESSIVE.length());
        }
        return printedForms.get(printed + "\u0000" + norm);
    }
}
