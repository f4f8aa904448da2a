package news.verbatim.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Loads one house-style list from the class path ({@link ListFiles}): each entry is
 * {@code key = variant[, variant…]}. Every list of {@link HouseStyle} is read this way
 * once, into an immutable map from each variant as written to its key.
 *
 * <pre>{@code
 * Map<String, String> spelling = StyleList.load("spelling.txt"); // {"defence" -> "defense", …}
 * }</pre>
 */
final class StyleList {

    /** Where the lists live, relative to this package. */
    static final String FOLDER = "style/";

    private static final String EQUALS = " = ";

    private StyleList() {}

    /**
     * The variants of list {@code name} (a file in {@value #FOLDER}), each mapped to its key.
     *
     * @throws IllegalArgumentException when there is no such list, or a line has no {@code " = "}, an empty key
     *     or variant, or a variant listed twice
     */
    static Map<String, String> load(String name) {
        Map<String, String> out = new LinkedHashMap<>();
        ListFiles.read(StyleList.class, FOLDER + Objects.requireNonNull(name, "name"), (n, e) -> add(name, n, e, out));
        return Map.copyOf(out);
    }

    /** The entries of {@code reader}; {@code name} only names the list in errors. */
    static Map<String, String> read(String name, BufferedReader reader) throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        ListFiles.read(reader, (n, e) -> add(name, n, e, out));
        return Map.copyOf(out);
    }

    private static void add(String name, int number, String entry, Map<String, String> out) {
        int eq = entry.indexOf(EQUALS);
        if (eq <= 0) {
            throw new IllegalArgumentException(name + ":" + number + ": expected \"key = variant\": \"" + entry + "\"");
        }
        String key = entry.substring(0, eq).strip();
        for (String variant : variants(entry.substring(eq + EQUALS.length()))) {
            if (variant.isEmpty()) {
                throw new IllegalArgumentException(name + ":" + number + ": an empty variant: \"" + entry + "\"");
            }
            if (out.putIfAbsent(variant, key) != null) {
                throw new IllegalArgumentException(name + ":" + number + ": \"" + variant + "\" is listed twice");
            }
        }
    }

    private static List<String> variants(String list) {
        List<String> out = new ArrayList<>();
        for (String v : list.split(",", -1)) {
            out.add(v.strip());
        }
        return out;
    }
}
