package news.verbatim.common;

import java.time.LocalDate;

/**
 * Parses query parameters into typed values by the rules of {@link InputRules}, turning bad input into a 400
 * that names the parameter.
 */
public final class QueryParams {

    private QueryParams() {}

    public static int intOrDefault(String name, String value, int fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        return InputRules.parseInt(name, value);
    }

    /** A positive id, or null when absent. */
    public static Long idOrNull(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return InputRules.parseId(name, value.trim());
    }

    public static LocalDate dateOrNull(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return InputRules.parseDate(value.trim())
                .orElseThrow(() ->
                        ApiException.invalid(name, "must be a date yyyy-MM-dd, got '" + InputRules.shown(value) + "'"));
    }

    /** Trimmed text, or null when absent or blank; a 400 when it carries control characters. */
    public static String textOrNull(String name, String value) {
        if (value == null) {
            return null;
        }
        // Checked before trimming: trim() would quietly drop a trailing NUL.
        String checked = InputRules.requireText(name, value);
        return checked.isBlank() ? null : checked.trim();
    }
}
