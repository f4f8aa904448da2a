package news.verbatim.extract;

import java.util.regex.Pattern;

/**
 * Splitting copy at its runs of white space, no-break spaces included, with the pattern compiled once: {@code
 * String.split} with a pattern of more than one character compiles it on every call, which the extractor does
 * for every quote it reads.
 */
final class WordGaps {

    private static final Pattern GAPS = Pattern.compile("[\\s\u00A0]+");
    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

    private WordGaps() {}

    /** The words of {@code text} split at white space and no-break spaces (as {@code text.split} would). */
    static String[] words(String text) {
        return GAPS.split(text);
    }

    /**
     * The number of words {@link #words} would give, counted without splitting: the speaker resolver asks it of
     * every mention it weighs.
     */
    static int count(String text) {
        int words = 0;
        boolean inGap = true;
        for (int i = 0; i < text.length(); i++) {
            boolean gap = isGap(text.charAt(i));
            if (inGap && !gap) {
                words++;
            }
            inGap = gap;
        }
        if (text.isEmpty()) {
            return 1; // split gives the empty text back as its one word
        }
        // split keeps an empty first word before a leading gap, and gives nothing at all for gaps alone
        return words == 0 ? 0 : words + (isGap(text.charAt(0)) ? 1 : 0);
    }

    /** What {@code [\\s\u00A0]} matches: ASCII white space and the no-break space. */
    private static boolean isGap(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r' || c == '\u00A0';
    }

    /** {@code text} with each run of white space as one space. */
    static String singleSpaced(String text) {
        return WHITE_SPACE.matcher(text).replaceAll(" ");
    }
}
