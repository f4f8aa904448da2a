package news.verbatim.extract;

/**
 * One run of quoted characters inside one paragraph, as found by {@link QuoteSpanScanner}, before anyone has
 * decided whether it is speech.
 *
 * @param paragraph            index of the paragraph holding the span
 * @param open                 offset of the opening mark
 * @param end                  offset just after the closing mark, or the paragraph end when the quote is not
 *                             closed in this paragraph
 * @param contentStart         first character of the quoted words (whitespace trimmed)
 * @param contentEnd           end of the quoted words (whitespace and one trailing comma trimmed)
 * @param single               British-style single marks rather than double marks
 * @param closed               a closing mark was found in this paragraph
 * @param continuesFromPrevious the span opens a paragraph that continues a quote left open by the previous one
 * @param continuesToNext      the span is left open at the paragraph end and the next paragraph re-opens it
 */
record QuoteSpan(
        int paragraph,
        int open,
        int end,
        int contentStart,
        int contentEnd,
        boolean single,
        boolean closed,
        boolean continuesFromPrevious,
        boolean continuesToNext) {

    /** The quoted characters of this span in {@code text}. */
    String contentOf(String text) {
        return text.substring(contentStart, contentEnd);
    }

    QuoteSpan withContinuesFromPrevious() {
        return new QuoteSpan(paragraph, open, end, contentStart, contentEnd, single, closed, true, continuesToNext);
    }
}
