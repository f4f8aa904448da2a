package news.verbatim.index;

/**
 * A quote the index thinks may match a submission, to be checked word by word by the verifier. The score
 * only orders candidates of one search; it means nothing across searches and is not a verdict.
 *
 * @param quoteId the quote's id as given to {@link QuoteIndex#upsert}
 * @param score   the BM25 retrieval score, higher is closer
 */
public record Candidate(long quoteId, float score) {}
