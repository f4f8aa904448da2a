package news.verbatim.bench.archive;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The cheapest verifier there is, kept apart from the product's code on purpose: every stored quote normalised
 * (NFKC, lower case, punctuation to spaces), and a submission looked for by substring containment over all of
 * them. It can tell only "printed word for word as a whole quote", "printed word for word inside a longer quote"
 * and "not printed word for word". It declines what containment cannot judge: submissions with digits or other
 * marks whose house-style reading it does not know, and words found right after a negation ("cannot | fund the
 * bridge"), since such a cut reverses what was said and the engine rightly calls it altered.
 *
 * <pre>{@code
 * NaiveVerifier naive = new NaiveVerifier(exportedQuoteTexts);
 * Optional<NaiveVerifier.Answer> a = naive.check("“The council will fund the bridge,”");  // WHOLE, PART or ABSENT
 * }</pre>
 */
final class NaiveVerifier {

    /** What containment can tell. */
    enum Answer {
        /** Printed word for word as a whole stored quote. */
        WHOLE,
        /** Printed word for word inside a longer stored quote. */
        PART,
        /** Not printed word for word anywhere. */
        ABSENT;

        /**
         * Whether the engine's verdict (asked with no speaker claimed) says the same: a whole quote is VERIFIED, a
         * part an EXCERPT, either UNATTRIBUTED when no source names the speaker; words not printed are ALTERED or
         * NOT_FOUND.
         */
        boolean agreesWith(String verdict) {
            return switch (this) {
                case WHOLE -> verdict.equals("VERIFIED") || verdict.equals("UNATTRIBUTED");
                case PART -> verdict.equals("EXCERPT") || verdict.equals("UNATTRIBUTED");
                case ABSENT -> verdict.equals("ALTERED") || verdict.equals("NOT_FOUND");
            };
        }
    }

    private static final Pattern APOSTROPHES = Pattern.compile("[’‘`]");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}']+");
    private static final Pattern ANSWERABLE = Pattern.compile("[a-z' ]+");
    /** Words whose loss in a cut reverses the words after them (the naive verifier's own short list). */
    private static final Set<String> NEGATIONS =
            Set.of("not", "no", "never", "cannot", "can't", "won't", "don't", "nobody", "none", "nothing", "nor");

    private final List<String> quotes;

    NaiveVerifier(List<String> quoteTexts) {
        List<String> normalised = new ArrayList<>(quoteTexts.size());
        for (String text : quoteTexts) {
            normalised.add(' ' + normalise(text) + ' ');
        }
        this.quotes = List.copyOf(normalised);
    }

    /** The answer for a submission, or empty when containment cannot decide it (nothing left, digits, marks). */
    Optional<Answer> check(String submission) {
        String s = normalise(submission);
        if (s.isEmpty() || !ANSWERABLE.matcher(s).matches()) {
            return Optional.empty();
        }
        String whole = ' ' + s + ' ';
        Answer best = Answer.ABSENT;
        boolean afterNegation = false;
        for (String quote : quotes) {
            if (quote.equals(whole)) {
                return Optional.of(Answer.WHOLE);
            }
            for (int at = quote.indexOf(whole); at >= 0; at = quote.indexOf(whole, at + 1)) {
                best = Answer.PART;
                afterNegation |= NEGATIONS.contains(wordBefore(quote, at));
            }
        }
        return afterNegation ? Optional.empty() : Optional.of(best);
    }

    /** The word that ends at {@code at} (a space) in a padded quote, or "" at its start. */
    private static String wordBefore(String quote, int at) {
        int start = quote.lastIndexOf(' ', at - 1);
        return start < 0 ? "" : quote.substring(start + 1, at);
    }

    int size() {
        return quotes.size();
    }

    /** NFKC, curly apostrophes straightened, lower case, every run of other marks one space, trimmed. */
    static String normalise(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC);
        s = APOSTROPHES.matcher(s).replaceAll("'").toLowerCase(Locale.ROOT);
        s = NOT_WORD.matcher(s).replaceAll(" ").trim();
        return s.replaceAll("(^| )'+|'+( |$)", "$1$2").replaceAll(" +", " ").trim();
    }
}
