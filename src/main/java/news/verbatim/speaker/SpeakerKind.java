package news.verbatim.speaker;

import news.verbatim.extract.SpeakerType;

/** What sort of source a speaker is; only {@link #PERSON} has a personal name to match aliases against. */
public enum SpeakerKind {
    PERSON,
    /** An unnamed source described by the article ("a senior US official"). */
    ANONYMOUS,
    /** An institution speaking as such ("the White House said"). */
    ORGANISATION,
    /** Several identified people speaking together ("Ann Roe and Ben Cole"). */
    GROUP,
    /** The article does not let a reader decide who spoke; stored rather than guessed. */
    UNKNOWN;

    /** The stored kind of a speaker the engine judged to be of {@code type}. */
    public static SpeakerKind of(SpeakerType type) {
        return switch (type) {
            case PERSON -> PERSON;
            case ANONYMOUS -> ANONYMOUS;
            case ORGANISATION -> ORGANISATION;
            case GROUP -> GROUP;
            case UNKNOWN -> UNKNOWN;
        };
    }

    /** The engine's type for this stored kind, for the verifier, which reasons in the engine's terms. */
    public SpeakerType type() {
        return switch (this) {
            case PERSON -> SpeakerType.PERSON;
            case ANONYMOUS -> SpeakerType.ANONYMOUS;
            case ORGANISATION -> SpeakerType.ORGANISATION;
            case GROUP -> SpeakerType.GROUP;
            case UNKNOWN -> SpeakerType.UNKNOWN;
        };
    }
}
