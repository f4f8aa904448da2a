package news.verbatim.copies;

import java.util.Arrays;

/**
 * Locality-sensitive keys of a {@link MinHashSignature}, so that the stored articles a new one may copy are found by
 * an indexed look-up instead of a comparison with every article. The signature's first {@value #BANDS} × {@value
 * #ROWS} buckets are cut into {@value #BANDS} bands of {@value #ROWS}; each band gives one key, and two texts
 * whose signatures agree on a whole band share its key. Texts are candidates when they share at least {@value
 * #MIN_SHARED} keys.
 *
 * <p>Why these numbers: a band agrees with probability s² at Jaccard similarity s, so the shared keys of two texts
 * follow Binomial({@value #BANDS}, s²). At the copy threshold ({@link CopyDetector#COPY_SIMILARITY}, 0.45) a copy
 * shares at least two keys with probability 0.9997 (about 9.7 expected), and surely above 0.55; two reports that
 * share a quotation or two (s ≈ 0.05–0.1) become candidates with probability 0.005–0.13 (measured in CopyBandsTest), and a candidate is then
 * compared in full. Forty-eight keys per article keep the table at a few rows per quote.
 *
 * <pre>{@code
 * long[] keys = CopyBands.of(MinHashSignature.of(text)); // stored with the article; looked up for a new one
 * }</pre>
 */
public final class CopyBands {

    /** Keys per article. */
    public static final int BANDS = 48;

    /** Buckets per band. */
    public static final int ROWS = 2;

    /** Keys two texts must share to be compared in full. */
    public static final int MIN_SHARED = 2;

    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    private CopyBands() {}

    /** The band keys of a signature, distinct; none for a signature of fewer buckets than the bands need. */
    public static long[] of(MinHashSignature signature) {
        if (signature.size() < BANDS * ROWS) {
            return new long[0];
        }
        long[] keys = new long[BANDS];
        for (int band = 0; band < BANDS; band++) {
            // FNV-1a over the band's number and its buckets: stable across runs and machines, since keys are stored
            long h = mix(FNV_OFFSET, band);
            for (int row = 0; row < ROWS; row++) {
                String bucket = signature.bucket(band * ROWS + row);
                for (int i = 0; i < bucket.length(); i++) {
                    h = mix(h, bucket.charAt(i));
                }
                h = mix(h, 0xffff);
            }
            keys[band] = h;
        }
        return Arrays.stream(keys).distinct().toArray();
    }

    private static long mix(long h, int value) {
        long out = h;
        out = (out ^ (value & 0xff)) * FNV_PRIME;
        out = (out ^ ((value >>> 8) & 0xff)) * FNV_PRIME;
        return out;
    }
}
