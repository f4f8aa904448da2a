package news.verbatim.extract;

import java.util.List;
import java.util.Objects;

/**
 * Builds the {@link AttributionEvidence} of a decided quote: the method, named by how the speaker was resolved
 * (a surname, a pronoun, an epithet, or simply where the cue stood), and the character span from the subject
 * phrase to the cue verb, so a reader can check the attribution where it was made.
 *
 * <pre>{@code
 * AttributionEvidence e = new CueEvidence(layout.tokens).evidence(found.after(), speaker);
 * }</pre>
 */
final class CueEvidence {

    private final List<Tok> toks;

    CueEvidence(List<Tok> toks) {
        this.toks = Objects.requireNonNull(toks, "toks");
    }

    /** The evidence of an attribution found around the quote, named by how its subject was resolved. */
    AttributionEvidence evidence(QuoteAttribution a, ResolvedSpeaker sp) {
        AttributionMethod byPlace = switch (a.method()) {
            case AFTER -> AttributionMethod.CUE_AFTER;
            case BEFORE -> AttributionMethod.CUE_BEFORE;
            case ACCORDING_TO -> AttributionMethod.ACCORDING_TO;
            case SENTENCE_END -> AttributionMethod.CUE_SENTENCE_END;
            case NONE -> AttributionMethod.NONE;
        };
        Mention m = a.subject();
        AttributionMethod method = byPlace;
        if (sp.kind() == SpeakerType.GROUP) {
            method = AttributionMethod.GROUP;
        } else if (m != null && sp.kind() == SpeakerType.PERSON) {
            method = switch (m.type()) {
                case PRONOUN -> AttributionMethod.PRONOUN;
                case ROLE_REF, ANON, DOCUMENT_REF -> AttributionMethod.EPITHET;
                case PERSON_NAME ->
                    m.coreWords() == 1 && sp.entity().isFullName() ? AttributionMethod.SURNAME : byPlace;
                default -> byPlace;
            };
        }
        return cueEvidence(method, m, a.cue());
    }

    /** The characters from the subject phrase to the cue verb, whichever comes first. */
    AttributionEvidence cueEvidence(AttributionMethod method, Mention subject, int cue) {
        int first = cue;
        int last = cue;
        if (subject != null && Math.abs(subject.first() - cue) <= SubjectFinder.WINDOW) {
            first = Math.min(first, subject.first());
            last = Math.max(last, subject.last());
        }
        if (first < 0) {
            return AttributionEvidence.withoutCue(method);
        }
        return new AttributionEvidence(
                method, toks.get(first).start(), toks.get(last).end());
    }
}
