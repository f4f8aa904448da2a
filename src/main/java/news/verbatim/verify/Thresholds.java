package news.verbatim.verify;

/**
 * The numbers that turn alignments into verdicts; {@link #DEFAULT} explains the chosen values.
 *
 * @param alteredMinScore       lowest score (Dice coefficient of shared words) for an ALTERED match
 * @param alteredMinSharedWords fewest shared words for an ALTERED match
 * @param alteredMinPrecision   lowest share of the submitted words that must be attested, in order
 * @param weakMaxWords          a match of at most this many shared words, or against a fragment quote of at
 *                              most this many words, is weak evidence
 * @param goodMatchMargin       matches scoring within this of the best are all "good": if one of them is from
 *                              the claimed speaker, the speaker is not misattributed
 */
public record Thresholds(
        double alteredMinScore,
        int alteredMinSharedWords,
        double alteredMinPrecision,
        int weakMaxWords,
        double goodMatchMargin) {

    /**
     * 0.7 / 3 words / 0.6 / 2 words / 0.1. A score of 0.7 still accepts one changed word in four (a
     * four-word quote with one substitution scores 0.75, a ten-word one with three substitutions 0.7, a
     * translation variant like "regardless of" for "whatever" in a 13-word quote 0.89), and rejects a
     * sentence that only shares a phrase with a quote. 0.6 was tried first: over 30,000 synthetic quotes,
     * made-up six-word sentences then matched some quote at 0.6–0.67 (three or four common words in
     * order). Three shared words keep two-word coincidences ("will respond") from counting as alterations;
     * 60% of the submitted words attested keeps a paraphrase that embeds a short quote from counting as that
     * quote altered. Two words is where a scare quote ("very direct") stops being evidence that the person
     * said the sentence. The 0.1 margin lets a slightly weaker match from the claimed speaker (the same
     * remark printed with one word more) win over misattribution.
     */
    public static final Thresholds DEFAULT = new Thresholds(0.7, 3, 0.6, 2, 0.1);

    public Thresholds {
        if (!(alteredMinScore > 0 && alteredMinScore < 1)) {
            throw new IllegalArgumentException("alteredMinScore must be in (0, 1): " + alteredMinScore);
        }
        if (alteredMinSharedWords < 1) {
            throw new IllegalArgumentException("alteredMinSharedWords must be at least 1: " + alteredMinSharedWords);
        }
        if (!(alteredMinPrecision >= 0 && alteredMinPrecision <= 1)) {
            throw new IllegalArgumentException("alteredMinPrecision must be in [0, 1]: " + alteredMinPrecision);
        }
        if (weakMaxWords < 0) {
            throw new IllegalArgumentException("weakMaxWords must not be negative: " + weakMaxWords);
        }
        if (!(goodMatchMargin >= 0 && goodMatchMargin < 1)) {
            throw new IllegalArgumentException("goodMatchMargin must be in [0, 1): " + goodMatchMargin);
        }
    }
}
