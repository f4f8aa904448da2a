package news.verbatim.transfer;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import news.verbatim.article.NewArticleRequest;
import news.verbatim.article.SpeakerOverride;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One line of an import or an export: the fields of {@code POST /api/v1/articles} ({@link NewArticleRequest},
 * checked exactly as that endpoint checks them), plus what an export adds so that another instance stores the
 * article unchanged: its quotes, its idempotency key, whether it was made by adding a quote by hand, and the
 * original it reprints with the credit its copy printed. A line
 * without {@code quotes} is raw copy, cleaned and extracted like a posted article.
 */
@Schema(name = "ArticleLine", description = "One NDJSON line of an import or export")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ArticleLine(
        @Schema(required = true, example = "Jerusalem Post") String outlet,

        @Schema(required = true, example = "US urges Israel and Iran to constrain reprisal responses")
        String title,

        @Schema(nullable = true) String url,
        @Schema(required = true, example = "2024-08-06") LocalDate publishedAt,
        @Schema(nullable = true) String author,

        @Schema(
                required = true,
                description = "Raw copy; with quotes, the stored text (kept as it is, their offsets point into it)")
        String text,

        @Schema(nullable = true, description = "As for POST /api/v1/articles; raw copy only (not with quotes)")
        List<SpeakerOverride> speakerOverrides,

        @Size(max = 500) @Schema(
                nullable = true,
                description = "Export only: the stored quotes in text order; the text is then not extracted again")
        List<@Valid ExportedQuote> quotes,

        @Schema(
                nullable = true,
                description = "Export only (with quotes): the idempotency key where it was exported",
                pattern = "^[0-9a-f]{64}$")
        String sha256,

        @Schema(nullable = true, description = "Export only (with quotes): a one-quote article added by hand")
        Boolean manual,

        @Valid @Schema(
                nullable = true,
                description =
                        "Export only (with quotes): the original this article reprints, by the keys that survive the move")
        ExportedOriginal copyOf,

        @Size(max = 200) @Schema(
                nullable = true,
                description = "Export only (with quotes): the outlet the article's wire credit line names")
        String creditedTo,

        @Schema(
                nullable = true,
                description = "Export only (with quotes): true when creditedTo only distributed the story")
        Boolean creditedDistributor) {

    /** The original of an exported copy: its outlet and idempotency key (ids are not carried). */
    @Schema(name = "ExportedOriginal")
    public record ExportedOriginal(
            @Schema(required = true, example = "Bloomberg") @jakarta.validation.constraints.NotBlank String outlet,

            @Schema(required = true, pattern = "^[0-9a-f]{64}$")
            @jakarta.validation.constraints.Pattern(regexp = "[0-9a-f]{64}") @jakarta.validation.constraints.NotNull String sha256) {}

    /** The fields {@code POST /api/v1/articles} takes, for the same checks. */
    NewArticleRequest asRequest() {
        return new NewArticleRequest(outlet, title, url, publishedAt, author, text, speakerOverrides);
    }

    boolean carriesQuotes() {
        return quotes != null;
    }
}
