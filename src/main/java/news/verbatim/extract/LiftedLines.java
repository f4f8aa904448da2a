package news.verbatim.extract;

import java.util.regex.Pattern;
import news.verbatim.text.TextNormalizer;

/**
 * Tells the quoted lines that are page furniture rather than speech in their place: a sub-heading or pull
 * quote lifted from a quote further down ("'She kept asking for water'" on a line of its own, "Pull quote:
 * “…”") and a quoted headline ("'We failed her' - trust apologises …"). Such a line never continues the
 * speaker of the paragraph above it; its speaker is whoever said the same words in the body.
 *
 * <pre>{@code
 * LiftedLines lifted = new LiftedLines(layout);
 * if (lifted.isLifted(i)) { … speaker of the body quote that contains it … }
 * }</pre>
 */
final class LiftedLines {

    /** A sub-heading lifted from a quote is short; a longer quote on its own line is a quote paragraph. */
    private static final int MAX_LIFTED_WORDS = 14;

    /** No lifted line is longer than this many characters; a cheap bound before counting words. */
    private static final int MAX_LIFTED_CHARS = 120;

    /** A sub-heading or headline line is never longer than this many characters. */
    private static final int MAX_LINE_CHARS = 300;

    /** Closing quote marks at the end of a line, looked past to find how the line's sentence ends. */
    private static final Pattern TRAILING_CLOSING_MARKS = Pattern.compile("[\"'\u2019\u201D]+$");

    /** The label some pages print before a pull quote. */
    private static final String PULL_QUOTE_LABEL = "pull quote:";

    private final ArticleLayout layout;
    /** Per quote span: null until asked, then whether it is lifted (asked several times per span). */
    private final Boolean[] lifted;
    /** Per quote span: its normalised words with a space at each end, computed when first needed. */
    private final String[] words;

    LiftedLines(ArticleLayout layout) {
        this.layout = layout;
        this.lifted = new Boolean[layout.spans.size()];
        this.words = new String[layout.spans.size()];
    }

    /** Whether quote span {@code i} is a lifted sub-heading, pull quote or headline quote. */
    boolean isLifted(int i) {
        if (lifted[i] == null) {
            lifted[i] = decide(i);
        }
        return lifted[i];
    }

    /** The normalised words of quote span {@code i}, padded with spaces for whole-word containment tests. */
    String paddedWords(int i) {
        if (words[i] == null) {
            words[i] = " " + TextNormalizer.normalize(layout.spans.get(i).contentOf(layout.text)) + " ";
        }
        return words[i];
    }

    /**
     * The line of quote span {@code i} when the quote stands whole on a line short enough to be furniture; null for
     * a part of a longer quote, an unclosed one, or a body paragraph (which also keeps long substrings off the path).
     */
    private Paragraph shortLineOf(int i) {
        QuoteSpan span = layout.spans.get(i);
        if (span.continuesFromPrevious() || span.continuesToNext() || !span.closed()) {
            return null;
        }
        Paragraph p = layout.paragraphs.get(span.paragraph());
        return p.end() - p.start() > MAX_LINE_CHARS ? null : p;
    }

    private boolean decide(int i) {
        Paragraph p = shortLineOf(i);
        if (p == null) {
            return false;
        }
        QuoteSpan span = layout.spans.get(i);
        String content =
                layout.text.substring(span.contentStart(), span.contentEnd()).strip();
        if (content.length() > MAX_LIFTED_CHARS) {
            return false;
        }
        String before = layout.text.substring(p.start(), span.open()).strip();
        boolean pullQuote = Lexicon.lower(before).equals(PULL_QUOTE_LABEL);
        String after = after(i);
        if (!before.isEmpty() && !pullQuote) {
            return false;
        }
        if (!after.isEmpty() && !isHeadlineDash(after) && !isHeadlineColon(after, span)) {
            return false;
        }
        if (paddedWords(i).strip().split(" ").length > MAX_LIFTED_WORDS) {
            return false;
        }
        // A quote paragraph of its own ends its sentence inside the marks; a sub-heading usually does not, and
        // British sub-headings are set in single marks.
        return isHeadlineDash(after) || !after.isEmpty() || span.single() || !content.endsWith(".") || pullQuote;
    }

    /**
     * Whether a line opening on a quote goes on with a colon and the headline's own words ("'We argue about
     * flour, never about money': the sisters behind …"); only on the article's first line, where a colon after a
     * quote cannot introduce another quote.
     */
    private boolean isHeadlineColon(String after, QuoteSpan span) {
        // Below the first line too when the words after the colon end without a full stop, as a headline's do
        // (a select-all copy puts the site's name and sections above the headline).
        return after.startsWith(":") && !after.contains("\"") && (span.paragraph() == 0 || !after.endsWith("."));
    }

    /**
     * Whether quote span {@code i} ends a line that opens with a headline's or heading's own words and a colon
     * ("Council backs upgrade despite anger: 'We can't keep rebuilding'", "Mayor: 'Please don't drive into
     * floodwater'"): one phrase, no sentence and no other quote before the colon, nothing after the quote, no full
     * stop inside it. Unlike a lifted line it may name its speaker before the colon ("Ferrand: '…'"), so it is
     * only given a body quote's speaker when its own words name none.
     */
    boolean isHeadingQuote(int i) {
        Paragraph p = shortLineOf(i);
        if (p == null) {
            return false;
        }
        QuoteSpan span = layout.spans.get(i);
        String content =
                layout.text.substring(span.contentStart(), span.contentEnd()).strip();
        String before = layout.text.substring(p.start(), span.open()).strip();
        return content.length() <= MAX_LIFTED_CHARS && isHeadingLabel(before, after(i), content);
    }

    /**
     * Whether quote span {@code i} stands inside a short line that ends without a full stop, as a headline, a
     * standfirst or a sub-heading does ("Witness tells jury contractor said 'nobody checks' before roof collapse").
     */
    boolean isInHeadlineLine(int i) {
        Paragraph p = shortLineOf(i);
        if (p == null) {
            return false;
        }
        // A closing mark does not end a headline: "She said: “We will not go back.”" is a sentence of the body.
        String line = TRAILING_CLOSING_MARKS
                .matcher(layout.text.substring(p.start(), p.end()).strip())
                .replaceAll("");
        return !line.isEmpty() && ".!?".indexOf(line.charAt(line.length() - 1)) < 0;
    }

    private static boolean isHeadingLabel(String before, String after, String content) {
        return before.endsWith(":")
                && after.isEmpty()
                && !content.endsWith(".")
                && before.length() <= MAX_LIFTED_CHARS
                && before.chars().noneMatch(c -> c == '.' || c == '\u2018' || QuoteSpanScanner.isDouble((char) c));
    }

    /** Whether the line goes on after the quote with a dash, as a headline does ("' - Carrow hails …"). */
    static boolean isHeadlineDash(String after) {
        return after.startsWith("- ") || after.startsWith("\u2013 ") || after.startsWith("\u2014 ");
    }

    /** The text after the quote's closing mark on its line. */
    String after(int i) {
        QuoteSpan span = layout.spans.get(i);
        Paragraph p = layout.paragraphs.get(span.paragraph());
        return layout.text.substring(Math.min(span.end(), p.end()), p.end()).strip();
    }
}
