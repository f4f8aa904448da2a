package news.verbatim.extract;

import java.util.Objects;

/**
 * What the extractor decided about one quote that is speech.
 *
 * @param speaker           who said it ({@link ResolvedSpeaker#UNKNOWN} when the article does not say)
 * @param continuesPrevious a later part of a quote split around its attribution or over paragraphs
 * @param form              a whole sentence or a fragment
 */
record AttributedQuote(ResolvedSpeaker speaker, boolean continuesPrevious, QuoteForm form) {
    AttributedQuote {
        Objects.requireNonNull(speaker, "speaker");
        Objects.requireNonNull(form, "form");
    }

    AttributedQuote withSpeaker(ResolvedSpeaker other) {
        return new AttributedQuote(other, continuesPrevious, form);
    }
}
