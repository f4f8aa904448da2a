package news.verbatim.quote;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import news.verbatim.speaker.SpeakerKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An attributed quote as the API shows it. */
@Schema(name = "Quote")
public record QuoteView(
        @Schema(example = "2") long id,

        @Schema(
                description = "The exact wording as the source printed it",
                example =
                        "Everyone in the region should understand that further attacks only perpetuate conflict, instability, insecurity for everyone.")
        String text,

        @Schema(description = "The speaker's canonical name", example = "Antony Blinken")
        String speaker,

        @Schema(example = "1") long speakerId,
        SpeakerKind speakerKind,
        @Schema(example = "CNN") String outlet,

        @Schema(description = "Publication date of the carrying article", example = "2024-08-07")
        LocalDate date,

        @Schema(example = "1") long articleId,

        @Schema(example = "Preparing to again defend Israel, US presses Iran and Israel to de-escalate")
        String articleTitle,

        @Schema(nullable = true) String url,

        @Schema(description = "The statement this quote belongs to; quotes of one remark share it", example = "2")
        long statementId,

        QuoteKind kind,

        @Schema(description = "Offset of the first character in the article text", example = "1417")
        int startOffset,

        @Schema(description = "Offset after the last character in the article text", example = "1535")
        int endOffset,

        @Schema(description = "The earlier part of a quote split around its attribution", nullable = true)
        Long continuesQuoteId,

        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(
                description =
                        "How the speaker was decided, with the cue; absent for quotes stored before it was recorded")
        Attribution attribution) {

    public static QuoteView of(Quote q) {
        return new QuoteView(
                q.id,
                q.text,
                q.speaker.name,
                q.speaker.id,
                q.speaker.kind,
                q.article.outlet.name,
                q.article.publishedAt,
                q.article.id,
                q.article.title,
                q.article.url,
                q.statement.id,
                q.kind,
                q.startOffset,
                q.endOffset,
                q.continues == null ? null : q.continues.id,
                q.attribution == null ? null : new Attribution(q.attribution, q.cueText, q.cueStart, q.cueEnd));
    }
}
