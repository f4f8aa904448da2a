package news.verbatim.verify;

import java.util.ArrayList;
import java.util.List;
import news.verbatim.text.TextNormalizer;

/**
 * Finds words a speaker quotes from someone else inside their own quote: in "Jamie came over and said, 'Big
 * man, he always goes low to your left,' and I just trusted it" (by Owen Pryce) the inner words are Jamie's as
 * Pryce reports them. Such a source does not say that Pryce, rather than Jamie, spoke them, so it must never
 * refute a claim that Jamie did (issue 8: a correct quote with its correct speaker answered MISATTRIBUTED).
 * Stateless.
 */
final class NestedQuotes {

    private NestedQuotes() {}

    /** Whether every word of {@code submitted} lies inside one quotation nested in the quote {@code attested}. */
    static boolean within(String attested, String submitted) {
        String words = TextNormalizer.normalize(submitted);
        if (words.isEmpty()) {
            return false;
        }
        for (String inner : innerQuotations(attested)) {
            if ((" " + TextNormalizer.normalize(inner) + " ").contains(" " + words + " ")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The quotations inside {@code text}, between an opening mark that starts a word and a closing mark that
     * ends one; an apostrophe inside a word ("he'd", "Harwick's") is neither.
     */
    static List<String> innerQuotations(String text) {
        List<String> out = new ArrayList<>();
        int open = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!isMark(c)) {
                continue;
            }
            boolean startsWord = (i == 0 || isBoundaryBefore(text.charAt(i - 1)))
                    && i + 1 < text.length()
                    && Character.isLetterOrDigit(text.charAt(i + 1));
            boolean endsWord = i > 0
                    && !Character.isWhitespace(text.charAt(i - 1))
                    && (i + 1 == text.length() || !Character.isLetterOrDigit(text.charAt(i + 1)));
            if (open < 0 && startsWord && c != '\u2019') {
                open = i;
            } else if (open >= 0 && endsWord && c != '\u2018' && c != '\u201C') {
                out.add(text.substring(open + 1, i));
                open = -1;
            }
        }
        return out;
    }

    private static boolean isMark(char c) {
        return c == '\'' || c == '"' || c == '\u2018' || c == '\u2019' || c == '\u201C' || c == '\u201D';
    }

    private static boolean isBoundaryBefore(char c) {
        return Character.isWhitespace(c) || c == ',' || c == ':' || c == '(' || c == '\u2014' || c == '-';
    }
}
