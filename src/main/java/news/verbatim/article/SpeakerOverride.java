package news.verbatim.article;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import news.verbatim.speaker.SpeakerKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An editor's speaker for one quote of an article being saved, set in the preview: the quote is named by its
 * offsets in the cleaned text, as the preview gave them.
 *
 * @param start   {@code start} of the preview quote
 * @param end     {@code end} of the preview quote
 * @param speaker the speaker's name; absent with {@code speakerKind} UNKNOWN ("not established")
 */
@Schema(name = "SpeakerOverride", description = "The speaker an editor chose for one preview quote")
public record SpeakerOverride(
        @NotNull @PositiveOrZero @Schema(required = true, description = "The preview quote's start", example = "1")
        Integer start,

        @NotNull @PositiveOrZero @Schema(required = true, description = "The preview quote's end", example = "45")
        Integer end,

        @Size(max = 300) @Schema(description = "Who said it; found or created as ingestion does", example = "Ann Roe")
        String speaker,

        @Schema(description = "Defaults to PERSON; UNKNOWN (without a name) for not established")
        SpeakerKind speakerKind) {}
