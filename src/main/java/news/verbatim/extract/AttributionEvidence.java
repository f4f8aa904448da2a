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

    /** No evidence: the speaker is unknown. */
    public static final AttributionEvidence NONE = new AttributionEvidence(AttributionMethod.NONE, -1, -1);

    public AttributionEvidence {
        Objects.requireNonNull(method, "method");
        boolean none = cueStart == -1 && cueEnd == -1;
        if (!none && (cueStart < 0 || cueEnd < cueStart)) {
            throw new IllegalArgumentException("bad cue span " + cueStart + ".." + cueEnd);
        }
    }

    /** Whether a cue span is recorded. */
    public boolean hasCue() {
        return cueStart >= 0;
    }
}
