package news.verbatim.index;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;

/**
 * The analysis of the word field of word search: the whitespace words of {@link
 * news.verbatim.text.TextNormalizer#styleKey style-keyed} text, nothing else, so that a word of a search matches
 * exactly the quotes whose {@code norm_text} has it as a whole word. {@link #words} cuts a search the same way.
 */
final class WordAnalyzer extends Analyzer {

    /**
     * The longest word in characters: at most three UTF-8 bytes each, it stays below Lucene's limit on a term
     * (32,766 bytes). A longer word is cut into pieces this long, in the index and in a search alike.
     */
    static final int MAX_WORD_CHARS = 10_000;

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new WhitespaceTokenizer(MAX_WORD_CHARS);
        return new TokenStreamComponents(source);
    }

    /** The terms of normalised text as this analyzer makes them. */
    static List<String> words(String normalised) {
        List<String> out = new ArrayList<>();
        for (String w : normalised.split(" ")) {
            for (int i = 0; i < w.length(); i += MAX_WORD_CHARS) {
                out.add(w.substring(i, Math.min(w.length(), i + MAX_WORD_CHARS)));
            }
        }
        return out;
    }
}
