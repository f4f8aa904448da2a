package news.verbatim.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import news.verbatim.text.TextNormalizer;
import org.apache.lucene.index.IndexReaderContext;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.BytesRef;

/**
 * Chooses the n-grams of a submission that a search uses: the submission is cut into the n-grams the index
 * stores (computed directly from its normalised words, which a test checks against {@link NgramAnalyzer}),
 * each distinct n-gram's document frequency is looked up — one pass per segment in term order, trigrams only
 * when both their bigrams exist — and the rarest n-grams that occur in the index are kept (ties go to the
 * longer n-gram): at least {@link QuoteIndex#MIN_QUERY_TERMS}, at most {@link QuoteIndex#MAX_QUERY_TERMS},
 * and past the minimum only while their summed document frequencies — the postings the search will walk —
 * stay within the budget. No n-gram spans two parts of a submission split at its ellipses.
 *
 * <pre>{@code
 * List<String> keys = submitted.parts().stream().map(TextNormalizer::styleKey).toList();
 * List<SelectedTerm> terms = new QueryTermSelector(20_000).select(searcher, keys);
 * }</pre>
 */
final class QueryTermSelector {

    /** An n-gram of the submission with its statistics in the searcher's reader. */
    record SelectedTerm(String text, Term term, TermStates states, int docFreq, int words) {}

    private static final Comparator<SelectedTerm> RAREST_FIRST = Comparator.comparingInt(SelectedTerm::docFreq)
            .thenComparing(Comparator.comparingInt(SelectedTerm::words).reversed())
            .thenComparing(SelectedTerm::text);

    private final int maxQueryPostings;

    /**
     * @param maxQueryPostings the most postings (summed document frequencies) one search may walk, past the
     *     minimum terms
     */
    QueryTermSelector(int maxQueryPostings) {
        if (maxQueryPostings < 1) {
            throw new IllegalArgumentException("maxQueryPostings must be at least 1: " + maxQueryPostings);
        }
        this.maxQueryPostings = maxQueryPostings;
    }

    /** The n-grams a search for {@code parts} ({@link TextNormalizer#styleKey style-keyed}) uses, rarest first. */
    List<SelectedTerm> select(IndexSearcher searcher, List<String> parts) throws IOException {
        List<String[]> words = new ArrayList<>(parts.size());
        for (String part : parts) {
            words.add(NgramAnalyzer.words(Objects.requireNonNull(part, "part")));
        }
        IndexReaderContext top = searcher.getTopReaderContext();
        TermsEnum[] enums = new TermsEnum[top.leaves().size()];
        for (LeafReaderContext leaf : top.leaves()) {
            Terms terms = leaf.reader().terms(QuoteDocuments.FIELD_NGRAMS);
            enums[leaf.ord] = terms == null ? null : terms.iterator();
        }
        // Unigrams and bigrams first; a trigram is looked up only if both its bigrams are in the index,
        // which skips most trigrams of altered or made-up wording.
        Map<String, Integer> lengths = new HashMap<>();
        List<String> shortOnes = new ArrayList<>();
        for (String[] w : words) {
            for (int i = 0; i < w.length; i++) {
                addNgram(w, i, 1, lengths, shortOnes);
                addNgram(w, i, 2, lengths, shortOnes);
            }
        }
        Map<String, TermStates> found = new HashMap<>();
        lookUp(shortOnes, top, enums, found);
        List<String> trigrams = new ArrayList<>();
        for (String[] w : words) {
            for (int i = 0; i + 2 < w.length; i++) {
                if (found.containsKey(w[i] + ' ' + w[i + 1]) && found.containsKey(w[i + 1] + ' ' + w[i + 2])) {
                    addNgram(w, i, 3, lengths, trigrams);
                }
            }
        }
        lookUp(trigrams, top, enums, found);

        List<SelectedTerm> candidates = new ArrayList<>(found.size());
        for (Map.Entry<String, TermStates> e : found.entrySet()) {
            candidates.add(new SelectedTerm(
                    e.getKey(),
                    new Term(QuoteDocuments.FIELD_NGRAMS, e.getKey()),
                    e.getValue(),
                    e.getValue().docFreq(),
                    lengths.get(e.getKey())));
        }
        candidates.sort(RAREST_FIRST);
        // Rarest first, while the posting lists to walk stay within budget: the cost of a search is about
        // the sum of its terms' document frequencies, and common n-grams add cost but little evidence.
        List<SelectedTerm> selected = new ArrayList<>(Math.min(candidates.size(), QuoteIndex.MAX_QUERY_TERMS));
        long postings = 0;
        for (SelectedTerm t : candidates) {
            if (selected.size() == QuoteIndex.MAX_QUERY_TERMS
                    || (selected.size() >= QuoteIndex.MIN_QUERY_TERMS && postings + t.docFreq() > maxQueryPostings)) {
                break;
            }
            selected.add(t);
            postings += t.docFreq();
        }
        return selected;
    }

    /** Every n-gram a search for {@code text} considers, before the rarity selection; for tests. */
    static List<String> queryNgrams(String text) {
        String[] w = NgramAnalyzer.words(TextNormalizer.styleKey(text));
        Map<String, Integer> lengths = new HashMap<>();
        List<String> out = new ArrayList<>();
        for (int n = 1; n <= NgramAnalyzer.MAX_NGRAM_WORDS; n++) {
            for (int i = 0; i < w.length; i++) {
                addNgram(w, i, n, lengths, out);
            }
        }
        return out;
    }

    private static void addNgram(String[] words, int from, int n, Map<String, Integer> lengths, List<String> out) {
        if (from + n > words.length) {
            return;
        }
        String ngram =
                n == 1 ? words[from] : String.join(" ", Arrays.asList(words).subList(from, from + n));
        if (lengths.putIfAbsent(ngram, n) == null) {
            out.add(ngram);
        }
    }

    /**
     * Looks {@code ngrams} up in every segment with one {@link TermsEnum} per segment, in term order (much
     * cheaper than a {@code TermStates.build} per n-gram), adding those present to {@code found}.
     */
    private static void lookUp(
            List<String> ngrams, IndexReaderContext top, TermsEnum[] enums, Map<String, TermStates> found)
            throws IOException {
        BytesRef[] bytes = new BytesRef[ngrams.size()];
        for (int k = 0; k < bytes.length; k++) {
            bytes[k] = new BytesRef(ngrams.get(k));
        }
        Integer[] order = new Integer[bytes.length];
        for (int k = 0; k < order.length; k++) {
            order[k] = k;
        }
        Arrays.sort(order, Comparator.comparing(k -> bytes[k]));
        for (int leaf = 0; leaf < enums.length; leaf++) {
            TermsEnum te = enums[leaf];
            if (te == null) {
                continue;
            }
            for (int k : order) {
                if (te.seekExact(bytes[k])) {
                    found.computeIfAbsent(ngrams.get(k), x -> new TermStates(top))
                            .register(te.termState(), leaf, te.docFreq(), te.totalTermFreq());
                }
            }
        }
    }
}
