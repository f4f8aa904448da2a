package news.verbatim.common;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The where clause of a list query whose filters are each optional: every filter given adds one named condition,
 * so a repository method reads as the list of filters it applies instead of a string being stitched together.
 *
 * <pre>{@code
 * Conditions where = new Conditions().and("a.manual = false");
 * if (outlet != null) where.and("o.nameKey = :outletKey", "outletKey", key);
 * find("from Article a join a.outlet o" + where.clause(), where.parameters());
 * }</pre>
 */
public final class Conditions {

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    /** Adds a condition without parameters. */
    public Conditions and(String condition) {
        conditions.add(condition);
        return this;
    }

    /** Adds a condition with its one named parameter. */
    public Conditions and(String condition, String name, Object value) {
        conditions.add(condition);
        parameters.put(name, value);
        return this;
    }

    /** Adds a condition with its named parameters. */
    public Conditions and(String condition, Map<String, ?> named) {
        conditions.add(condition);
        parameters.putAll(named);
        return this;
    }

    /**
     * Adds one condition per word of a search: {@code expression like :w0}, {@code :w1}, … where each parameter
     * is {@code pattern} with its {@code *} replaced by the word ({@code "%*%"} for anywhere in the text).
     *
     * @param normalisedWords the search, normalised as the searched column is, or null for no condition
     */
    public Conditions andEachWord(String expression, String normalisedWords, String pattern) {
        List<String> found = likeWords(normalisedWords);
        for (int i = 0; i < found.size(); i++) {
            and(expression + " like :w" + i, "w" + i, pattern.replace("*", found.get(i)));
        }
        return this;
    }

    /** {@code " where …"}, or nothing when no filter was given. */
    public String clause() {
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    public Map<String, Object> parameters() {
        return parameters;
    }

    /** The words of a normalised search, with the LIKE wildcards taken out. */
    static List<String> likeWords(String normalisedWords) {
        if (normalisedWords == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String word : normalisedWords.split(" ")) {
            if (!word.isEmpty()) {
                out.add(word.replace("%", "").replace("_", ""));
            }
        }
        return out;
    }
}
