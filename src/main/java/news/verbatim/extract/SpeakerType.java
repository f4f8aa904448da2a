package news.verbatim.extract;

/**
 * The engine's decision on what sort of source spoke; only {@link #PERSON} has a personal name whose forms
 * ({@link ExtractedSpeaker#nameForms()}) can be matched later.
 *
 * <p>The feature packages keep their own enum for storage and the API and map from this one.
 */
public enum SpeakerType {
    /** A named person. */
    PERSON,
    /** An unnamed source described by the article ("a senior US official"). */
    ANONYMOUS,
    /** An institution speaking as such ("the White House said"). */
    ORGANISATION,
    /**
     * Several identified people speaking together ("the two governors said", "they wrote" after a named pair);
     * the name joins the members' names ("Ann Roe and Ben Cole").
     */
    GROUP,
    /** The article does not let a reader decide who spoke; reported rather than guessed. */
    UNKNOWN
}
