package news.verbatim.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Folds runs of words into single words, for the stages of {@link HouseStyle}: a stage says which run starts
 * at a word ({@link Finder}); this class builds the folded word, whose printed words are the run's and whose
 * surface is the text the run covers. Words outside a run are kept as they are, and the list itself when no
 * run is found.
 */
final class WordRuns {

    /**
     * A run to fold.
     *
     * @param words how many words it takes, at least one
     * @param key   the form of the folded word
     * @param end   where it ends in the text (after its last word, or after a point that belongs to it)
     */
    record Run(int words, String key, int end) {
        Run {
            if (words < 1) {
                throw new IllegalArgumentException("a run takes at least one word: " + words);
            }
        }
    }

    /** Finds the run starting at word {@code i}, or null when none does. */
    interface Finder {
        Run at(String text, List<Token> words, int i);
    }

    private WordRuns() {}

    static List<Token> fold(String text, List<Token> words, Finder finder) {
        List<Token> out = null;
        int i = 0;
        while (i < words.size()) {
            Run r = finder.at(text, words, i);
            if (r == null) {
                if (out != null) {
                    out.add(words.get(i));
                }
                i++;
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(words.subList(0, i));
            }
            int start = words.get(i).start();
            StringBuilder printed = new StringBuilder();
            for (int k = i; k < i + r.words(); k++) {
                if (!printed.isEmpty()) {
                    printed.append(' ');
                }
                printed.append(words.get(k).printed());
            }
            out.add(new Token(r.key(), start, r.end(), text.substring(start, r.end()), printed.toString()));
            i += r.words();
        }
        return out == null ? words : out;
    }
}
