package news.verbatim.check;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import news.verbatim.common.PublicationDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A page to check: its text as the reader sees it, and where it claims to come from. */
@Schema(name = "CheckRequest")
public record CheckRequest(
        @NotBlank @Schema(
                required = true,
                description = "The article text as on the page (at most 1 MB); every span of the answer points into it",
                example = CheckExamples.REQUEST_TEXT)
        String text,

        @Size(max = 200) @Schema(
                description = "The outlet the page belongs to: each quote's claimed source, and which stored copy is"
                        + " this page",
                example = "Example Daily")
        String outlet,

        @PublicationDate
        @Schema(description = "The page's date, yyyy-MM-dd (1800-01-01 to tomorrow)", example = "2024-08-08")
        LocalDate publishedAt,

        @Size(max = 2000) @Schema(
                description = "The page's address: a stored article at this URL is this page, left out of the answer",
                nullable = true)
        String url,

        @Size(max = 500) @Schema(description = "The page's headline (not used for matching)", nullable = true)
        String title) {}
