package news.verbatim.transfer;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import news.verbatim.quote.Attribution;
import news.verbatim.quote.QuoteKind;
import news.verbatim.speaker.SpeakerKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A stored quote as an export line carries it: enough to store it again unchanged, without extracting the text
 * a second time. Statements are not carried: the importing instance links the quotes again by their wording.
 */
@Schema(name = "ExportedQuote", description = "A quote of an exported article, stored again as it is on import")
public record ExportedQuote(
        @NotNull @Size(max = 20_000) @Schema(required = true, description = "The wording exactly as printed")
        String text,

        @Schema(required = true, description = "Offset of the first character in the article text", example = "1")
        int start,

        @Schema(required = true, description = "Offset after the last character in the article text", example = "45")
        int end,

        @NotNull @Schema(required = true) QuoteKind kind,

        @NotBlank @Size(max = 300) @Schema(required = true, description = "The speaker's canonical name", example = "Antony Blinken")
        String speaker,

        @NotNull @Schema(required = true) SpeakerKind speakerKind,

        @Size(max = 200) @Schema(description = "Every alias the speaker is known under", example = "[\"Antony Blinken\", \"Blinken\"]")
        List<@NotBlank @Size(max = 300) String> aliases,

        @Schema(
                description = "A later part of a quote split around its attribution: continues the quote before it",
                defaultValue = "false")
        Boolean continuesPrevious,

        @Schema(nullable = true) Attribution attribution) {}
