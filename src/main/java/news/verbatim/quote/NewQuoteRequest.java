package news.verbatim.quote;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import news.verbatim.common.PublicationDate;
import news.verbatim.speaker.SpeakerKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A quote added by hand, with where and when it was printed. */
@Schema(name = "NewQuote")
public record NewQuoteRequest(
        @NotBlank @Size(max = 5000) @Schema(required = true, example = "Israel has no interest in a war of attrition.")
        String text,

        @NotBlank @Size(max = 300) @Schema(
                required = true,
                description = "Who said it; matched against known speakers and their aliases",
                example = "Gideon Sa'ar")
        String speaker,

        @Schema(description = "Defaults to PERSON") SpeakerKind speakerKind,

        @NotBlank @Size(max = 200) @Schema(required = true, example = "Jerusalem Post")
        String outlet,

        @NotNull @PublicationDate
        @Schema(
                required = true,
                description = "Publication date yyyy-MM-dd, 1800-01-01 to tomorrow",
                example = "2024-08-06")
        LocalDate date,

        @Size(max = 2000) @Pattern(regexp = "https?://\\S+", message = "must be an http(s) URL")
        @Schema(example = "https://www.example.com/news/article")
        String url,

        @Size(max = 500) @Schema(description = "Headline of the carrying article")
        String title) {}
