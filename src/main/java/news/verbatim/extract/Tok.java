package news.verbatim.extract;

/**
 * One token of the text outside quotations: a word, a punctuation mark, or a whole quoted span collapsed into a
 * single {@link Kind#QUOTE} token so that attribution patterns ("“…,” she said") can be matched on a short
 * token list without looking inside the quote.
 *
 * @param kind  word, punctuation or quote
 * @param text  the characters as printed
 * @param lower {@link Lexicon#lower(String)} of the text, for list look-ups
 * @param start offset in the cleaned text
 * @param end   offset after the token
 * @param quote index of the quote span for a QUOTE token, otherwise -1
 * @param nameLike a word that can be part of a personal name ({@link NameShapes#isNameToken})
 */
record Tok(Kind kind, String text, String lower, int start, int end, int quote, boolean nameLike) {

    /** A token; whether it can be part of a personal name is decided once here, not at every look-up. */
    static Tok of(Kind kind, String text, String lower, int start, int end, int quote) {
        return new Tok(kind, text, lower, start, end, quote, kind == Kind.WORD && NameShapes.nameLike(text, lower));
    }

    enum Kind {
        WORD,
        PUNCT,
        QUOTE
    }

    boolean isWord() {
        return kind == Kind.WORD;
    }

    boolean isQuote() {
        return kind == Kind.QUOTE;
    }

    boolean isPunct(String p) {
        return kind == Kind.PUNCT && text.equals(p);
    }

    /** A word starting with an upper-case letter. */
    boolean isCap() {
        return kind == Kind.WORD && Character.isUpperCase(text.codePointAt(0));
    }

    /** A word ending in a possessive ('s, ’s, s’). */
    boolean isPossessive() {
        if (kind != Kind.WORD || text.length() < 2) {
            return false;
        }
        return lower.endsWith("'s") || lower.endsWith("s'");
    }

    /** The word without a possessive ending. */
    String withoutPossessive() {
        if (lower.endsWith("'s")) {
            return text.substring(0, text.length() - 2);
        }
        if (lower.endsWith("s'")) {
            return text.substring(0, text.length() - 1);
        }
        return text;
    }
}
