package news.verbatim.correction;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One entry of a quote's correction history. */
@Schema(name = "QuoteCorrection")
public record CorrectionView(
        @Schema(example = "3") long id,
        @Schema(example = "42") long quoteId,
        CorrectedField field,

        @Schema(description = "The speaker's name, or the kind, before", example = "unknown")
        String oldValue,

        @Schema(description = "The speaker's name, or the kind, after", example = "Ann Roe")
        String newValue,

        @Schema(description = "For a SPEAKER correction, the speaker before", nullable = true, example = "7")
        Long oldSpeakerId,

        @Schema(description = "For a SPEAKER correction, the speaker after", nullable = true, example = "12")
        Long newSpeakerId,

        @Schema(nullable = true, example = "Named in the council's statement")
        String note,

        @Schema(description = "When it was made (UTC)", example = "2026-12-01T14:05:09.120Z")
        Instant correctedAt) {

    static CorrectionView of(QuoteCorrection c) {
        return new CorrectionView(
                c.id,
                c.quoteId,
                c.field,
                c.oldValue,
                c.newValue,
                c.oldSpeakerId,
                c.newSpeakerId,
                c.note,
                c.correctedAt);
    }
}
