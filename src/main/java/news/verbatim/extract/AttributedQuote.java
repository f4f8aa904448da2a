package news.verbatim.extract;

import java.util.Objects;

/**
 * What the extractor decided about one quote that is speech.
 *
 * @param speaker           who said it ({@link ResolvedSpeaker#UNKNOWN} when the article does not say)
 * @param continuesPrevious a later part of a quote split around its attribution or over paragraphs
 * @param form              a whole sentence or a fragment
 * @param evidence          how the speaker was decided, with the cue's character offsets
 */
record AttributedQuote(
        ResolvedSpeaker speaker, boolean continuesPrevious, QuoteForm form, AttributionEvidence evidence) {
    AttributedQuote {
        Objects.requireNonNull(speaker, "speaker");
        Objects.requireNonNull(form, "form");
        Objects.requireNonNull(evidence, "evidence");
        if (!speaker.isKnown()) {
            evidence = AttributionEvidence.NONE; // an unknown speaker has no evidence to show
        }
    }

    /** The same quote spoken by {@code other}, which another part of the same quote established. */
    AttributedQuote withSpeakerOf(AttributedQuote part) {
        return new AttributedQuote(
                part.speaker,
                continuesPrevious,
                form,
                new AttributionEvidence(
                        AttributionMethod.CONTINUATION, part.evidence.cueStart(), part.evidence.cueEnd()));
    }
}
