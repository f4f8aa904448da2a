package news.verbatim.article;

import java.nio.charset.StandardCharsets;
import java.util.List;
import news.verbatim.common.ApiException;
import news.verbatim.common.FieldError;

/**
 * Refuses article text that is too large or is not text at all (binary bytes, a decoding gone wrong),
 * before any work is done on it.
 */
public final class ArticleTextCheck {

    public static final int MAX_BYTES = 1024 * 1024;
    /** Below this share of letters among visible characters, the input is not prose. */
    private static final double MIN_LETTER_SHARE = 0.5;

    private ArticleTextCheck() {}

    public static void check(String text) {
        int bytes = text.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_BYTES) {
            String message = "must be at most 1 MB (" + MAX_BYTES + " bytes of UTF-8), got " + bytes;
            throw new ApiException(
                    413,
                    "too-large",
                    "Article too large",
                    "text: " + message,
                    List.of(new FieldError("text", message)));
        }
        int visible = 0;
        int letters = 0;
        int replacement = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
                throw ApiException.invalid("text", "contains control characters (binary data?) at offset " + i);
            }
            if (c == '\uFFFD') {
                replacement++;
            }
            if (!Character.isWhitespace(c)) {
                visible++;
                if (Character.isLetter(c)) {
                    letters++;
                }
            }
        }
        if (replacement > 0 && replacement * 100 > visible) {
            throw ApiException.invalid("text", "is full of undecodable characters: send UTF-8 text");
        }
        if (visible == 0 || letters < visible * MIN_LETTER_SHARE) {
            throw ApiException.invalid("text", "does not look like article text (too few letters)");
        }
    }
}
