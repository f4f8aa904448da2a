package news.verbatim.quote;

import news.verbatim.extract.QuoteForm;

/** Whether a quotation is a whole spoken sentence or clause, or words quoted inside reported speech. */
public enum QuoteKind {
    /** A quoted sentence or clause the speaker said. */
    FULL,
    /** Words quoted inside reported speech, or a one- or two-word scare quote: weaker evidence. */
    FRAGMENT;

    /** The stored kind of a quote the engine judged to be of {@code form}. */
    public static QuoteKind of(QuoteForm form) {
        return switch (form) {
            case FULL -> FULL;
            case FRAGMENT -> FRAGMENT;
        };
    }

    /** This kind as the engine's {@link QuoteForm}, for the verifier. */
    public QuoteForm form() {
        return switch (this) {
            case FULL -> QuoteForm.FULL;
            case FRAGMENT -> QuoteForm.FRAGMENT;
        };
    }
}
