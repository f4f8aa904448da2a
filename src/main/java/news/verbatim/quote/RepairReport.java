package news.verbatim.quote;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a statement repair did. */
@Schema(name = "RepairReport")
public record RepairReport(
        @Schema(description = "Quotes linked again", example = "46")
        long quotesChecked,

        @Schema(description = "Statements merged into another one", example = "0")
        int statementsMerged) {}
