package news.verbatim.common;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The rules every piece of text, number and date a client sends must follow, in one place: query parameters,
 * path ids and JSON bodies are all checked against them.
 *
 * <ul>
 *   <li>Text carries no control characters but tab, line feed, carriage return and form feed (a NUL or an
 *       escape sequence in an outlet name is a bug or an attack, never copy).
 *   <li>Ids and whole numbers are ASCII digits only ({@code Long.parseLong} would also read Arabic-Indic or
 *       full-width digits as a number).
 *   <li>Dates are ISO {@code yyyy-MM-dd} strings, read strictly (no 2024-02-30); dates of publication lie between
 *       {@link #EARLIEST_DATE} and tomorrow (UTC), which every time zone's today falls within.
 * </ul>
 */
public final class InputRules {

    /** The earliest publication date accepted: before it, the Julian/Gregorian calendar switch varies by country. */
    public static final LocalDate EARLIEST_DATE = LocalDate.of(1800, 1, 1);

    /** Digits in ids: at most 18, so every id fits in a {@code long}. */
    private static final Pattern ASCII_ID = Pattern.compile("[0-9]{1,18}");

    private static final Pattern ASCII_INT = Pattern.compile("-?[0-9]{1,9}");

    private static final Pattern ISO_DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

    private static final DateTimeFormatter STRICT_DATE =
            DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

    private InputRules() {}

    /** The first control character of {@code text} that no text field may carry, with its offset, if any. */
    public static Optional<String> controlCharacter(String text) {
        if (text == null) {
            return Optional.empty();
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean allowedSpace = c == '\t' || c == '\n' || c == '\r' || c == '\f';
            if (Character.isISOControl(c) && !allowedSpace) {
                return Optional.of(String.format("control character U+%04X at offset %d", (int) c, i));
            }
        }
        return Optional.empty();
    }

    /** {@code text} unchanged, or a 400 naming {@code field} when it carries a control character. */
    public static String requireText(String field, String text) {
        controlCharacter(text).ifPresent(found -> {
            throw ApiException.invalid(field, "must not contain control characters (" + found + ")");
        });
        return text;
    }

    /** A positive id written in ASCII digits, or a 400 naming {@code field}. */
    public static long parseId(String field, String value) {
        if (value == null || !ASCII_ID.matcher(value).matches()) {
            throw ApiException.invalid(
                    field, "must be a whole number written in digits 0-9, got '" + shown(value) + "'");
        }
        long id = Long.parseLong(value);
        if (id < 1) {
            throw ApiException.invalid(field, "must be 1 or more, got " + id);
        }
        return id;
    }

    /** A whole number written in ASCII digits (optionally negative, at most 9 digits), or a 400. */
    public static int parseInt(String field, String value) {
        String v = value == null ? "" : value.trim();
        if (!ASCII_INT.matcher(v).matches()) {
            throw ApiException.invalid(
                    field, "must be a whole number written in digits 0-9, got '" + shown(value) + "'");
        }
        return Integer.parseInt(v);
    }

    /** An ISO date read strictly, or empty when {@code value} is not one. */
    public static Optional<LocalDate> parseDate(String value) {
        if (value == null || !ISO_DATE.matcher(value).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(value, STRICT_DATE));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** The latest publication date accepted: tomorrow in UTC, so every time zone's today is accepted. */
    public static LocalDate latestDate() {
        return LocalDate.now(ZoneOffset.UTC).plusDays(1);
    }

    /** Whether {@code date} is a plausible publication date (see {@link #EARLIEST_DATE}, {@link #latestDate()}). */
    public static boolean isPublicationDate(LocalDate date) {
        return !date.isBefore(EARLIEST_DATE) && !date.isAfter(latestDate());
    }

    /** A value as it may be echoed in an error: short, and without control characters. */
    static String shown(String value) {
        if (value == null) {
            return "";
        }
        String cut = value.length() > 40 ? value.substring(0, 40) + "…" : value;
        StringBuilder out = new StringBuilder(cut.length());
        cut.codePoints().forEach(cp -> {
            if (Character.isISOControl(cp)) {
                out.append(String.format("\\u%04X", cp));
            } else {
                out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }
}
