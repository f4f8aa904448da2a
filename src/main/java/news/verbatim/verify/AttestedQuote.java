package news.verbatim.verify;

import java.util.Objects;
import news.verbatim.extract.AttributionMethod;
import news.verbatim.extract.QuoteForm;
import news.verbatim.extract.SpeakerType;

/**
 * A quote the database holds as said by a speaker, as the verifier needs it.
 *
 * @param quoteId      the quote's id
 * @param text         the quote's words as printed in the source
 * @param speakerId    who said it
 * @param speakerName  the speaker's display name, used in explanations
 * @param statementId  the statement (one utterance, possibly printed by several sources) it belongs to
 * @param kind         whether it is a whole quoted sentence or words quoted inside reported speech
 * @param speakerType  what sort of speaker the source gives: only a PERSON, ORGANISATION or GROUP identifies
 *                     who spoke; an UNKNOWN or ANONYMOUS speaker neither confirms nor refutes a claim
 * @param attributedBy the cue that decided the speaker as printed ("Blinken said"), else the method's name
 *                     ("CONTINUATION"), or null when nothing was recorded
 * @param method       how the speaker was decided — for a later part of a split remark, how the part carrying
 *                     the cue was — or null when nothing was recorded (read as a cue naming the speaker, as
 *                     before methods were recorded)
 */
public record AttestedQuote(
        long quoteId,
        String text,
        long speakerId,
        String speakerName,
        long statementId,
        QuoteForm kind,
        SpeakerType speakerType,
        String attributedBy,
        AttributionMethod method) {
    public AttestedQuote {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(speakerName, "speakerName");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(speakerType, "speakerType");
    }

    /** A quote by a named person, with no attribution evidence recorded. */
    public AttestedQuote(
            long quoteId, String text, long speakerId, String speakerName, long statementId, QuoteForm kind) {
        this(quoteId, text, speakerId, speakerName, statementId, kind, SpeakerType.PERSON, null, null);
    }

    /**
     * Whether the source's cue may fit another person than the one the engine gave the quote to
     * ({@link AttributionMethod#mayFitAnotherPerson}). See {@link ClaimInSource#leavesOpen}.
     */
    public boolean cueMayFitOthers() {
        return method != null && method.mayFitAnotherPerson();
    }

    /** Whether the source says who spoke: a person, an organisation or a group, not an unknown or unnamed one. */
    public boolean identifiesSpeaker() {
        return speakerType != SpeakerType.UNKNOWN && speakerType != SpeakerType.ANONYMOUS;
    }
}
