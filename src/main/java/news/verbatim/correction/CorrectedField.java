package news.verbatim.correction;

/** The fields of a quote an editor can correct. */
public enum CorrectedField {
    /** Who said it. */
    SPEAKER,
    /** Whether it is a full quote or a fragment. */
    KIND
}
