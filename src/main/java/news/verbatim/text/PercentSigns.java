package news.verbatim.text;

import java.util.ArrayList;
import java.util.List;

/**
 * The stage that makes a word of a percent sign printed straight after a number ("10%", "10 %"), which the
 * tokenizer drops as punctuation: without it "10%" would be the same words as "10" and differ from
 * "10 percent". The word is {@code %}; {@link ListedForms} over {@code percent.txt} then folds it.
 */
final class PercentSigns implements StyleStage {

    @Override
    public List<Token> apply(String text, List<Token> words) {
        List<Token> out = null;
        for (int i = 0; i < words.size(); i++) {
            Token w = words.get(i);
            int sign = signAfter(text, w);
            if (sign >= 0) {
                if (out == null) {
                    out = new ArrayList<>(words.subList(0, i));
                }
                out.add(w);
                out.add(new Token("%", sign, sign + 1, text.substring(sign, sign + 1)));
            } else if (out != null) {
                out.add(w);
            }
        }
        return out == null ? words : out;
    }

    /** The offset of a percent sign after number {@code w} (a space or no-break space between allowed), or -1. */
    private static int signAfter(String text, Token w) {
        if (!Character.isDigit(w.norm().charAt(w.norm().length() - 1))) {
            return -1;
        }
        int at = w.end();
        if (at < text.length() && (text.charAt(at) == ' ' || text.charAt(at) == '\u00A0')) {
            at++;
        }
        return at < text.length() && (text.charAt(at) == '%' || text.charAt(at) == '\uFF05') ? at : -1;
    }

    @Override
    public StyleFamily familyOf(Token word) {
        return null; // "%" is folded by the percent list, which names the family
    }
}
