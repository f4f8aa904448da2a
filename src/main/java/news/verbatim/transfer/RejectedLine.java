package news.verbatim.transfer;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A line of an import that was reported and skipped. */
@Schema(name = "RejectedLine")
public record RejectedLine(
        @Schema(description = "Line number in the body, from 1", example = "7")
        long line,

        @Schema(
                description = "Why, as POST /api/v1/articles would have answered",
                example = "publishedAt: must be a date yyyy-MM-dd, got '2024-13-01'")
        String reason) {}
