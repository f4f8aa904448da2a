package news.verbatim.verify;

import java.util.List;
import news.verbatim.text.Token;

/**
 * An outlet's own gloss inside a printed quote: words in round or square brackets ("the Zionist regime
 * (Israel)", "what (Iran) will do"). A speaker does not speak brackets, so such words are the outlet's, and a
 * submission that leaves them out has not altered the speaker ({@link EditorialSteps}).
 *
 * <pre>{@code
 * int[] at = OutletGloss.span(tokens, 3, 4, "the Zionist regime (Israel) that");  // {19, 27}: "(Israel)"
 * }</pre>
 */
final class OutletGloss {

    private OutletGloss() {}

    /**
     * The offsets {start, end} of the parentheses or square brackets around exactly the attested words
     * {@code [from, to)}, or null when they are not a gloss of their own.
     */
    static int[] span(List<Token> attested, int from, int to, String text) {
        if (to <= from) {
            return null;
        }
        int open = attested.get(from).start() - 1;
        while (open >= 0 && Character.isWhitespace(text.charAt(open))) {
            open--;
        }
        int close = attested.get(to - 1).end();
        while (close < text.length() && Character.isWhitespace(text.charAt(close))) {
            close++;
        }
        if (open < 0 || close >= text.length()) {
            return null;
        }
        char o = text.charAt(open);
        char c = text.charAt(close);
        boolean paired = (o == '(' && c == ')') || (o == '[' && c == ']');
        if (!paired) {
            return null;
        }
        String inside = text.substring(open + 1, close);
        return inside.matches("[^()\\[\\]]+") ? new int[] {open, close + 1} : null;
    }
}
