package news.verbatim.index;

import java.util.Arrays;

/**
 * A 64-bit hash of a run of style-keyed words, the same for a quote's whole wording (stored with it in the index)
 * and for any span of words of another quote: statement linking asks which stored quotes of a speaker are word for
 * word a span of a new quote by comparing these numbers in the index, before it reads a single wording. Equal
 * wordings have equal hashes; an unequal wording sharing one (about one in 2^64) is a candidate more, which the
 * caller compares word by word anyway.
 */
final class WordingHash {

    /** Odd, so that multiplying by it loses nothing; from the 64-bit golden ratio. */
    private static final long STEP = 0x9E3779B97F4A7C15L;

    private WordingHash() {}

    /** The words of style-keyed text, as the hashes count them: split at its single spaces. */
    static String[] words(String normalised) {
        return normalised.isEmpty() ? new String[0] : normalised.split(" ");
    }

    /** The hash of a whole style-keyed wording. */
    static long of(String normalised) {
        String[] words = words(normalised);
        long h = 0;
        for (String w : words) {
            h = h * STEP + word(w);
        }
        return h;
    }

    /**
     * The hashes of every span of {@code words} from {@code minWords} to {@code maxWords} words long, sorted
     * (duplicates kept) for {@link #contains}. A quote of n words has fewer than n²/2 spans: 780 for 40 words.
     */
    static long[] spans(String[] words, int minWords, int maxWords) {
        long[] wordHashes = new long[words.length];
        for (int i = 0; i < words.length; i++) {
            wordHashes[i] = word(words[i]);
        }
        int longest = Math.min(maxWords, words.length);
        int count = 0;
        for (int length = minWords; length <= longest; length++) {
            count += words.length - length + 1;
        }
        long[] out = new long[count];
        int at = 0;
        for (int start = 0; start + minWords <= words.length; start++) {
            long h = 0;
            for (int end = start; end < words.length && end - start < longest; end++) {
                h = h * STEP + wordHashes[end];
                if (end - start + 1 >= minWords) {
                    out[at++] = h;
                }
            }
        }
        Arrays.sort(out);
        return out;
    }

    /** Whether sorted {@code hashes} (from {@link #spans}) holds {@code hash}. */
    static boolean contains(long[] hashes, long hash) {
        return Arrays.binarySearch(hashes, hash) >= 0;
    }

    /** FNV-1a over the word's chars, then a finaliser, so that similar words spread over all 64 bits. */
    private static long word(String w) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < w.length(); i++) {
            h = (h ^ w.charAt(i)) * 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        return h;
    }
}
