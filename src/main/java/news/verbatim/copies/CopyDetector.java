package news.verbatim.copies;

/**
 * Decides whether two article texts are one text: the same story in two outlets, possibly trimmed or lightly
 * edited, as opposed to two reports of the same event that share a quotation or a phrase.
 *
 * <pre>{@code
 * if (CopyDetector.isCopy(CopyDetector.similarity(newText, storedText))) { ... link the copy ... }
 * }</pre>
 */
public final class CopyDetector {

    /**
     * The estimated shingle similarity at which two texts are one text. A copy with one paragraph of fifteen
     * rewritten keeps well over 0.7; a reprint that drops the last third of the story keeps about 0.6; two
     * independent reports of one event that share a quotation or two stay under 0.1, since they word everything
     * else their own way. The threshold lies between, with room for the estimate's error of about 0.03.
     */
    public static final double COPY_SIMILARITY = 0.45;

    private CopyDetector() {}

    /** The estimated shingle similarity of two texts (see {@link MinHashSignature}). */
    public static double similarity(String a, String b) {
        return MinHashSignature.of(a).similarity(MinHashSignature.of(b));
    }

    /** True when texts this similar are one text. */
    public static boolean isCopy(double similarity) {
        if (similarity < 0 || similarity > 1 || Double.isNaN(similarity)) {
            throw new IllegalArgumentException("similarity must lie in 0..1: " + similarity);
        }
        return similarity >= COPY_SIMILARITY;
    }
}
