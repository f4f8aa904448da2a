package news.verbatim.verify;

import java.util.List;
import java.util.Objects;
import news.verbatim.text.Token;

/**
 * One candidate quote as {@link Verifier} weighed it: its words, the alignment of the submission in it, and
 * what that amounts to.
 *
 * @param quote     the attested quote
 * @param attested  its normalised words
 * @param alignment the submission placed in it
 * @param wording   how close the wording is; null when it is no match
 * @param weak      whether a match on it says little about who said a sentence
 */
record ScoredCandidate(AttestedQuote quote, List<Token> attested, Alignment alignment, Wording wording, boolean weak) {
    ScoredCandidate {
        Objects.requireNonNull(quote, "quote");
        Objects.requireNonNull(attested, "attested");
        Objects.requireNonNull(alignment, "alignment");
    }

    /** Whether the submission is ellipsis parts that each occur verbatim in the quote, in another order. */
    boolean isReordering(SubmittedQuote submitted) {
        return submitted.parts().size() > 1
                && !alignment.isExact()
                && WordAligner.everyPartOccurs(submitted.partTokens(), attested);
    }
}
