package news.verbatim.verify;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import news.verbatim.text.TextNormalizer;
import news.verbatim.text.Token;

/**
 * A quote as a journalist pastes it, cleaned for verification: surrounding quotation marks (any style) and
 * a pasted attribution ({@code "…," Blinken said}, {@code …, he told reporters.}, {@code — Blinken},
 * {@code , said Antony Blinken}, {@code Blinken: "…"}, and one between two quoted pieces) are removed, and
 * the text is split at its ellipses ({@code ...}, {@code …}, {@code [...]}, {@code […]}, {@code (...)}) into
 * ordered parts that must each appear, in order, in the attested quote.
 *
 * <p>{@link #tokens()} are the words of {@link #text()} with offsets into it, so a diff can show them as
 * the journalist typed them; {@link #partTokens()} groups them by part. The journalist's own marks
 * ({@link #marks()}: {@code [sic]}, {@code (emphasis added)}, bracketed words) stay in the text; a note's words
 * are not tokens, bracketed words are.
 */
public final class SubmittedQuote {

    /** Longest submission accepted, in words: alignment cost grows with its length times the quote's. */
    public static final int MAX_WORDS = 1000;

    /** Longest trailing attribution looked for ("…,” said US Secretary of State Antony Blinken on Tuesday"). */
    static final int MAX_ATTRIBUTION_CHARS = 400;

    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2000-\\u200B\\u202F\\u205F\\u3000\\uFEFF]+");

    private static final Pattern ELLIPSIS = Pattern.compile("\\[\\s*(?:\u2026|\\.\\s?\\.\\s?\\.)\\s*\\]"
            + "|\\(\\s*(?:\u2026|\\.\\s?\\.\\s?\\.)\\s*\\)"
            + "|\u2026+|\\.(?:\\s?\\.){2,}");

    /** {@code Blinken said: "…"} or {@code Blinken: "…"}: a short lead-in, a colon, an opening mark. */
    private static final Pattern LEADING_ATTRIBUTION = Pattern.compile(
            "^([^:\"\u201C\u201D\u201E\u00AB\u00BB]{1,80}?)\\s*:\\s*(?=[\"\u201C\u201D\u201E\u00AB\u00BB'\u2018])");

    /** {@code …,” Blinken said. “…}: a closing mark, a short clause, an opening mark. */
    private static final Pattern MIDDLE_ATTRIBUTION =
            Pattern.compile("[\"\u201D\u201C\u00BB\u2019']\\s+([^\"\u201C\u201D\u00AB\u00BB]{1,120}?)"
                    + "\\s+(?=[\"\u201C\u201D\u00AB\u2018'])");

    private final String raw;
    private final String text;
    private final List<String> parts;
    private final String attributedName;
    private final List<Token> tokens;
    private final List<List<Token>> partTokens;
    private final boolean hasEllipsis;
    private final EditorialMarks marks;

    private SubmittedQuote(String raw, String text, String attributedName) {
        this.raw = raw;
        this.text = text;
        this.attributedName = attributedName;
        this.marks = EditorialMarks.find(text);
        this.tokens = TextNormalizer.styleTokens(text).stream()
                .filter(t -> !marks.hides(t))
                .toList();
        if (tokens.isEmpty()) {
            throw new IllegalArgumentException("the submitted quote has no words");
        }
        if (tokens.size() > MAX_WORDS) {
            throw new IllegalArgumentException("the submitted quote has more than " + MAX_WORDS + " words");
        }
        // Split at the ellipses by offsets, so part tokens keep their offsets into the whole text.
        List<int[]> ranges = new ArrayList<>();
        Matcher m = ELLIPSIS.matcher(text);
        int from = 0;
        boolean ellipsis = false;
        while (m.find()) {
            ellipsis = true;
            ranges.add(new int[] {from, m.start()});
            from = m.end();
        }
        ranges.add(new int[] {from, text.length()});
        this.hasEllipsis = ellipsis;
        List<String> ps = new ArrayList<>();
        List<List<Token>> pts = new ArrayList<>();
        for (int[] r : ranges) {
            List<Token> inPart = tokens.stream()
                    .filter(t -> t.start() >= r[0] && t.end() <= r[1])
                    .toList();
            if (!inPart.isEmpty()) {
                ps.add(marks.withoutNotes(text, r[0], r[1]).strip());
                pts.add(inPart);
            }
        }
        this.parts = List.copyOf(ps);
        this.partTokens = List.copyOf(pts);
    }

    /**
     * Cleans a pasted quote.
     *
     * @throws IllegalArgumentException when nothing with words is left, or it is longer than {@link #MAX_WORDS}
     */
    public static SubmittedQuote parse(String raw) {
        Objects.requireNonNull(raw, "raw");
        String s = SPACES.matcher(raw).replaceAll(" ").strip();
        String name = null;

        Matcher lead = LEADING_ATTRIBUTION.matcher(s);
        if (lead.find()) {
            AttributionClause a = AttributionClause.parse(lead.group(1), false);
            if (a == null && AttributionClause.isName(lead.group(1))) {
                a = AttributionClause.parse(lead.group(1), true);
            }
            if (a != null) {
                name = a.name().orElse(null);
                s = s.substring(lead.end());
            }
        }

        String[] trailing = cutTrailingAttribution(s);
        if (trailing != null) {
            s = trailing[0];
            if (trailing[1] != null) {
                name = trailing[1];
            }
        }

        if (!s.isEmpty() && QuoteMarks.isAny(s.charAt(0))) {
            StringBuilder joined = new StringBuilder();
            Matcher mid = MIDDLE_ATTRIBUTION.matcher(s);
            int last = 0;
            while (mid.find()) {
                AttributionClause a = AttributionClause.parse(mid.group(1), false);
                if (a != null) {
                    joined.append(s, last, mid.start()).append(' ');
                    last = mid.end() + 1; // also drop the opening mark of the next piece
                    if (name == null) {
                        name = a.name().orElse(null);
                    }
                }
            }
            joined.append(s.substring(Math.min(last, s.length())));
            s = joined.toString();
        }

        return new SubmittedQuote(raw, stripMarks(s), name);
    }

    /**
     * Finds the leftmost point (a comma, a closing quotation mark or a dash) after which the rest is an
     * attribution clause; returns {body, name-or-null}, or null when there is none.
     */
    private static String[] cutTrailingAttribution(String s) {
        // An attribution clause is at most a few words: only split points near the end can start one. Looking
        // further back would parse a long tail at every comma, which is quadratic in the submission's length.
        for (int i = Math.max(1, s.length() - MAX_ATTRIBUTION_CHARS); i < s.length(); i++) {
            char c = s.charAt(i);
            boolean dash = c == '\u2014'
                    || c == '\u2013'
                    || c == '\u2015'
                    || (c == '-'
                            && s.charAt(i - 1) == ' '
                            && i + 1 < s.length()
                            && (s.charAt(i + 1) == ' ' || s.charAt(i + 1) == '-'));
            boolean split = dash || c == ',' || isClosingMark(s, i);
            if (!split) {
                continue;
            }
            int after = i + 1;
            while (after < s.length() && (s.charAt(after) == '-' || s.charAt(after) == '\u2014')) {
                after++;
            }
            String tail = s.substring(after);
            // After a comma the closing mark may follow ("…,” Blinken said").
            tail = AttributionClause.stripLeading(tail, " ,;:" + QuoteMarks.DOUBLE + "\u2019'");
            if (tail.isEmpty()) {
                continue;
            }
            AttributionClause a = AttributionClause.parse(tail, dash);
            if (a != null) {
                return new String[] {s.substring(0, i), a.name().orElse(null)};
            }
        }
        return null;
    }

    /** A quotation mark that ends a quote: not after a space, and followed by a space, a comma or the end. */
    private static boolean isClosingMark(String s, int i) {
        char c = s.charAt(i);
        if (!QuoteMarks.isAny(c) || s.charAt(i - 1) == ' ') {
            return false;
        }
        if (i + 1 == s.length()) {
            return false; // nothing follows: no attribution to cut
        }
        char next = s.charAt(i + 1);
        return next == ' ' || next == ',';
    }

    /** Removes surrounding quotation marks and the punctuation a cut attribution leaves ("…,"). */
    private static String stripMarks(String s) {
        String prev;
        String cur = s.strip();
        do {
            prev = cur;
            boolean openedSingle = false;
            if (!cur.isEmpty() && QuoteMarks.isAny(cur.charAt(0))) {
                openedSingle = QuoteMarks.isSingle(cur.charAt(0));
                cur = cur.substring(1);
            }
            cur = AttributionClause.stripTrailing(cur, " ,;:");
            if (!cur.isEmpty()) {
                char last = cur.charAt(cur.length() - 1);
                // A trailing single mark may be an apostrophe ("the Joneses'"); only strip it as a mark when
                // a single mark opened the quote or punctuation precedes it.
                boolean punctBefore = cur.length() > 1 && ",.!?".indexOf(cur.charAt(cur.length() - 2)) >= 0;
                if (QuoteMarks.isDouble(last) || (QuoteMarks.isSingle(last) && (openedSingle || punctBefore))) {
                    cur = cur.substring(0, cur.length() - 1);
                }
            }
            cur = AttributionClause.stripTrailing(cur, " ,;:").strip();
        } while (!cur.equals(prev));
        return cur;
    }

    /** The text as submitted. */
    public String raw() {
        return raw;
    }

    /** The cleaned display text: no surrounding marks or attribution, single spaces. */
    public String text() {
        return text;
    }

    /** The pieces of {@link #text()} between ellipses, in order, each with at least one word; notes left out. */
    public List<String> parts() {
        return parts;
    }

    /** The speaker named in a pasted attribution, if it named one (not for "he said" or "a US official said"). */
    public Optional<String> attributedName() {
        return Optional.ofNullable(attributedName);
    }

    /** The words of {@link #text()}, with offsets into it. */
    public List<Token> tokens() {
        return tokens;
    }

    /** {@link #tokens()} grouped by {@link #parts()}. */
    public List<List<Token>> partTokens() {
        return partTokens;
    }

    /** The journalist's marks in {@link #text()}: notes and bracketed words. */
    public EditorialMarks marks() {
        return marks;
    }

    /** Whether the text has an ellipsis (even a leading or trailing one that leaves a single part). */
    public boolean hasEllipsis() {
        return hasEllipsis;
    }

    @Override
    public String toString() {
        return "SubmittedQuote[" + text + (attributedName == null ? "" : " — " + attributedName) + "]";
    }
}
