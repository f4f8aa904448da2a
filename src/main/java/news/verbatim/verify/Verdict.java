package news.verbatim.verify;

/** The answer to "did this person say this, in these words?". */
public enum Verdict {
    /** The words match an attested quote of the claimed (or any, if none was claimed) speaker in full. */
    VERIFIED,
    /**
     * The words are an exact part, or exact parts in order joined by ellipses, of a longer attested quote, and
     * what they leave out does not reverse them.
     */
    EXCERPT,
    /**
     * The words are close to an attested quote, but with words substituted, inserted or dropped, or they are an
     * excerpt whose cut leaves out a negation that governs them ("one should escalate" from "No one should…").
     */
    ALTERED,
    /**
     * The words are attested (exactly, as an excerpt or altered), but a source names someone other than the
     * claimed speaker: a person, an organisation or a group, by a cue that could not fit the claimed person.
     */
    MISATTRIBUTED,
    /**
     * The words are attested, but no source names who said them (the speaker is unknown, or an unnamed source
     * such as "a senior official"), or a source names someone else only by an inference that could fit the
     * claimed person, whom it also names ("she said" in a story about two women): the claimed speaker is neither
     * confirmed nor refuted.
     */
    UNATTRIBUTED,
    /** No attested quote is close enough to the words. */
    NOT_FOUND
}
