package news.verbatim.extract;

/**
 * One quotation found in an article.
 *
 * @param text              the quoted words, equal to {@code result.text().substring(start, end)}: the
 *                          characters between the quotation marks with surrounding whitespace and a trailing
 *                          comma removed (a final . ? ! or ... is kept)
 * @param start             offset of the first quoted character in the cleaned text
 * @param end               offset after the last quoted character
 * @param kind              FULL for a quoted sentence or clause, FRAGMENT for words quoted in reported speech
 * @param speaker           who said it
 * @param continuesPrevious the second (third …) part of a quote split around its attribution, or the next
 *                          paragraph of a quote that runs over several paragraphs
 * @param evidence          how the speaker was decided, with the cue's offsets in the cleaned text
 */
public record ExtractedQuote(
        String text,
        int start,
        int end,
        QuoteForm kind,
        ExtractedSpeaker speaker,
        boolean continuesPrevious,
        AttributionEvidence evidence) {
    public ExtractedQuote {
        java.util.Objects.requireNonNull(evidence, "evidence");
    }
}
