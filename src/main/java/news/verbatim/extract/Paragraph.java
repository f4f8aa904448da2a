package news.verbatim.extract;

/**
 * One paragraph of a cleaned article: a line of text.
 *
 * @param start offset of its first character
 * @param end   offset after its last character (the line break is not part of it)
 */
record Paragraph(int start, int end) {
    Paragraph {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException(
                    "a paragraph spans [start, end) with 0 <= start < end: " + start + ", " + end);
        }
    }
}
