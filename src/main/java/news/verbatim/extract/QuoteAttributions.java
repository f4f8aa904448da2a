package news.verbatim.extract;

import java.util.Objects;

/**
 * Every candidate attribution of one quote, each {@link QuoteAttribution#NONE} when not found; the extractor
 * applies them in its order of precedence.
 *
 * @param after       the cue clause right after the quote ("“…,” the White House said")
 * @param before      the nearest cue verb before the quote in its sentence
 * @param accordingTo "according to X" later in the sentence
 * @param sentenceEnd a cue clause closing the sentence (", the coach said.")
 */
record QuoteAttributions(
        QuoteAttribution after, QuoteAttribution before, QuoteAttribution accordingTo, QuoteAttribution sentenceEnd) {
    QuoteAttributions {
        Objects.requireNonNull(after, "after");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(accordingTo, "accordingTo");
        Objects.requireNonNull(sentenceEnd, "sentenceEnd");
    }
}
