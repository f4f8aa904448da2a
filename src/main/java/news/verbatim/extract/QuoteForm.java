package news.verbatim.extract;

/**
 * The engine's decision on how much of a sentence a quotation gives: a whole spoken sentence or clause, or a
 * few words quoted inside reported speech. The extractor decides it; the verifier weighs a match by it.
 *
 * <p>The feature packages keep their own enum for storage and the API and map to and from this one.
 */
public enum QuoteForm {
    /** A quoted sentence or clause the speaker said. */
    FULL,
    /** Words quoted inside reported speech, or a one- or two-word scare quote: weaker evidence. */
    FRAGMENT
}
