package news.verbatim.index;

import java.util.Objects;

/**
 * One quote to put in the index.
 *
 * @param quoteId the database id of the quote
 * @param text    the quote's text as attested (normalised by the index, not by the caller)
 * @param facets  what word search filters and orders it by; null for a quote indexed for verification only
 *                (word search then finds it unfiltered and orders it last)
 */
public record IndexedQuote(long quoteId, String text, QuoteFacets facets) {
    public IndexedQuote {
        Objects.requireNonNull(text, "text");
    }

    /** A quote without {@link QuoteFacets}: enough for finding candidates to verify. */
    public IndexedQuote(long quoteId, String text) {
        this(quoteId, text, null);
    }
}
