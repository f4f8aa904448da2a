package news.verbatim.verify;

/** The quotation marks people type or paste, in every common style; one place so parsing and matching agree. */
final class QuoteMarks {

    /** Double-style marks: straight, curly, low-9, guillemets, full-width, CJK corner brackets. */
    static final String DOUBLE =
            "\"\u201C\u201D\u201E\u201F\u00AB\u00BB\uFF02" + "\u301D\u301E\u301F\u300C\u300D\u300E\u300F";
    /** Single-style marks; also apostrophes, so they only count as quote marks at the edges of a quote. */
    static final String SINGLE = "'\u2018\u2019\u201A\u201B\u2039\u203A";

    private QuoteMarks() {}

    static boolean isDouble(char c) {
        return DOUBLE.indexOf(c) >= 0;
    }

    static boolean isSingle(char c) {
        return SINGLE.indexOf(c) >= 0;
    }

    static boolean isAny(char c) {
        return isDouble(c) || isSingle(c);
    }

    /** Whether {@code s} contains a double-style mark (single ones may be apostrophes). */
    static boolean containsDouble(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            if (isDouble(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
