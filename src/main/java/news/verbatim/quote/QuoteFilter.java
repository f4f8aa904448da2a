package news.verbatim.quote;

import java.time.LocalDate;

/** Criteria of a quote search; null fields do not filter. */
public record QuoteFilter(
        String speaker, String outlet, LocalDate from, LocalDate to, String words, Long articleId, Long speakerId) {

    public static QuoteFilter ofArticle(long articleId) {
        return new QuoteFilter(null, null, null, null, null, articleId, null);
    }

    public static QuoteFilter ofSpeaker(long speakerId) {
        return new QuoteFilter(null, null, null, null, null, null, speakerId);
    }
}
