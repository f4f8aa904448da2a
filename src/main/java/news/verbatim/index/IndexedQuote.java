package news.verbatim.index;

import java.util.Objects;

/**
 * One quote to put in the index when rebuilding it with {@link QuoteIndex#replaceAll}.
 *
 * @param quoteId the database id of the quote
 * @param text    the quote's text as attested (normalised by the index, not by the caller)
 */
public record IndexedQuote(long quoteId, String text) {
    public IndexedQuote {
        Objects.requireNonNull(text, "text");
    }
}
