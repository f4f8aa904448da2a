package news.verbatim.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * How every word list of Verbatim is read, the way Lucene's {@code WordlistLoader} reads stop words: a UTF-8
 * file on the class path, one entry a line, each entry stripped, blank lines and lines starting with {@code #}
 * skipped. The lists themselves say what an entry is ({@code StyleList}, the extraction lexicon).
 *
 * <pre>{@code
 * Set<String> words = new HashSet<>();
 * ListFiles.read(StyleList.class, "style/spelling.txt", (line, entry) -> words.add(entry));
 * }</pre>
 */
public final class ListFiles {

    /** Receives one entry and its line number (from 1). */
    @FunctionalInterface
    public interface Entries {
        void accept(int lineNumber, String entry);
    }

    private ListFiles() {}

    /**
     * Reads list {@code path} (relative to {@code owner}'s package), passing each entry to {@code entries}.
     *
     * @throws IllegalArgumentException when there is no such list, or {@code entries} rejects an entry
     */
    public static void read(Class<?> owner, String path, Entries entries) {
        Objects.requireNonNull(path, "path");
        try (InputStream in = owner.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("no word list " + path);
            }
            read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), entries);
        } catch (IOException e) {
            throw new UncheckedIOException("reading word list " + path, e);
        }
    }

    /** Passes each entry of {@code reader} to {@code entries}. */
    public static void read(BufferedReader reader, Entries entries) throws IOException {
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            String entry = line.strip();
            if (!entry.isEmpty() && !entry.startsWith("#")) {
                entries.accept(number, entry);
            }
        }
    }
}
