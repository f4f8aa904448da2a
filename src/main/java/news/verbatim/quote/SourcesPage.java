package news.verbatim.quote;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a statement's sources (a page like every list), with how many are independent and how many copies. */
@Schema(name = "SourcesPage")
public record SourcesPage(
        @Schema(description = "The sources of this page: each original, then the copies of it")
        List<SourceView> items,

        @Schema(description = "Page number, from 0", example = "0")
        int page,

        @Schema(description = "Page size", example = "20") int size,

        @Schema(description = "Number of sources in the whole list, copies included", example = "2")
        long total,

        @Schema(
                description =
                        "Outlets that printed the statement independently: those of the originals, and the outlet a copy without its original here copies",
                example = "1")
        int independentOutlets,

        @Schema(description = "Sources that reprint another outlet's article", example = "1")
        int copies) {}
