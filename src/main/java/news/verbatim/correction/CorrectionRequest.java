package news.verbatim.correction;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import news.verbatim.common.ApiException;
import news.verbatim.common.FieldError;
import news.verbatim.quote.QuoteKind;
import news.verbatim.speaker.SpeakerKind;
import news.verbatim.speaker.SpeakerService;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An editor's correction of one quote: its speaker, its kind, or both, with an optional note saying why.
 *
 * @param speaker who said it, when that changes
 * @param kind    FULL or FRAGMENT, when that changes
 * @param note    why, kept in the history
 */
@Schema(name = "QuoteCorrectionRequest", description = "A correction of a quote's speaker and/or kind")
public record CorrectionRequest(
        @Valid @Schema(description = "The speaker who said it; give this or kind, or both")
        SpeakerChoice speaker,

        @Schema(description = "The quote's kind; give this or speaker, or both")
        QuoteKind kind,

        @Size(max = MAX_NOTE_CHARS) @Schema(
                description = "Why the quote is corrected, kept in the history",
                maxLength = MAX_NOTE_CHARS,
                example = "The letter was written by her son, not by the councillor")
        String note) {

    /** Longest note kept. */
    public static final int MAX_NOTE_CHARS = 1000;

    /**
     * An existing speaker by id, a speaker by name (found or created the way ingestion does), or
     * {@code {"kind": "UNKNOWN"}} for "the article does not establish who said it".
     */
    @Schema(
            name = "SpeakerChoice",
            description = "Either id (an existing speaker) or name (with kind, default PERSON); "
                    + "{\"kind\": \"UNKNOWN\"} alone marks the speaker as not established")
    public record SpeakerChoice(
            @Positive @Schema(description = "An existing speaker", example = "12")
            Long id,

            @Size(max = MAX_NAME_CHARS) @Schema(
                    description = "A speaker's name: a known speaker or alias, or a new speaker",
                    maxLength = MAX_NAME_CHARS,
                    example = "Ann Roe")
            String name,

            @Schema(description = "With name: what sort of speaker; defaults to PERSON")
            SpeakerKind kind) {

        /** As long as a speaker's name may be. */
        public static final int MAX_NAME_CHARS = 300;
    }

    /**
     * The rules between fields that annotations cannot say; a 400 naming the field at fault.
     *
     * @throws ApiException when they are broken
     */
    void check() {
        if (speaker == null && kind == null) {
            throw invalid("body", "give speaker or kind (or both)");
        }
        if (speaker == null) {
            return;
        }
        boolean named = speaker.name() != null;
        if (speaker.id() != null && named) {
            throw invalid("speaker", "give either id or name, not both");
        }
        if (speaker.id() != null && speaker.kind() != null) {
            throw invalid("speaker.kind", "goes with name; a speaker given by id keeps its kind");
        }
        if (speaker.id() == null && !named && speaker.kind() != SpeakerKind.UNKNOWN) {
            throw invalid("speaker", "give id or name");
        }
        if (named && speaker.kind() == SpeakerKind.UNKNOWN) {
            throw invalid("speaker.kind", "an unknown speaker has no name; send {\"kind\": \"UNKNOWN\"} alone");
        }
        if (named && SpeakerService.nameKey(speaker.name()).isEmpty()) {
            throw invalid("speaker.name", "must contain a name");
        }
    }

    private static ApiException invalid(String field, String message) {
        return new ApiException(
                400,
                "validation",
                "Invalid request",
                field + ": " + message,
                java.util.List.of(new FieldError(field, message)));
    }
}
