package news.verbatim.extract;

import java.util.List;

/**
 * What {@link QuoteExtractor#extract(String)} found in one article.
 *
 * @param text   the cleaned article text; every quote offset points into it
 * @param quotes the quotations in order of appearance
 */
public record ExtractionResult(String text, List<ExtractedQuote> quotes) {
    public ExtractionResult {
        quotes = List.copyOf(quotes);
    }
}
