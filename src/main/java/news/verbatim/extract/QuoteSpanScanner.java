package news.verbatim.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds quoted spans in cleaned text, paragraph by paragraph, in one left-to-right pass per paragraph.
 *
 * <p>Why context rather than glyphs: copy often carries the wrong glyph (an opening ” at the start of a quote,
 * a straight " closing a curly “), so a double mark is classified by what stands around it (space before and a
 * word after opens; a word or punctuation before and space after closes) and only falls back on its glyph when
 * the context is ambiguous. Single marks are apostrophes far more often than quotation marks (don't, Hamas’,
 * ’90s), so a single mark only opens a quote when a plausible closing mark follows in the same paragraph (or the
 * next paragraph re-opens it), and a possessive {@code s’} is only taken as the closing mark when nothing better
 * follows. Marks of the other style inside an open quote are nested quotation and stay part of the content; a
 * second opening mark of the same style inside an open quote is a stray mark and stays part of the content too.
 *
 * <p>A quote left open at the end of a paragraph whose next paragraph starts with an opening mark is the
 * multi-paragraph convention: each paragraph yields its own span, linked by the continuation flags.
 */
final class QuoteSpanScanner {

    /** {@code nextStart} of the last paragraph. */
    private static final int NO_NEXT_PARAGRAPH = -1;

    /** Scans every paragraph of {@code text}. */
    List<QuoteSpan> scan(String text, List<Paragraph> paragraphs) {
        List<QuoteSpan> spans = new ArrayList<>();
        boolean carry = false;
        for (int p = 0; p < paragraphs.size(); p++) {
            int start = paragraphs.get(p).start();
            int end = paragraphs.get(p).end();
            int nextStart = p + 1 < paragraphs.size() ? paragraphs.get(p + 1).start() : NO_NEXT_PARAGRAPH;
            int before = spans.size();
            scanParagraph(text, p, start, end, nextStart, spans);
            if (carry && spans.size() > before && spans.get(before).open() == start) {
                spans.set(before, spans.get(before).withContinuesFromPrevious());
            }
            carry = spans.size() > before && spans.get(spans.size() - 1).continuesToNext();
        }
        return spans;
    }

    private void scanParagraph(String text, int p, int start, int end, int nextStart, List<QuoteSpan> out) {
        int i = start;
        while (i < end) {
            char c = text.charAt(i);
            if (isDouble(c)) {
                if (opens(text, i, start, end, true)) {
                    i = scanDouble(text, p, i, start, end, nextStart, out);
                    continue;
                }
            } else if (isSingle(c)) {
                if (opensSingle(text, i, start, end)) {
                    int close = findSingleClose(text, i + 1, end);
                    if (close >= 0) {
                        add(out, text, p, i, close + 1, i + 1, close, true, true, false);
                        i = close + 1;
                        continue;
                    }
                    if (nextStart != NO_NEXT_PARAGRAPH && startsWithOpening(text, nextStart, true)) {
                        add(out, text, p, i, end, i + 1, end, true, false, true);
                        return;
                    }
                }
            }
            i++;
        }
    }

    /** Scans a double-mark quote opened at {@code open}; returns the offset to continue from. */
    private int scanDouble(String text, int p, int open, int start, int end, int nextStart, List<QuoteSpan> out) {
        for (int j = open + 1; j < end; j++) {
            char c = text.charAt(j);
            if (!isDouble(c)) {
                continue;
            }
            if (closes(text, j, start, end)) {
                add(out, text, p, open, j + 1, open + 1, j, false, true, false);
                return j + 1;
            }
            // An opening mark while a double quote is open is a stray mark (002: "fire. “stay in power.”"):
            // it stays inside the content.
        }
        boolean continues = nextStart != NO_NEXT_PARAGRAPH && startsWithOpening(text, nextStart, false);
        add(out, text, p, open, end, open + 1, end, false, false, continues);
        return end;
    }

    private static void add(
            List<QuoteSpan> out,
            String text,
            int p,
            int open,
            int spanEnd,
            int cs,
            int ce,
            boolean single,
            boolean closed,
            boolean continues) {
        while (cs < ce && TextCleaner.isSpace(text.charAt(cs))) {
            cs++;
        }
        while (ce > cs && TextCleaner.isSpace(text.charAt(ce - 1))) {
            ce--;
        }
        if (ce > cs && text.charAt(ce - 1) == ',') {
            ce--;
            while (ce > cs && TextCleaner.isSpace(text.charAt(ce - 1))) {
                ce--;
            }
        }
        if (ce <= cs) {
            return;
        }
        out.add(new QuoteSpan(p, open, spanEnd, cs, ce, single, closed, false, continues));
    }

    /** True when the paragraph at {@code at} opens with a quotation mark of the given style. */
    private static boolean startsWithOpening(String text, int at, boolean single) {
        if (at >= text.length()) {
            return false;
        }
        char c = text.charAt(at);
        return single
                ? isSingle(c) && c != '\u2019'
                        || c == '\u2019' && at + 1 < text.length() && Character.isUpperCase(text.charAt(at + 1))
                : isDouble(c);
    }

    static boolean isDouble(char c) {
        return c == '"'
                || c == '\u201C'
                || c == '\u201D'
                || c == '\u201E'
                || c == '\u201F'
                || c == '\u00AB'
                || c == '\u00BB';
    }

    static boolean isSingle(char c) {
        return c == '\'' || c == '\u2018' || c == '\u2019' || c == '\u201A' || c == '\u2039' || c == '\u203A';
    }

    /** Whether the double mark at {@code i} opens a quote. */
    private static boolean opens(String text, int i, int start, int end, boolean noneOpen) {
        boolean left = leftFlanking(text, i, start, end);
        boolean right = rightFlanking(text, i, start, end);
        if (left && !right) {
            return true;
        }
        if (right && !left) {
            return false;
        }
        char c = text.charAt(i);
        return c == '\u201C' || c == '\u201E' || c == '\u00AB' || c == '"' && noneOpen;
    }

    /** Whether the double mark at {@code i}, inside an open quote, closes it. */
    private static boolean closes(String text, int i, int start, int end) {
        boolean left = leftFlanking(text, i, start, end);
        boolean right = rightFlanking(text, i, start, end);
        if (right && !left) {
            return true;
        }
        if (left && !right) {
            return false;
        }
        char c = text.charAt(i);
        return c != '\u201C' && c != '\u201E' && c != '\u00AB';
    }

    /** Space (or an opening bracket or dash) before, a word after. */
    private static boolean leftFlanking(String text, int i, int start, int end) {
        boolean before = i == start || isOpenContext(text.charAt(i - 1));
        boolean after = i + 1 < end && !TextCleaner.isSpace(text.charAt(i + 1));
        return before && after;
    }

    /** A word or punctuation before, space, punctuation or the paragraph end after. */
    private static boolean rightFlanking(String text, int i, int start, int end) {
        boolean before = i > start && !TextCleaner.isSpace(text.charAt(i - 1));
        boolean after = i + 1 >= end || isCloseContext(text.charAt(i + 1));
        return before && after;
    }

    private static boolean isOpenContext(char c) {
        return TextCleaner.isSpace(c)
                || c == '('
                || c == '['
                || c == '{'
                || c == '\u2014'
                || c == '\u2013'
                || c == '-'
                || c == '/'
                || isDouble(c)
                || isSingle(c)
                || c == ':';
    }

    private static boolean isCloseContext(char c) {
        return TextCleaner.isSpace(c) || ".,;:!?)]}\u2014\u2013-/\u2026".indexOf(c) >= 0 || isDouble(c) || isSingle(c);
    }

    /**
     * A single mark opens a quote when it stands before a word after space or an opening bracket, and is not
     * an elision ('90s, 'em, 'til).
     */
    private static boolean opensSingle(String text, int i, int start, int end) {
        char c = text.charAt(i);
        if (c == '\u203A') {
            return false;
        }
        if (!leftFlanking(text, i, start, end)) {
            return false;
        }
        // ‘ is only ever an opening mark ("‘20 years ago …"); ’ and ' before a word may be elisions ('90s).
        return c == '\u2018' || !isElision(text, i + 1, end);
    }

    private static boolean isElision(String text, int i, int end) {
        int j = i;
        while (j < end && Character.isLetterOrDigit(text.charAt(j))) {
            j++;
        }
        String word = Lexicon.lower(text.substring(i, j));
        if (word.matches("\\d0s|\\d\\ds|\\d\\d")) {
            return true;
        }
        return switch (word) {
            case "em", "tis", "twas", "cause", "til", "n", "round", "bout", "cos", "coz", "nuff", "ello", "ere" -> true;
            default -> false;
        };
    }

    /**
     * The closing single mark for a quote whose words start at {@code from}, or -1. A mark between two letters
     * is an apostrophe. A mark after punctuation, or after a letter other than s, closes at once; a possessive
     * {@code s’} only closes when no other candidate follows in the paragraph.
     */
    private static int findSingleClose(String text, int from, int end) {
        int possessive = -1;
        for (int j = from; j < end; j++) {
            char c = text.charAt(j);
            if (c == '\u2018' && j > from && TextCleaner.isSpace(text.charAt(j - 1))) {
                // A new opening single mark after space: the earlier candidate (if any) was the close. Stopping
                // here also keeps the scan linear when a paragraph has many opening marks and no close.
                return possessive;
            }
            if (isDouble(c)) {
                continue; // nested double quotes are content
            }
            if (c != '\'' && c != '\u2019' && c != '\u203A') {
                continue;
            }
            boolean prevLetter = j > from && Character.isLetterOrDigit(text.charAt(j - 1));
            boolean nextLetter = j + 1 < end && Character.isLetterOrDigit(text.charAt(j + 1));
            if (prevLetter && nextLetter) {
                continue; // don't, Sa’ar
            }
            if (j == from || TextCleaner.isSpace(text.charAt(j - 1))) {
                continue; // an opening mark or elision, not a close
            }
            boolean nextOk = j + 1 >= end || isCloseContext(text.charAt(j + 1));
            if (!nextOk) {
                continue;
            }
            char prev = text.charAt(j - 1);
            if ((prev == 's' || prev == 'S')
                    && j + 2 < end
                    && TextCleaner.isSpace(text.charAt(j + 1))
                    && Character.isLetterOrDigit(text.charAt(j + 2))) {
                if (possessive < 0) {
                    possessive = j;
                }
                continue;
            }
            return j;
        }
        return possessive;
    }
}
