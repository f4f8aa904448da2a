package news.verbatim.quote;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * How a quote's speaker was decided, and the cue in the article text that decided it, so a reader can check
 * the attribution where it was made.
 *
 * @param method   how: one of the extraction methods, {@code MANUAL} for a quote added by hand, {@code CORRECTED}
 *                 for a speaker an editor set
 * @param cue      the cue as printed ("Blinken said"), or null when there is none
 * @param cueStart offset of the cue in the article text, or null
 * @param cueEnd   offset after the cue, or null
 */
@Schema(name = "Attribution", description = "How the speaker was decided, with the cue in the article text")
public record Attribution(
        @Schema(
                description = "How the speaker was decided",
                enumeration = {
                    "CUE_AFTER", "CUE_BEFORE", "CUE_SENTENCE_END", "ACCORDING_TO", "PRONOUN", "SURNAME", "EPITHET",
                    "CONTINUATION", "CONTEXT", "GROUP", "HEADLINE", "NONE", "MANUAL", "CORRECTED"
                },
                example = "CUE_AFTER")
        String method,

        @Schema(description = "The cue as printed", nullable = true, example = "Blinken told reporters")
        String cue,

        @Schema(description = "Offset of the cue in the article text", nullable = true, example = "212")
        Integer cueStart,

        @Schema(description = "Offset after the cue", nullable = true, example = "234")
        Integer cueEnd) {

    /** Longest cue kept as printed. */
    public static final int MAX_CUE_CHARS = 300;

    /** A quote added by hand: the person who added it is the evidence. */
    public static final Attribution MANUAL = new Attribution("MANUAL", null, null, null);

    /**
     * A speaker an editor set: the editor is the evidence, and the extractor's cue, which pointed elsewhere, is
     * no longer shown as the reason (the correction history keeps what it said).
     */
    public static final Attribution CORRECTED = new Attribution("CORRECTED", null, null, null);

    public Attribution {
        java.util.Objects.requireNonNull(method, "method");
        if (cue != null && cue.length() > MAX_CUE_CHARS) {
            cue = cue.substring(0, MAX_CUE_CHARS);
        }
    }
}
