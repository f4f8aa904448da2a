package news.verbatim.quote;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import news.verbatim.article.OriginalArticle;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One article carrying a statement, with the exact wording it printed, and whether it is a copy of another. */
@Schema(name = "Source")
public record SourceView(
        @Schema(example = "2") long articleId,
        @Schema(example = "9") long quoteId,
        @Schema(example = "Jerusalem Post") String outlet,

        @Schema(example = "US urges Israel and Iran to constrain reprisal responses, avoid all out war")
        String title,

        @Schema(nullable = true) String url,
        @Schema(example = "2024-08-06") LocalDate date,

        @Schema(
                description = "This source's exact wording",
                example =
                        "But everyone in the region should understand that further attacks only perpetuate conflict, instability, insecurity for everyone")
        String text,

        @Schema(description = "True for the earliest original source (never a copy): the first appearance")
        boolean first,

        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(
                description =
                        "How this source's quote was given its speaker, with the cue in the article; absent for quotes stored before it was recorded")
        Attribution attribution,

        @Schema(
                description =
                        "True when this source reprints another outlet's article (the same text, or a wire credit naming another outlet): a copy, not an independent outlet")
        boolean copy,

        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(
                description =
                        "The stored original this source reprints; absent for an original, or a copy whose original is not stored")
        OriginalArticle copyOf,

        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(
                description =
                        "The outlet the article's wire or syndication credit line names; absent when it credits nobody",
                example = "Bloomberg")
        String creditedTo) {}
