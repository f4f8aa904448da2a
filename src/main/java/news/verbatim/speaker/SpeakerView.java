package news.verbatim.speaker;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A speaker as the API shows it. */
@Schema(name = "Speaker")
public record SpeakerView(
        @Schema(example = "1") long id,

        @Schema(description = "Canonical name", example = "Antony Blinken")
        String name,

        SpeakerKind kind,

        @Schema(
                description = "Every name form seen or accepted for this speaker",
                example = "[\"Antony Blinken\", \"Secretary of State Antony Blinken\", \"Blinken\"]")
        List<String> aliases,

        @Schema(description = "Number of quotes attributed to this speaker", example = "8")
        long quoteCount) {}
