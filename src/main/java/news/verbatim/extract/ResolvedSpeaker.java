package news.verbatim.extract;

import java.util.Objects;

/**
 * Who a subject phrase of one article turned out to be, as {@link SpeakerResolver} resolves it; the
 * extractor publishes it as an {@link ExtractedSpeaker}.
 *
 * @param kind          what sort of source
 * @param name          the display name: canonical for a person, the description for an unnamed source
 * @param entity        for a person, what the article says about them; otherwise null
 * @param plural        an unnamed source of several people ("two officials")
 * @param pronounGender for a {@link #pronoun pronoun marker}, the gender of the pronoun; otherwise UNKNOWN
 */
record ResolvedSpeaker(SpeakerType kind, String name, PersonEntity entity, boolean plural, Gender pronounGender) {

    static final ResolvedSpeaker UNKNOWN =
            new ResolvedSpeaker(SpeakerType.UNKNOWN, "unknown", null, false, Gender.UNKNOWN);

    ResolvedSpeaker {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(pronounGender, "pronounGender");
        if (kind == SpeakerType.PERSON && entity == null) {
            throw new IllegalArgumentException("a PERSON speaker has an entity: " + name);
        }
    }

    static ResolvedSpeaker person(PersonEntity e) {
        return new ResolvedSpeaker(SpeakerType.PERSON, e.canonical(), e, false, Gender.UNKNOWN);
    }

    static ResolvedSpeaker organisation(String name) {
        return new ResolvedSpeaker(SpeakerType.ORGANISATION, name, null, false, Gender.UNKNOWN);
    }

    static ResolvedSpeaker anonymous(String description, boolean plural) {
        return new ResolvedSpeaker(SpeakerType.ANONYMOUS, description, null, plural, Gender.UNKNOWN);
    }

    /** Several identified people speaking together; the name joins theirs ("Ann Roe and Ben Cole"). */
    static ResolvedSpeaker group(String name) {
        return new ResolvedSpeaker(SpeakerType.GROUP, name, null, true, Gender.UNKNOWN);
    }

    /** A sentence whose subject is "he"/"she": the chain of reference continues past it. */
    static ResolvedSpeaker pronoun(Gender g) {
        return new ResolvedSpeaker(SpeakerType.UNKNOWN, "pronoun", null, false, g);
    }

    boolean isPronounMarker() {
        return pronounGender.isKnown() && kind == SpeakerType.UNKNOWN;
    }

    boolean isKnown() {
        return kind != SpeakerType.UNKNOWN;
    }
}
