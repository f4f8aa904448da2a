package news.verbatim.copies;

import java.nio.ByteBuffer;
import java.util.List;

/**
 * A {@link MinHashSignature} as it is stored with its article: each bucket's hash folded to 32 bits. Comparing a
 * new article with a stored one then reads a kilobyte instead of the stored text and its shingles; two different
 * buckets fold to the same value once in four billion, which moves a similarity by one bucket in 256.
 *
 * <pre>{@code
 * byte[] stored = MinHashSignature.of(text).compact().bytes();          // with the article
 * double s = signature.compact().similarity(CompactSignature.fromBytes(stored));
 * }</pre>
 */
public final class CompactSignature {

    private final int[] buckets;

    private CompactSignature(int[] buckets) {
        this.buckets = buckets;
    }

    /** The folded form of a signature's bucket hashes, in bucket order. */
    static CompactSignature of(List<String> hashes) {
        int[] buckets = new int[hashes.size()];
        for (int i = 0; i < buckets.length; i++) {
            buckets[i] = hashes.get(i).hashCode(); // String.hashCode is specified, so stored values stay valid
        }
        return new CompactSignature(buckets);
    }

    /** The signature {@link #bytes} wrote. */
    public static CompactSignature fromBytes(byte[] bytes) {
        if (bytes.length % Integer.BYTES != 0) {
            throw new IllegalArgumentException("a stored signature has 4 bytes per bucket, not " + bytes.length);
        }
        int[] buckets = new int[bytes.length / Integer.BYTES];
        ByteBuffer.wrap(bytes).asIntBuffer().get(buckets);
        return new CompactSignature(buckets);
    }

    /** Four bytes per bucket, big-endian; empty for a text without a word. */
    public byte[] bytes() {
        ByteBuffer out = ByteBuffer.allocate(buckets.length * Integer.BYTES);
        out.asIntBuffer().put(buckets);
        return out.array();
    }

    /** The estimated Jaccard similarity of the two texts' shingle sets, from 0 (none shared) to 1 (the same). */
    public double similarity(CompactSignature other) {
        int common = Math.min(buckets.length, other.buckets.length);
        if (common == 0) {
            return 0;
        }
        int equal = 0;
        for (int i = 0; i < common; i++) {
            if (buckets[i] == other.buckets[i]) {
                equal++;
            }
        }
        return (double) equal / Math.max(buckets.length, other.buckets.length);
    }
}
