package news.verbatim.verify;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import news.verbatim.text.Token;

/**
 * Decides whether an edit between the submitted and the attested wording can change what the speaker meant:
 * it adds, drops or changes a negation, a number or quantity, or a named entity. All the word lists live here.
 *
 * <p>An edit is compared as two bags of such words, one per side, so rewording that keeps them ("don't" for
 * "do not", "Israel's" for "Israel") is not flagged while "not" → "never" or "300" → "200" is. A word counts
 * once, under the first of negation, number, entity that applies ("none" is a negation).
 *
 * <p>Named entity = a word starting with a capital letter that does not start a sentence (first word, or
 * after {@code . ! ? : …}, quotation marks and brackets skipped) in its own text; "I" is not one, and in a
 * text with no lower-case letters at all (typed in capitals) nothing is one, since capitals then say nothing.
 * A word capitalised in either text counts as an entity on both sides, so "Israel" at the start of the
 * submitted sentence still matches "Israel" inside the attested one.
 */
public final class MeaningChangeDetector {

    /** Negations; any word ending in "n't" (don't, won't, can't) is one too. */
    static final Set<String> NEGATIONS = Set.of(
            "not",
            "no",
            "never",
            "nobody",
            "nothing",
            "none",
            "neither",
            "nor",
            "without",
            "cannot",
            "nowhere",
            "noone",
            "hardly",
            "barely",
            "scarcely",
            "seldom",
            "rarely");

    /** Number words, ordinals and multipliers; any word containing a digit is a number too. */
    static final Set<String> NUMBER_WORDS = Set.of(
            "zero",
            "one",
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "eleven",
            "twelve",
            "thirteen",
            "fourteen",
            "fifteen",
            "sixteen",
            "seventeen",
            "eighteen",
            "nineteen",
            "twenty",
            "thirty",
            "forty",
            "fifty",
            "sixty",
            "seventy",
            "eighty",
            "ninety",
            "hundred",
            "hundreds",
            "thousand",
            "thousands",
            "million",
            "millions",
            "billion",
            "billions",
            "trillion",
            "trillions",
            "dozen",
            "dozens",
            "half",
            "halves",
            "quarter",
            "quarters",
            "third",
            "thirds",
            "first",
            "second",
            "fourth",
            "fifth",
            "sixth",
            "seventh",
            "eighth",
            "ninth",
            "tenth",
            "once",
            "twice",
            "thrice",
            "double",
            "triple",
            "percent",
            "pair",
            "couple");

    /** Quantifiers: changing "all" to "some" changes a claim as much as changing a number. */
    static final Set<String> QUANTITY_WORDS = Set.of(
            "all",
            "every",
            "each",
            "both",
            "some",
            "most",
            "many",
            "much",
            "few",
            "fewer",
            "several",
            "more",
            "less",
            "least",
            "majority",
            "minority",
            "numerous",
            "countless",
            "only",
            "entire",
            "whole",
            "any",
            "everyone",
            "everybody",
            "everything",
            "anyone",
            "nearly",
            "almost");

    /** "no matter what": that "no" denies nothing the speaker said. */
    private static final Set<String> NOT_NEGATED_AFTER_NO = Set.of("matter");

    /** "no one", "every one", "any one", "some one": that "one" is not a number. */
    private static final Set<String> ONE_AFTER = Set.of("no", "every", "any", "some");

    /** Number words that are plain numbers, so "10" and "ten" are the same number. */
    private static final Map<String, String> NUMBER_VALUES = Map.ofEntries(
            Map.entry("zero", "0"),
            Map.entry("one", "1"),
            Map.entry("two", "2"),
            Map.entry("three", "3"),
            Map.entry("four", "4"),
            Map.entry("five", "5"),
            Map.entry("six", "6"),
            Map.entry("seven", "7"),
            Map.entry("eight", "8"),
            Map.entry("nine", "9"),
            Map.entry("ten", "10"),
            Map.entry("eleven", "11"),
            Map.entry("twelve", "12"),
            Map.entry("dozen", "12"),
            Map.entry("twenty", "20"),
            Map.entry("hundred", "100"),
            Map.entry("thousand", "1000"),
            Map.entry("million", "1000000"));

    private MeaningChangeDetector() {}

    /** Whether a normalised word is a negation. */
    public static boolean isNegation(String norm) {
        return negationKey(norm) != null;
    }

    /** Whether a normalised word is a number or quantity. */
    public static boolean isNumberOrQuantity(String norm) {
        return numberKey(norm) != null;
    }

    /**
     * The meaning changes made by one edit that turns {@code attested} words into {@code submitted} words
     * (either side may be empty). Each token's offsets must be into {@code submittedText} or
     * {@code attestedText} respectively.
     */
    public static List<MeaningChange> changes(
            List<Token> submitted, String submittedText, List<Token> attested, String attestedText) {
        Objects.requireNonNull(submitted, "submitted");
        Objects.requireNonNull(attested, "attested");
        List<MeaningChange> out = new ArrayList<>(1);
        String sub = surface(submitted);
        String att = surface(attested);
        if (!negationBag(submitted).equals(negationBag(attested))) {
            out.add(new MeaningChange(MeaningChange.Type.NEGATION, sub, att));
        }
        if (!numberBag(submitted).equals(numberBag(attested))) {
            out.add(new MeaningChange(MeaningChange.Type.NUMBER, sub, att));
        }
        Set<String> entities = new HashSet<>();
        for (Token t : submitted) {
            if (isEntity(t, submittedText)) {
                entities.add(entityKey(t.norm()));
            }
        }
        for (Token t : attested) {
            if (isEntity(t, attestedText)) {
                entities.add(entityKey(t.norm()));
            }
        }
        if (!entities.isEmpty()) {
            Function<Token, String> entity = t -> entities.contains(entityKey(t.norm())) ? entityKey(t.norm()) : null;
            if (!bag(submitted, entity).equals(bag(attested, entity))) {
                out.add(new MeaningChange(MeaningChange.Type.ENTITY, sub, att));
            }
        }
        return out;
    }

    /**
     * The meaning change made by leaving attested words out without saying they were changed (an excerpt that
     * starts just after "No", an ellipsis over "not"): only negations count, since a journalist may
     * legitimately leave out a name or a number but not the word that reverses the sentence.
     */
    public static List<MeaningChange> omission(String submittedMarker, List<Token> omitted) {
        for (Token t : omitted) {
            if (isNegation(t.norm())) {
                return List.of(new MeaningChange(MeaningChange.Type.NEGATION, submittedMarker, surface(omitted)));
            }
        }
        return List.of();
    }

    /** Whether {@code token} is a named entity in {@code text} (see the class comment). */
    public static boolean isEntity(Token token, String text) {
        String s = token.surface();
        if (s.isEmpty() || token.norm().equals("i") || token.norm().startsWith("i'")) {
            return false;
        }
        int first = s.codePointAt(0);
        if (!(Character.isUpperCase(first) || Character.isTitleCase(first))) {
            return false;
        }
        // A capitalised word the journalist put in square brackets is a name, even at a sentence start.
        boolean bracketed = token.start() > 0 && text.charAt(token.start() - 1) == '[';
        return hasLowerCase(text) && (bracketed || !startsSentence(text, token.start()));
    }

    private static boolean hasLowerCase(String text) {
        return text.codePoints().anyMatch(Character::isLowerCase);
    }

    private static boolean startsSentence(String text, int offset) {
        for (int i = Math.min(offset, text.length()) - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || QuoteMarks.isAny(c) || c == '(' || c == '[' || c == '\u00A0') {
                continue;
            }
            return c == '.' || c == '!' || c == '?' || c == ':' || c == '\u2026';
        }
        return true;
    }

    private static String negationKey(String norm) {
        if (norm.endsWith("n't") || norm.equals("cannot") || norm.equals("not")) {
            return "not"; // "don't" = "do not", "cannot" = "can not"
        }
        if (norm.equals("nobody") || norm.equals("noone")) {
            return "no"; // "nobody" = "no one"
        }
        return NEGATIONS.contains(norm) ? norm : null;
    }

    private static String numberKey(String norm) {
        for (int i = 0; i < norm.length(); i++) {
            if (Character.isDigit(norm.charAt(i))) {
                return norm;
            }
        }
        if (NUMBER_VALUES.containsKey(norm)) {
            return NUMBER_VALUES.get(norm);
        }
        return NUMBER_WORDS.contains(norm) || QUANTITY_WORDS.contains(norm) ? norm : null;
    }

    private static String entityKey(String norm) {
        return norm.endsWith("'s") ? norm.substring(0, norm.length() - 2) : norm;
    }

    /** Negations, without the "no" of "no matter" ("no matter what" = "whatever", a concession, not a denial). */
    private static Map<String, Integer> negationBag(List<Token> tokens) {
        Map<String, Integer> out = new HashMap<>();
        for (int i = 0; i < tokens.size(); i++) {
            String k = negationKey(tokens.get(i).norm());
            if (k == null
                    || (k.equals("no")
                            && i + 1 < tokens.size()
                            && NOT_NEGATED_AFTER_NO.contains(tokens.get(i + 1).norm()))) {
                continue;
            }
            out.merge(k, 1, Integer::sum);
        }
        return out;
    }

    /** Numbers and quantities, without the "one" of "no one", "every one", "any one", "some one". */
    private static Map<String, Integer> numberBag(List<Token> tokens) {
        Map<String, Integer> out = new HashMap<>();
        for (int i = 0; i < tokens.size(); i++) {
            String norm = tokens.get(i).norm();
            if (negationKey(norm) != null) {
                continue;
            }
            // the printed word: house style writes "one" as its value
            if (tokens.get(i).printed().equals("one")
                    && i > 0
                    && ONE_AFTER.contains(tokens.get(i - 1).printed())) {
                continue;
            }
            String k = numberKey(norm);
            if (k != null) {
                out.merge(k, 1, Integer::sum);
            }
        }
        return out;
    }

    private static Map<String, Integer> bag(List<Token> tokens, Function<Token, String> key) {
        Map<String, Integer> out = new HashMap<>();
        for (Token t : tokens) {
            String k = key.apply(t);
            if (k != null) {
                out.merge(k, 1, Integer::sum);
            }
        }
        return out;
    }

    static String surface(List<Token> tokens) {
        StringBuilder b = new StringBuilder();
        for (Token t : tokens) {
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(t.surface());
        }
        return b.toString();
    }
}
