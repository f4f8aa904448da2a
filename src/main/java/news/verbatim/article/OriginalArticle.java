package news.verbatim.article;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The stored original a copy reprints, as articles and sources name it. */
@Schema(name = "OriginalArticle")
public record OriginalArticle(
        @Schema(example = "5") long articleId,
        @Schema(example = "Bloomberg") String outlet,

        @Schema(example = "Israel coordinates with US and UK ahead of expected Iranian strike")
        String title) {}
