package news.verbatim.changes;

import java.util.Objects;

/**
 * One row of the change log: a committed transaction stored, changed or deleted a quote.
 *
 * @param seq     position in the log; positions follow commit order without gaps
 * @param quoteId the quote
 * @param op      what happened to it
 */
public record QuoteChange(long seq, long quoteId, ChangeOp op) {
    public QuoteChange {
        if (seq < 1) {
            throw new IllegalArgumentException("seq must be at least 1: " + seq);
        }
        Objects.requireNonNull(op, "op");
    }
}
