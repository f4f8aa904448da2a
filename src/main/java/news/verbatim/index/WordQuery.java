package news.verbatim.index;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * A word search of the quote index ({@link QuoteIndex#searchWords}): quotes having every word, passing every
 * filter given. Null filters do not filter; an empty set matches nothing.
 *
 * @param words      the search, already {@link news.verbatim.text.TextNormalizer#styleKey style-keyed}: its
 *                   space-separated words must each be a whole word of the quote
 * @param speakerIds the quote's speaker is one of these
 * @param outletIds  the article's outlet is one of these
 * @param from       the article was published on or after this day
 * @param to         the article was published on or before this day
 * @param articleId  the quote is in this article; results are then in text order rather than newest first
 */
public record WordQuery(
        String words, Set<Long> speakerIds, Set<Long> outletIds, LocalDate from, LocalDate to, Long articleId) {

    public WordQuery {
        Objects.requireNonNull(words, "words");
        if (words.isBlank()) {
            throw new IllegalArgumentException("a word search needs at least one word: '" + words + "'");
        }
        speakerIds = speakerIds == null ? null : Set.copyOf(speakerIds);
        outletIds = outletIds == null ? null : Set.copyOf(outletIds);
    }

    /** Whether a filter rules out every quote before any search. */
    boolean matchesNothing() {
        return (speakerIds != null && speakerIds.isEmpty()) || (outletIds != null && outletIds.isEmpty());
    }
}
