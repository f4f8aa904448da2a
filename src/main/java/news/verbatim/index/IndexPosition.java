package news.verbatim.index;

import java.util.Objects;

/**
 * Where in a stream of changes the contents of an index stand, as recorded by its last
 * {@link QuoteIndex#commit(IndexPosition)}: the index holds exactly the quotes of that stream up to
 * {@code appliedSeq}.
 *
 * @param streamId   identifies the stream (the database the changes come from), so that an index is never
 *                   caught up from a stream other than the one it was built from
 * @param appliedSeq the last change applied
 */
public record IndexPosition(String streamId, long appliedSeq) {
    public IndexPosition {
        Objects.requireNonNull(streamId, "streamId");
        if (appliedSeq < 0) {
            throw new IllegalArgumentException("appliedSeq must not be negative: " + appliedSeq);
        }
    }
}
