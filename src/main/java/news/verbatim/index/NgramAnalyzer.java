package news.verbatim.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import news.verbatim.text.TextNormalizer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.shingle.ShingleFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The analysis of the quote index: the whitespace words of {@link TextNormalizer#styleKey style-keyed} text
 * ({@link WhitespaceTokenizer}), plus their bigrams and trigrams ({@link ShingleFilter}). Text is normalised
 * before analysis, so the index, the verifier and the rest of the service agree on what "the same words"
 * are. {@link #words} cuts a query the same way, so that query n-grams equal indexed ones.
 */
final class NgramAnalyzer extends Analyzer {

    /** The {@link WhitespaceTokenizer}'s longest token; longer words are cut into pieces this long. */
    static final int MAX_TOKEN_LENGTH = 255;

    /** The longest n-gram, in words. */
    static final int MAX_NGRAM_WORDS = 3;

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new WhitespaceTokenizer(MAX_TOKEN_LENGTH);
        ShingleFilter shingles = new ShingleFilter(source, 2, MAX_NGRAM_WORDS);
        shingles.setOutputUnigrams(true);
        return new TokenStreamComponents(source, shingles);
    }

    /**
     * The words of normalised text as the {@link WhitespaceTokenizer} cuts them (it splits words longer than
     * {@value #MAX_TOKEN_LENGTH} characters).
     */
    static String[] words(String normalised) {
        if (normalised.isEmpty()) {
            return new String[0];
        }
        String[] raw = normalised.split(" ");
        List<String> out = new ArrayList<>(raw.length);
        for (String w : raw) {
            for (int i = 0; i < w.length(); i += MAX_TOKEN_LENGTH) {
                out.add(w.substring(i, Math.min(w.length(), i + MAX_TOKEN_LENGTH)));
            }
        }
        return out.toArray(new String[0]);
    }

    /** What this analyzer makes of {@code text} (normalised first); for tests. */
    List<String> ngrams(String field, String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = tokenStream(field, TextNormalizer.styleKey(text))) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing a string cannot fail", e);
        }
        return out;
    }
}
