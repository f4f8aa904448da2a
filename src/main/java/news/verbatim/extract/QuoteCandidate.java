package news.verbatim.extract;

import java.util.Objects;

/**
 * One quoted span of an article with what was found around it, before a speaker is decided.
 *
 * @param index  the span's index in {@link ArticleLayout#spans}
 * @param span   the quoted span
 * @param token  the index of the span's token
 * @param found  the candidate attributions around it
 * @param speech whether the span is somebody's words ({@link SpeechFilter}); others are dropped
 */
record QuoteCandidate(int index, QuoteSpan span, int token, QuoteAttributions found, boolean speech) {
    QuoteCandidate {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(found, "found");
        if (index < 0 || token < 0) {
            throw new IllegalArgumentException("index and token must not be negative: " + index + ", " + token);
        }
    }
}
