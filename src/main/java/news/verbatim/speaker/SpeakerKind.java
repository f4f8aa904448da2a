package news.verbatim.speaker;

/** What sort of source a speaker is; only {@link #PERSON} has a personal name to match aliases against. */
public enum SpeakerKind {
    PERSON,
    /** An unnamed source described by the article ("a senior US official"). */
    ANONYMOUS,
    /** An institution speaking as such ("the White House said"). */
    ORGANISATION,
    /** The article does not let a reader decide who spoke; stored rather than guessed. */
    UNKNOWN
}
