package news.verbatim.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Maps offsets in the text {@link TextCleaner} returns back to the raw copy it was given, so that a quote found in
 * the cleaned text can be shown where the caller sent it.
 *
 * <p>It relies on what the cleaner promises: every cleaned paragraph is one raw line with its ends trimmed (and a
 * heading mark or a glued comment form cut off), the characters inside kept as they are, in the raw order. Each
 * cleaned paragraph is therefore found in its own raw line, and an offset inside it moves by that line's shift.
 *
 * <pre>{@code
 * ExtractionResult found = extractor.extract(raw);
 * OriginalOffsets offsets = OriginalOffsets.of(raw, found.text());
 * int start = offsets.toRaw(quote.start()); // raw.substring(start, offsets.toRaw(quote.end())) is the quote
 * }</pre>
 */
public final class OriginalOffsets {

    /** Paragraphs of the cleaned text are separated by exactly this. */
    private static final String PARAGRAPH_BREAK = "\n\n";

    private final int[] cleanedStarts;
    private final int[] rawStarts;
    private final int cleanedLength;

    private OriginalOffsets(int[] cleanedStarts, int[] rawStarts, int cleanedLength) {
        this.cleanedStarts = cleanedStarts;
        this.rawStarts = rawStarts;
        this.cleanedLength = cleanedLength;
    }

    /**
     * The map from {@code cleaned} to {@code raw}.
     *
     * @throws IllegalArgumentException when a paragraph of {@code cleaned} is not in {@code raw} in order, i.e. it
     *     is not the cleaner's output for that copy
     */
    public static OriginalOffsets of(String raw, String cleaned) {
        List<int[]> rawLines = lines(raw);
        List<Integer> cleanedStarts = new ArrayList<>();
        List<Integer> rawStarts = new ArrayList<>();
        int line = 0;
        int paragraphStart = 0;
        while (paragraphStart < cleaned.length()) {
            int paragraphEnd = cleaned.indexOf(PARAGRAPH_BREAK, paragraphStart);
            if (paragraphEnd < 0) {
                paragraphEnd = cleaned.length();
            }
            String paragraph = cleaned.substring(paragraphStart, paragraphEnd);
            int found = -1;
            while (line < rawLines.size() && found < 0) {
                int[] span = rawLines.get(line++);
                int at = raw.substring(span[0], span[1]).indexOf(paragraph);
                found = at < 0 ? -1 : span[0] + at;
            }
            if (found < 0) {
                throw new IllegalArgumentException(
                        "cleaned paragraph at offset " + paragraphStart + " is not in the raw text in order");
            }
            cleanedStarts.add(paragraphStart);
            rawStarts.add(found);
            paragraphStart = paragraphEnd + PARAGRAPH_BREAK.length();
        }
        return new OriginalOffsets(
                cleanedStarts.stream().mapToInt(Integer::intValue).toArray(),
                rawStarts.stream().mapToInt(Integer::intValue).toArray(),
                cleaned.length());
    }

    /**
     * The raw offset of {@code cleanedOffset}: of the character there, or just after the paragraph's last
     * character for an end offset.
     */
    public int toRaw(int cleanedOffset) {
        if (cleanedOffset < 0 || cleanedOffset > cleanedLength) {
            throw new IllegalArgumentException(
                    "offset " + cleanedOffset + " is outside the cleaned text (length " + cleanedLength + ")");
        }
        if (cleanedStarts.length == 0) {
            return 0;
        }
        int i = java.util.Arrays.binarySearch(cleanedStarts, cleanedOffset);
        int paragraph = i >= 0 ? i : Math.max(0, -i - 2);
        return rawStarts[paragraph] + cleanedOffset - cleanedStarts[paragraph];
    }

    /** Start and end of every line of {@code raw}, split at any line break as the cleaner splits it. */
    private static List<int[]> lines(String raw) {
        List<int[]> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '\n' || c == '\r') {
                out.add(new int[] {start, i});
                if (c == '\r' && i + 1 < raw.length() && raw.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        out.add(new int[] {start, raw.length()});
        return out;
    }
}
