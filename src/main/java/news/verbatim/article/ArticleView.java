package news.verbatim.article;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An article with its stored text; quote offsets point into {@code text}. */
@Schema(name = "Article")
public record ArticleView(
        @Schema(example = "1") long id,
        @Schema(example = "CNN") String outlet,

        @Schema(example = "Preparing to again defend Israel, US presses Iran and Israel to de-escalate")
        String title,

        @Schema(nullable = true) String url,
        @Schema(nullable = true) String author,
        @Schema(example = "2024-08-07") LocalDate publishedAt,
        @Schema(example = "6") long quoteCount,

        @Schema(description = "SHA-256 of the normalised text, the idempotency key of ingestion within the outlet")
        String sha256,

        @Schema(description = "The stored article text") String text,

        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "The stored original this article reprints; absent for an original")
        OriginalArticle copyOf,

        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(
                description =
                        "The outlet the copy's wire or syndication credit line names; absent when it credits nobody",
                example = "Bloomberg")
        String creditedTo,

        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(
                description =
                        "True when creditedTo only distributed the story (\"via Tribune Content Agency\"); absent otherwise")
        Boolean creditedDistributor) {

    static ArticleView of(Article a, long quoteCount) {
        Article root = a.copyOf == null ? null : CopyLinker.rootOf(a);
        OriginalArticle original =
                root == null || root == a ? null : new OriginalArticle(root.id, root.outlet.name, root.title);
        return new ArticleView(
                a.id,
                a.outlet.name,
                a.title,
                a.url,
                a.author,
                a.publishedAt,
                quoteCount,
                a.textSha256,
                a.text,
                original,
                a.creditedOutlet,
                a.creditedDistributor ? Boolean.TRUE : null);
    }
}
