package news.verbatim.extract;

import java.util.Objects;

/**
 * Why a quote was given its speaker: the method and the cue in the cleaned article text ("Blinken said"), so a
 * reader can check the attribution where it was made.
 *
 * @param method   the kind of evidence
 * @param cueStart offset of the cue's first character in the cleaned text, or -1 when there is no cue
 * @param cueEnd   offset after the cue's last character, or -1
 */
public record AttributionEvidence(AttributionMethod method, int cueStart, int cueEnd) {

    /** The offset recorded for both ends of the cue when there is none. */
    public static final int NO_CUE = -1;

    /** No evidence: the speaker is unknown. */
    public static final AttributionEvidence NONE = withoutCue(AttributionMethod.NONE);

    public AttributionEvidence {
        Objects.requireNonNull(method, "method");
        boolean none = cueStart == NO_CUE && cueEnd == NO_CUE;
        if (!none && (cueStart < 0 || cueEnd < cueStart)) {
            throw new IllegalArgumentException("bad cue span " + cueStart + ".." + cueEnd);
        }
    }

    /** Evidence by {@code method} with no cue span to show (a speaker decided from context, say). */
    public static AttributionEvidence withoutCue(AttributionMethod method) {
        return new AttributionEvidence(method, NO_CUE, NO_CUE);
    }

    /** Whether a cue span is recorded. */
    public boolean hasCue() {
        return cueStart >= 0;
    }
}
