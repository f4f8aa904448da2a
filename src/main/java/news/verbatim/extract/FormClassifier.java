package news.verbatim.extract;

import java.util.List;

/**
 * Decides a quote's {@link QuoteForm}: FULL when the quote stands as a sentence of its own (nothing before it
 * in its sentence, and after it only an attribution or the end), or when a cue introduces it directly
 * ("said:", "told him,", "said that “…”"); FRAGMENT when it is embedded in reported speech.
 */
final class FormClassifier {

    /** A quote of fewer words is a fragment unless it stands alone with an attribution. */
    private static final int MIN_FULL_WORDS = 3;

    /** How many words may stand between an address verb and the comma before the quote ("told reporters,"). */
    private static final int MAX_ADDRESSEE_WORDS = 3;

    private final ArticleLayout layout;
    private final List<Tok> toks;
    private final SubjectFinder subjects;

    FormClassifier(ArticleLayout layout, SubjectFinder subjects) {
        this.layout = layout;
        this.toks = layout.tokens;
        this.subjects = subjects;
    }

    /**
     * The form of quote {@code i}, given whether an attribution follows it; the later part of a split quote
     * ({@code continuation}) is always FULL.
     */
    QuoteForm formOf(int i, boolean attributedAfter, boolean continuation) {
        if (continuation) {
            return QuoteForm.FULL;
        }
        int qt = layout.quoteToken(i);
        int s = layout.sentenceOf(qt);
        int ss = layout.sentenceStart(s);
        int se = layout.sentenceEnd(s);
        QuoteSpan span = layout.spans.get(i);
        int words = wordCount(span);
        boolean leftEmpty = true;
        for (int k = ss; k < qt; k++) {
            Tok t = toks.get(k);
            if (t.isQuote() || t.isWord() && !Lexicon.LEADING_CONNECTIVES.contains(t.lower())) {
                leftEmpty = false;
                break;
            }
        }
        if (leftEmpty) {
            if (attributedAfter) {
                return QuoteForm.FULL;
            }
            boolean rightEmpty = true;
            for (int k = qt + 1; k < se; k++) {
                if (toks.get(k).kind() != Tok.Kind.PUNCT) {
                    rightEmpty = false;
                    break;
                }
            }
            return rightEmpty && words >= MIN_FULL_WORDS ? QuoteForm.FULL : QuoteForm.FRAGMENT;
        }
        if (words >= MIN_FULL_WORDS && introducedByCue(qt, ss)) {
            return QuoteForm.FULL;
        }
        return QuoteForm.FRAGMENT;
    }

    /** "said:", "said,", "said that", "told him,", "told reporters:", "added:" right before the quote. */
    private boolean introducedByCue(int qt, int ss) {
        int k = qt - 1;
        if (k < ss) {
            return false;
        }
        if (toks.get(k).isPunct(":")) {
            return true;
        }
        boolean separator = toks.get(k).isPunct(",")
                || toks.get(k).isWord() && toks.get(k).lower().equals("that");
        if (separator) {
            k--;
        }
        if (k < ss) {
            return false;
        }
        if (subjects.isCue(k)) {
            return true;
        }
        if (!separator) {
            return false; // "assured Israel of “…”": the quote is the object of a preposition
        }
        for (int j = k - 1; j >= Math.max(ss, k - MAX_ADDRESSEE_WORDS); j--) {
            Tok t = toks.get(j);
            if (!t.isWord()) {
                return false;
            }
            if (subjects.isCue(j)) {
                return Lexicon.ADDRESS_VERBS.contains(t.lower());
            }
        }
        return false;
    }

    private int wordCount(QuoteSpan span) {
        int words = 0;
        boolean in = false;
        for (int k = span.contentStart(); k < span.contentEnd(); k++) {
            boolean w = Character.isLetterOrDigit(layout.text.charAt(k));
            if (w && !in) {
                words++;
            }
            in = w
                    || in
                            && (layout.text.charAt(k) == '\''
                                    || layout.text.charAt(k) == '\u2019'
                                    || layout.text.charAt(k) == '-');
        }
        return words;
    }
}
