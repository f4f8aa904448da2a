package news.verbatim.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

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

    private static final String COMMENT = "#";

    private WordLists() {}

    /**
     * The entries of the list {@code name} (a file in {@value #FOLDER}).
     *
     * @throws IllegalArgumentException when there is no such list, or it holds an entry with a space inside or
     *     an entry twice
     */
    static Set<String> load(String name) {
        Objects.requireNonNull(name, "name");
        try (InputStream in = WordLists.class.getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no word list " + FOLDER + name);
            }
            return read(name, new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("reading word list " + name, e);
        }
    }

    /** The entries of {@code reader}; {@code name} only names the list in errors. */
    static Set<String> read(String name, BufferedReader reader) throws IOException {
        Set<String> words = new LinkedHashSet<>();
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            String word = line.strip();
            if (word.isEmpty() || word.startsWith(COMMENT)) {
                continue;
            }
            if (word.chars().anyMatch(Character::isWhitespace)) {
                throw new IllegalArgumentException(name + ":" + number + ": an entry is one word: \"" + word + "\"");
            }
            if (!words.add(word)) {
                throw new IllegalArgumentException(name + ":" + number + ": \"" + word + "\" is listed twice");
            }
        }
        return Set.copyOf(words);
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
