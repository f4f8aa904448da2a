package news.verbatim.quote;

/** Whether a quotation is a whole spoken sentence or clause, or words quoted inside reported speech. */
public enum QuoteKind {
    /** A quoted sentence or clause the speaker said. */
    FULL,
    /** Words quoted inside reported speech, or a one- or two-word scare quote: weaker evidence. */
    FRAGMENT
}
