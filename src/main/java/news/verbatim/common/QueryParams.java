package news.verbatim.common;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Parses query parameters into typed values, turning bad input into a 400 that names the parameter. */
public final class QueryParams {

    private QueryParams() {}

    public static int intOrDefault(String name, String value, int fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw ApiException.invalid(name, "must be a whole number, got '" + value + "'");
        }
    }

    public static Long longOrNull(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw ApiException.invalid(name, "must be a whole number, got '" + value + "'");
        }
    }

    public static LocalDate dateOrNull(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw ApiException.invalid(name, "must be a date yyyy-MM-dd, got '" + value + "'");
        }
    }

    /** Trimmed text, or null when absent or blank. */
    public static String textOrNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
