package news.verbatim.extract;

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

    /** The label some pages print before a pull quote. */
    private static final String PULL_QUOTE_LABEL = "pull quote:";

    private final ArticleLayout layout;

    LiftedLines(ArticleLayout layout) {
        this.layout = layout;
    }

    /** Whether quote span {@code i} is a lifted sub-heading, pull quote or headline quote. */
    boolean isLifted(int i) {
        QuoteSpan span = layout.spans.get(i);
        if (span.continuesFromPrevious() || span.continuesToNext() || !span.closed()) {
            return false;
        }
        Paragraph p = layout.paragraphs.get(span.paragraph());
        String before = layout.text.substring(p.start(), span.open()).strip();
        String after =
                layout.text.substring(Math.min(span.end(), p.end()), p.end()).strip();
        String content =
                layout.text.substring(span.contentStart(), span.contentEnd()).strip();
        int words = TextNormalizer.normalize(content).split(" ").length;
        if (words > MAX_LIFTED_WORDS) {
            return false;
        }
        boolean labelled = before.isEmpty() || Lexicon.lower(before).equals(PULL_QUOTE_LABEL);
        if (!labelled) {
            return false;
        }
        if (isHeadlineDash(after)) {
            return true;
        }
        if (!after.isEmpty()) {
            return false;
        }
        // A quote paragraph of its own ends its sentence inside the marks; a sub-heading usually does not, and
        // British sub-headings are set in single marks.
        return span.single() || !content.endsWith(".") || Lexicon.lower(before).equals(PULL_QUOTE_LABEL);
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
