package news.verbatim.article;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import news.verbatim.common.PublicationDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Raw article copy to ingest: Verbatim cleans it and extracts its quotes. */
@Schema(name = "NewArticle")
public record NewArticleRequest(
        @NotBlank @Size(max = 200) @Schema(required = true, example = "Jerusalem Post")
        String outlet,

        @NotBlank @Size(max = 500) @Schema(
                required = true,
                example = "US urges Israel and Iran to constrain reprisal responses, avoid all out war")
        String title,

        @Size(max = 2000) @Pattern(regexp = "https?://\\S+", message = "must be an http(s) URL")
        @Schema(example = "https://www.example.com/news/article")
        String url,

        @NotNull @PublicationDate
        @Schema(
                required = true,
                description = "Publication date yyyy-MM-dd, 1800-01-01 to tomorrow",
                example = "2024-08-06")
        LocalDate publishedAt,

        @Size(max = 300) @Schema(example = "Jane Roe") String author,

        @NotBlank @Schema(
                required = true,
                description = "The article text as copied (at most 1 MB); web boilerplate is cleaned away",
                example =
                        "“No one should escalate this conflict,” US Secretary of State Antony Blinken told reporters in Maryland on Tuesday.")
        String text,

        @Size(max = ArticleIngestion.MAX_QUOTES_PER_ARTICLE) @Schema(
                description = "Speakers an editor chose in the preview, each for the preview quote at these offsets; "
                        + "the later parts of a split quote follow their first part. Optional; ignored when the text is "
                        + "already stored")
        List<@Valid SpeakerOverride> speakerOverrides) {}
