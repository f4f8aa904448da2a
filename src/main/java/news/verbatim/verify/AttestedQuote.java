package news.verbatim.verify;

import java.util.Objects;
import news.verbatim.extract.QuoteForm;

/**
 * A quote the database holds as said by a speaker, as the verifier needs it.
 *
 * @param quoteId     the quote's id
 * @param text        the quote's words as printed in the source
 * @param speakerId   who said it
 * @param speakerName the speaker's display name, used in explanations
 * @param statementId the statement (one utterance, possibly printed by several sources) it belongs to
 * @param kind        whether it is a whole quoted sentence or words quoted inside reported speech
 */
public record AttestedQuote(
        long quoteId, String text, long speakerId, String speakerName, long statementId, QuoteForm kind) {
    public AttestedQuote {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(speakerName, "speakerName");
        Objects.requireNonNull(kind, "kind");
    }
}
