package news.verbatim.transfer;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How far an import running on this instance has got, or how it ended. */
@Schema(name = "ImportProgress")
public record ImportProgress(
        @Schema(
                description = "The import's id, also in its answer (ImportSummary.id)",
                example = "6f1c2a9e-3b57-4d0a-9a8e-1f2d3c4b5a69")
        String id,

        @Schema(
                description = "RUNNING while lines are read; DONE when the answer was sent; FAILED when the upload"
                        + " broke off or the service failed (the batches committed before are kept)")
        ImportState state,

        @Schema(description = "When the first line was read", example = "2026-12-02T01:10:00Z")
        Instant startedAt,

        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "When it ended; absent while it runs", example = "2026-12-02T01:12:31Z")
        Instant finishedAt,

        @Schema(description = "Lines read so far, blank lines included", example = "120000")
        long lines,

        @Schema(description = "Articles stored so far (committed batches)", example = "119800")
        long imported,

        @Schema(description = "Articles found already stored so far", example = "150")
        long duplicates,

        @Schema(description = "Quotes stored so far", example = "718000")
        long quotes,

        @Schema(description = "Lines rejected so far", example = "50")
        long rejectedCount,

        @Schema(description = "Quotes stored per second of the import's wall time so far", example = "4750.5")
        double quotesPerSecond,

        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "Why it failed; absent unless FAILED", example = "the upload broke off: Connection reset")
        String failure) {

    /** Where an import is. */
    public enum ImportState {
        RUNNING,
        DONE,
        FAILED
    }
}
