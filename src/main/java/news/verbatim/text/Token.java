package news.verbatim.text;

/**
 * One word of a text: its normalised form (what matching compares), where it stands in the original text
 * (what a diff shows to a person), and the printed words it stands for.
 *
 * <p>For a word of {@link TextNormalizer#tokenize} the form and the printed words are the same. A word of
 * {@link TextNormalizer#styleTokens} may stand for several printed words in one house style: "iron-clad" is
 * one word {@code ironclad} whose printed words are {@code iron clad}; "U.S." is {@code us} printed
 * {@code u s}. Two words with the same form and different printed words are one word in two house styles.
 *
 * @param norm    the normalised word, never empty
 * @param start   offset of the first character in the original text
 * @param end     offset after the last character in the original text
 * @param surface the word exactly as written in the original text
 * @param printed the normalised printed words it stands for, joined by single spaces, never empty
 */
public record Token(String norm, int start, int end, String surface, String printed) {
    public Token {
        if (norm == null || norm.isEmpty()) {
            throw new IllegalArgumentException("norm must not be empty");
        }
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad offsets " + start + ".." + end);
        }
        if (printed == null || printed.isEmpty()) {
            throw new IllegalArgumentException("printed must not be empty");
        }
    }

    /** A word whose normalised form is its printed word. */
    public Token(String norm, int start, int end, String surface) {
        this(norm, start, end, surface, norm);
    }

    /** Whether this word is written in a house style: its form is not its printed word. */
    public boolean isStyled() {
        return !norm.equals(printed);
    }
}
