package news.verbatim.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import news.verbatim.text.ListFiles;

/**
 * Loads the word lists of {@link Lexicon} from the class path, the way Lucene's {@code WordlistLoader} loads
 * stop words: one entry a line, UTF-8, lines starting with {@code #} and blank lines ignored, each entry
 * trimmed. A list is loaded once into an immutable set.
 *
 * <pre>{@code
 * Set<String> cueVerbs = WordLists.load("cue-verbs.txt"); // news/verbatim/extract/lexicon/cue-verbs.txt
 * }</pre>
 */
final class WordLists {

    /** Where the lists live, relative to this package. */
    static final String FOLDER = "lexicon/";

    private WordLists() {}

    /**
     * The entries of the list {@code name} (a file in {@value #FOLDER}).
     *
     * @throws IllegalArgumentException when there is no such list, or it holds an entry with a space inside or
     *     an entry twice
     */
    static Set<String> load(String name) {
        Set<String> words = new LinkedHashSet<>();
        ListFiles.read(
                WordLists.class, FOLDER + Objects.requireNonNull(name, "name"), (n, e) -> add(name, n, e, words));
        return Set.copyOf(words);
    }

    /** The entries of {@code reader}; {@code name} only names the list in errors. */
    static Set<String> read(String name, BufferedReader reader) throws IOException {
        Set<String> words = new LinkedHashSet<>();
        ListFiles.read(reader, (n, e) -> add(name, n, e, words));
        return Set.copyOf(words);
    }

    private static void add(String name, int number, String word, Set<String> words) {
        if (word.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException(name + ":" + number + ": an entry is one word: \"" + word + "\"");
        }
        if (!words.add(word)) {
            throw new IllegalArgumentException(name + ":" + number + ": \"" + word + "\" is listed twice");
        }
    }

    /** The union of {@code sets}, immutable. */
    @SafeVarargs
    static Set<String> union(Set<String>... sets) {
        Set<String> all = new LinkedHashSet<>();
        for (Set<String> s : sets) {
            all.addAll(s);
        }
        return Set.copyOf(all);
    }
}
