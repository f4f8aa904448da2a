package news.verbatim.copies;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import news.verbatim.text.TextNormalizer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.minhash.MinHashFilter;
import org.apache.lucene.analysis.shingle.ShingleFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The MinHash signature of a text's word shingles, computed by Lucene's {@link MinHashFilter} (one hash,
 * {@value #BUCKETS} buckets with rotation: one-permutation hashing, every bucket filled), over the normalised
 * words taken {@value #SHINGLE_WORDS} at a time. Two signatures agree in about the share of buckets that equals
 * the Jaccard similarity of the two texts' shingle sets.
 *
 * <pre>{@code
 * double similarity = MinHashSignature.of(storedText).similarity(MinHashSignature.of(otherText));
 * }</pre>
 */
public final class MinHashSignature {

    /**
     * Words per shingle. Five words make a phrase that two independent reports rarely share by chance (one shared
     * quotation of 15 words gives 11 shingles in an article of several hundred), while one edited word changes
     * only five shingles.
     */
    public static final int SHINGLE_WORDS = 5;

    /** Buckets in a signature: the estimate's standard error is about 0.03 at a similarity of 0.5. */
    public static final int BUCKETS = 256;

    private final List<String> hashes;

    private MinHashSignature(List<String> hashes) {
        this.hashes = List.copyOf(hashes);
    }

    /** The signature of {@code text}; a text without a word has an empty signature, similar to nothing. */
    public static MinHashSignature of(String text) {
        if (text == null) {
            throw new IllegalArgumentException("text must not be null");
        }
        String words = TextNormalizer.normalize(text);
        List<String> hashes = new ArrayList<>(BUCKETS);
        if (words.isEmpty()) {
            return new MinHashSignature(hashes);
        }
        WhitespaceTokenizer tokenizer = new WhitespaceTokenizer();
        tokenizer.setReader(new StringReader(words));
        ShingleFilter shingles = new ShingleFilter(tokenizer, SHINGLE_WORDS, SHINGLE_WORDS);
        shingles.setOutputUnigrams(false);
        // a text shorter than one shingle still has a signature: its words as one shingle
        shingles.setOutputUnigramsIfNoShingles(true);
        try (TokenStream stream = new MinHashFilter(shingles, 1, BUCKETS, 1, true)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                hashes.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("reading a string cannot fail", e);
        }
        return new MinHashSignature(hashes);
    }

    /** The estimated Jaccard similarity of the two texts' shingle sets, from 0 (none shared) to 1 (the same). */
    public double similarity(MinHashSignature other) {
        return compact().similarity(other.compact());
    }

    /** The form stored with an article, and compared with stored ones. */
    public CompactSignature compact() {
        return CompactSignature.of(hashes);
    }

    /** The hash of bucket {@code i}, as Lucene's filter wrote it. */
    String bucket(int i) {
        return hashes.get(i);
    }

    /** How many bucket hashes the signature holds: {@value #BUCKETS}, or 0 for a text without a word. */
    public int size() {
        return hashes.size();
    }
}
