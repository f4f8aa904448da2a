package news.verbatim.article;

import java.util.List;
import news.verbatim.quote.Attribution;
import news.verbatim.quote.QuoteDraft;
import news.verbatim.quote.QuoteKind;
import news.verbatim.speaker.SpeakerKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What ingesting a text would store: the cleaned text and the quotes found in it. Nothing is stored. */
@Schema(name = "ExtractionPreview")
public record ExtractionPreview(
        @Schema(description = "The cleaned text; quote offsets point into it")
        String text,

        List<PreviewQuote> quotes) {

    @Schema(name = "PreviewQuote")
    public record PreviewQuote(
            @Schema(example = "Israel has no interest in a war of attrition")
            String text,

            @Schema(example = "1") int start,
            @Schema(example = "45") int end,
            QuoteKind kind,
            @Schema(example = "Gideon Sa'ar") String speaker,
            SpeakerKind speakerKind,

            @Schema(description = "The speaker's name forms in this text")
            List<String> nameForms,

            @Schema(description = "A later part of a quote split around its attribution")
            boolean continuesPrevious,

            @Schema(description = "How the speaker was decided, with the cue")
            Attribution attribution) {

        static PreviewQuote of(QuoteDraft draft) {
            return new PreviewQuote(
                    draft.text(),
                    draft.start(),
                    draft.end(),
                    draft.kind(),
                    draft.speaker(),
                    draft.speakerKind(),
                    draft.nameForms(),
                    draft.continuesPrevious(),
                    draft.attribution());
        }
    }
}
