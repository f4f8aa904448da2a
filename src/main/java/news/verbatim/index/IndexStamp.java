package news.verbatim.index;

/**
 * What the last {@link QuoteIndex#commit(String)} recorded about the index, so that the service can tell at
 * start-up whether the index on disk matches the database or must be rebuilt.
 *
 * @param fingerprint the caller's fingerprint of the quote table when it committed
 * @param quoteCount  number of quotes in the index at that commit
 * @param maxQuoteId  the largest quote id in the index at that commit, or -1 when it was empty
 */
public record IndexStamp(String fingerprint, long quoteCount, long maxQuoteId) {}
