package news.verbatim.changes;

/** What a transaction did to a quote. Readers apply the quote's current state either way, so the op is advisory. */
public enum ChangeOp {
    /** Stored, or changed (corrected, relinked to another statement). */
    UPSERT,
    /** Deleted. */
    DELETE
}
