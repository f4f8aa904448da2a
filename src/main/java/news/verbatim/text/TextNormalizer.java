package news.verbatim.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The one normalisation every comparison of quote wording goes through, so that stored quotes, statement
 * linking, the search index and verification all agree on when two wordings are "the same words".
 *
 * <p>Rules: Unicode NFKC; curly and straight quotes and apostrophes are equivalent; dashes and hyphens
 * separate words ("all-out" = "all out"); case is folded; punctuation is dropped, except an apostrophe
 * inside a word ("we've") and separators inside a number ("1,400" = "1400", "2.5" kept). Invisible
 * characters that web copy leaves inside words (soft hyphen, zero-width joiners, word joiner, BOM) are
 * ignored rather than splitting the word ("escal\u00ADate" = "escalate").
 *
 * <p><b>Two outputs, one path.</b> {@link #tokenize}/{@link #normalize} give the printed words. On top of
 * them {@link #styleTokens}/{@link #styleKey} fold house style ({@link HouseStyle}: "iron-clad" = "ironclad",
 * "U.S." = "US", "defence" = "defense", "10%" = "10 per cent", "ten thousand" = "10,000"). Everything that
 * compares the <em>wording</em> of quotes uses the style key: verification, the search index, statement
 * linking and the stored {@code quote.norm_text}/{@code norm_sha256} (which migration V6 recomputed when the
 * key was introduced, and a change to the lists needs again). Names of speakers and outlets and the
 * idempotency hashes of articles keep the printed words: a house style of quotes says nothing about how a
 * name is keyed, and those stored keys stay valid.
 *
 * <pre>{@code
 * TextNormalizer.normalize("The U.S. is iron-clad");  // "the u s is iron clad"
 * TextNormalizer.styleKey("The U.S. is iron-clad");   // "the us is ironclad"
 * TextNormalizer.styleKey("the US is ironclad");      // "the us is ironclad"
 * }</pre>
 */
public final class TextNormalizer {

    private TextNormalizer() {}

    /** The normalised words of {@code text} joined by single spaces; empty when it has no words. */
    public static String normalize(String text) {
        return join(tokenize(text), text);
    }

    /**
     * The words of {@code text} with house style folded, joined by single spaces: the key two wordings are
     * compared by ("iron-clad" and "ironclad" give the same key); empty when it has no words.
     */
    public static String styleKey(String text) {
        return join(styleTokens(text), text);
    }

    /** The words of {@code text} with house style folded ({@link HouseStyle}), with offsets in {@code text}. */
    public static List<Token> styleTokens(String text) {
        List<Token> printed = tokenize(text);
        return printed.isEmpty() ? printed : HouseStyle.standard().apply(text, printed);
    }

    private static String join(List<Token> tokens, String text) {
        StringBuilder out = new StringBuilder(text == null ? 0 : text.length());
        for (Token t : tokens) {
            if (!out.isEmpty()) {
                out.append(' ');
            }
            out.append(t.norm());
        }
        return out.toString();
    }

    /** The normalised words of {@code text}, each with its offsets in {@code text}. */
    public static List<Token> tokenize(String text) {
        List<Token> tokens = new ArrayList<>();
        if (text == null) {
            return tokens;
        }
        int n = text.length();
        int i = 0;
        while (i < n) {
            int cp = text.codePointAt(i);
            if (!isWordChar(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            StringBuilder word = new StringBuilder();
            while (i < n) {
                cp = text.codePointAt(i);
                int len = Character.charCount(cp);
                if (isWordChar(cp)) {
                    word.appendCodePoint(cp);
                    i += len;
                } else if (isInvisibleInWord(cp) && i + len < n && isWordChar(text.codePointAt(i + len))) {
                    i += len;
                } else if (isApostrophe(cp) && !word.isEmpty() && i + len < n && isLetter(text.codePointAt(i + len))) {
                    word.append('\'');
                    i += len;
                } else if ((cp == ',' || cp == '.')
                        && !word.isEmpty()
                        && Character.isDigit(word.charAt(word.length() - 1))
                        && i + 1 < n
                        && Character.isDigit(text.charAt(i + 1))) {
                    // "1,400" is one number; "2.5" keeps its decimal point.
                    if (cp == '.') {
                        word.append('.');
                    }
                    i += 1;
                } else {
                    break;
                }
            }
            String norm = foldWord(word.toString());
            if (!norm.isEmpty()) {
                tokens.add(new Token(norm, start, i, text.substring(start, i)));
            }
        }
        return tokens;
    }

    /** NFKC and case folding of one word; apostrophe variants become {@code '}. */
    static String foldWord(String word) {
        if (isPlainAscii(word)) {
            return word.toLowerCase(Locale.ROOT); // what the steps below make of it: most words take this path
        }
        String nfkc = Normalizer.normalize(word, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(nfkc.length());
        nfkc.codePoints().forEach(cp -> {
            if (isApostrophe(cp)) {
                out.append('\'');
            } else if (isWordChar(cp) || cp == '.') {
                // a '.' can only be here as a decimal point: tokenize() keeps no other
                out.appendCodePoint(cp);
            }
        });
        return out.toString().toLowerCase(Locale.ROOT);
    }

    /** ASCII letters, digits, straight apostrophes and points only: NFKC and the filter leave it as it is. */
    private static boolean isPlainAscii(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            boolean plain =
                    c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '\'' || c == '.';
            if (!plain) {
                return false;
            }
        }
        return true;
    }

    private static boolean isWordChar(int cp) {
        return Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK;
    }

    /** Soft hyphen, zero-width non-joiner and joiner, word joiner, zero-width no-break space. */
    private static boolean isInvisibleInWord(int cp) {
        return cp == '\u00AD' || cp == '\u200C' || cp == '\u200D' || cp == '\u2060' || cp == '\uFEFF';
    }

    private static boolean isLetter(int cp) {
        return Character.isLetter(cp);
    }

    /** Straight, curly and modifier apostrophes, and the acute/grave accents people type instead. */
    public static boolean isApostrophe(int cp) {
        return cp == '\''
                || cp == '\u2019'
                || cp == '\u2018'
                || cp == '\u02BC'
                || cp == '\u2032'
                || cp == '`'
                || cp == '\u00B4';
    }
}
