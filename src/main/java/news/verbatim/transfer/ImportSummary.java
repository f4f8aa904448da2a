package news.verbatim.transfer;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a bulk import did, line by line. */
@Schema(name = "ImportSummary")
public record ImportSummary(
        @Schema(
                description = "The import's id: GET /api/v1/import/{id} shows its progress and outcome",
                example = "6f1c2a9e-3b57-4d0a-9a8e-1f2d3c4b5a69")
        String id,

        @Schema(description = "Lines read, blank lines included", example = "5000")
        long lines,

        @Schema(description = "Articles stored", example = "4990")
        long imported,

        @Schema(
                description = "Articles already stored (same text, by normalised SHA-256), or repeated in the body",
                example = "7")
        long duplicates,

        @Schema(description = "Quotes stored with the imported articles", example = "31200")
        long quotes,

        @Schema(description = "Lines rejected, all counted", example = "3")
        long rejectedCount,

        @Schema(description = "The first rejected lines (at most verbatim.transfer.import-rejected-listed), in order")
        List<RejectedLine> rejected) {}
