package news.verbatim.text;

/**
 * One word of a text: its normalised form (what matching compares) and where it stands in the original
 * text (what a diff shows to a person).
 *
 * @param norm  the normalised word, never empty
 * @param start offset of the first character in the original text
 * @param end   offset after the last character in the original text
 * @param surface the word exactly as written in the original text
 */
public record Token(String norm, int start, int end, String surface) {
    public Token {
        if (norm == null || norm.isEmpty()) {
            throw new IllegalArgumentException("norm must not be empty");
        }
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad offsets " + start + ".." + end);
        }
    }
}
