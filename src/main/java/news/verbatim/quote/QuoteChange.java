package news.verbatim.quote;

/**
 * A quote was stored or deleted. Fired inside the writing transaction; observers that keep derived data
 * (the search index) act only after commit, so a rolled-back write leaves no trace there either.
 *
 * @param text the quote text for {@link Type#STORED}, null for {@link Type#DELETED}
 */
public record QuoteChange(Type type, long quoteId, String text) {

    public enum Type {
        STORED,
        DELETED
    }

    public static QuoteChange stored(long quoteId, String text) {
        return new QuoteChange(Type.STORED, quoteId, text);
    }

    public static QuoteChange deleted(long quoteId) {
        return new QuoteChange(Type.DELETED, quoteId, null);
    }
}
