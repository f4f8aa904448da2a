package news.verbatim.extract;

/**
 * One sentence of an article as a range of {@link ArticleLayout} tokens (a quote counts as one token).
 *
 * @param firstToken index of its first token
 * @param endToken   index after its last token
 * @param paragraph  index of the paragraph holding it
 */
record Sentence(int firstToken, int endToken, int paragraph) {
    Sentence {
        if (firstToken < 0 || endToken <= firstToken) {
            throw new IllegalArgumentException(
                    "a sentence spans tokens [first, end) with 0 <= first < end: " + firstToken + ", " + endToken);
        }
        if (paragraph < 0) {
            throw new IllegalArgumentException("paragraph must not be negative: " + paragraph);
        }
    }
}
