package news.verbatim.verify;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Splits a submission into the sentence units a passage is verified by, one alignment each: a passage of several
 * consecutive sentences may span several stored quotes (and speakers), and no single quote then holds it whole.
 *
 * <p>A unit ends at {@code .}, {@code !} or {@code ?} (closing quotation marks and brackets after it included) that
 * is followed by a space and a capital letter, a digit or an opening quotation mark. A unit of fewer than
 * {@link #MIN_UNIT_WORDS} words ("Yes.", "No.") joins the one before it (or after it, at the start), since so few
 * words cannot be verified on their own. Ellipses do not split: the aligner places ellipsis parts itself.
 *
 * <pre>{@code
 * List<PassageUnits.Unit> units = PassageUnits.of(submitted.text());
 * if (units.size() >= 2) ... // verify each unit.text() on its own
 * }</pre>
 */
final class PassageUnits {

    /** Fewer words than this cannot be told apart from any other quote's words: such a sentence joins a neighbour. */
    static final int MIN_UNIT_WORDS = 4;

    /**
     * The most units a passage is split into; a longer submission is verified whole only, which keeps the cost of
     * one request bounded (each unit is one more retrieval and alignment).
     */
    static final int MAX_UNITS = 24;

    /** One sentence unit: its text and its offsets {@code [start, end)} in the submission. */
    record Unit(String text, int start, int end) {
        Unit {
            Objects.requireNonNull(text, "text");
            if (start < 0 || end < start) {
                throw new IllegalArgumentException("bad unit offsets " + start + ".." + end);
            }
        }
    }

    private PassageUnits() {}

    /** The units of {@code text}, in order; one unit when it is a single sentence, none when it is blank. */
    static List<Unit> of(String text) {
        Objects.requireNonNull(text, "text");
        List<Range> bounds = sentenceBounds(text);
        List<Unit> units = new ArrayList<>(bounds.size());
        for (Range b : bounds) {
            Unit unit = trimmed(text, b.start(), b.end());
            if (unit == null) {
                continue;
            }
            if (!units.isEmpty() && words(unit.text()) < MIN_UNIT_WORDS) {
                Unit last = units.remove(units.size() - 1);
                units.add(trimmed(text, last.start(), unit.end()));
            } else if (units.size() == 1 && words(units.get(0).text()) < MIN_UNIT_WORDS) {
                units.set(0, trimmed(text, units.get(0).start(), unit.end()));
            } else {
                units.add(unit);
            }
        }
        return List.copyOf(units);
    }

    /** A sentence's character range {@code [start, end)}, spaces included. */
    private record Range(int start, int end) {}

    /** Sentence ranges covering the text. */
    private static List<Range> sentenceBounds(String text) {
        List<Range> out = new ArrayList<>();
        int start = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c != '.' && c != '!' && c != '?') {
                continue;
            }
            int end = i + 1;
            while (end < n && isClosing(text.charAt(end))) {
                end++;
            }
            if (end < n && Character.isWhitespace(text.charAt(end)) && startsSentence(text, end)) {
                out.add(new Range(start, end));
                start = end;
                i = end - 1;
            }
        }
        if (start < n) {
            out.add(new Range(start, n));
        }
        return out;
    }

    private static boolean isClosing(char c) {
        return c == '"' || c == '\'' || c == '\u201D' || c == '\u2019' || c == ')' || c == ']';
    }

    /** Whether the first non-space character at or after {@code from} can open a sentence. */
    private static boolean startsSentence(String text, int from) {
        int i = from;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        if (i >= text.length()) {
            return false;
        }
        char c = text.charAt(i);
        return Character.isUpperCase(c) || Character.isDigit(c) || c == '"' || c == '\u201C' || c == '\u2018';
    }

    /** The unit of {@code [from, to)} without its surrounding spaces, or null when nothing is left. */
    private static Unit trimmed(String text, int from, int to) {
        int s = from;
        int e = to;
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        return s == e ? null : new Unit(text.substring(s, e), s, e);
    }

    private static int words(String text) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean letter = Character.isLetterOrDigit(text.charAt(i));
            if (letter && !inWord) {
                words++;
            }
            inWord = letter;
        }
        return words;
    }
}
