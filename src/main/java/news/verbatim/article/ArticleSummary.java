package news.verbatim.article;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An article in a list: everything but its text. */
@Schema(name = "ArticleSummary")
public record ArticleSummary(
        @Schema(example = "1") long id,
        @Schema(example = "CNN") String outlet,

        @Schema(example = "Preparing to again defend Israel, US presses Iran and Israel to de-escalate")
        String title,

        @Schema(nullable = true) String url,
        @Schema(nullable = true) String author,
        @Schema(example = "2024-08-07") LocalDate publishedAt,
        @Schema(example = "6") long quoteCount) {}
