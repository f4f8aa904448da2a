package news.verbatim.article;

import jakarta.validation.constraints.NotBlank;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Text to preview extraction on. Metadata fields of a full article are accepted and ignored, so a client can
 * send the same body to the preview and to the store.
 */
@Schema(name = "PreviewRequest")
public record PreviewRequest(
        @Schema(description = "Ignored") String outlet,
        @Schema(description = "Ignored") String title,
        @Schema(description = "Ignored") String url,

        @Schema(description = "Ignored", type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING)
        String publishedAt,

        @Schema(description = "Ignored") String author,

        @NotBlank @Schema(
                required = true,
                description = "The article text (at most 1 MB)",
                example = "“Israel has no interest in a war of attrition,” Sa'ar told him.")
        String text,

        @Schema(description = "Ignored") java.util.List<SpeakerOverride> speakerOverrides) {}
