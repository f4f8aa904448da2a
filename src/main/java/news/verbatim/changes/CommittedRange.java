package news.verbatim.changes;

/**
 * The log positions one committed transaction wrote: {@code first} to {@code last}, contiguous.
 *
 * @param first the first position
 * @param last  the last position
 */
public record CommittedRange(long first, long last) {
    public CommittedRange {
        if (first < 1 || last < first) {
            throw new IllegalArgumentException("bad range " + first + ".." + last);
        }
    }

    /** Whether another transaction committed after position {@code headBefore} and before this one. */
    public boolean othersCommittedSince(long headBefore) {
        return first - 1 > headBefore;
    }
}
