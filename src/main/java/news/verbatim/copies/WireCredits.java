package news.verbatim.copies;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import news.verbatim.text.NameKeys;

/**
 * Finds the outlet a wire or syndication credit line names in raw article copy: a dateline credit
 * ("LONDON (Reuters) -", "date 2024-08-06 (Bloomberg) --"), a sign-off line ("— Associated Press"), "originally
 * published by …", a copyright line ("© 2024 Bloomberg L.P.") or a distributor ("via Tribune Content Agency").
 * A distributor only passes the story on: when the copy also prints whose story it is, that owner is the credit.
 * Read the raw copy, since the cleaner drops copyright and syndication lines. Stateless.
 *
 * <pre>{@code
 * Optional<String> credit = WireCredits.find(rawText);       // "Bloomberg"
 * boolean reprint = WireCredits.creditsAnother(credit.get(), "Valley Courier"); // true
 * }</pre>
 */
public final class WireCredits {

    /** How far into the copy a dateline credit may stand: the dateline opens the story. */
    static final int DATELINE_REACH = 400;

    /** How many of the last lines may hold a sign-off credit: it closes the story. */
    static final int SIGN_OFF_LINES = 4;

    /**
     * The longest line a copyright or distributor credit stands on: a credit is a line of its own, and a long
     * line is prose ("... spoke via Zoom.").
     */
    static final int CREDIT_LINE = 100;

    /** An outlet's name as credits print it: capitalised words, initials, "&", at most 60 characters. */
    private static final String NAME = "((?:The )?[A-Z][A-Za-z.&'\\-]*(?: [A-Z&][A-Za-z.&'\\-]*){0,5})";

    /** As {@link #NAME}, as few words as the end of the line allows: "Bloomberg" of "Bloomberg L.P.". */
    private static final String NAME_TO_END = "((?:The )?[A-Z][A-Za-z.&'\\-]*(?: [A-Z&][A-Za-z.&'\\-]*){0,5}?)";

    private static final Pattern DATELINE = Pattern.compile("\\(" + NAME + "\\)\\s*(?:--?|\u2014|\u2013)");
    private static final Pattern SIGN_OFF =
            Pattern.compile("^\\s*(?:--?|\u2014|\u2013)\\s*" + NAME_TO_END + "\\.?\\s*$");
    private static final Pattern ORIGINALLY = Pattern.compile(
            "(?i:originally (?:published|appeared) (?:by|in|on)|reprinted (?:with permission )?from)\\s+" + NAME);
    private static final Pattern COPYRIGHT = Pattern.compile(
            "^\\s*(?:\u00a9|\\([cC]\\)|(?i:copyright))\\s*(?:\\d{4}\\s*)?" + NAME_TO_END
                    + "(?:,? (?:L\\.P\\.|LLC|Inc\\.?|Ltd\\.?|Company|Co\\.))?\\.?\\s*(?i:all rights reserved\\.?)?\\s*$",
            Pattern.MULTILINE);
    private static final Pattern DISTRIBUTOR = Pattern.compile(
            "^\\s*\\(?(?i:distributed by|via)\\s+" + NAME_TO_END + "(?:,? (?:LLC|Inc)\\.?)?\\)?\\.?\\s*$");

    /** Short credits and the outlet they stand for. */
    private static final Map<String, String> SHORT_NAMES = Map.of(
            "ap", "Associated Press",
            "the associated press", "Associated Press",
            "afp", "Agence France-Presse",
            "upi", "United Press International");

    private WireCredits() {}

    /** The outlet credited in {@code rawText}, or empty when the copy credits nobody. */
    public static Optional<String> find(String rawText) {
        return credit(rawText).map(Credit::outlet);
    }

    /**
     * A credit line's outlet, and whether it only distributed the story ("via Tribune Content Agency") rather than
     * wrote it: an uncredited copy of a distributed story may be its author's own.
     */
    public record Credit(String outlet, boolean distributor) {}

    /** The credit printed in {@code rawText}, or empty when the copy credits nobody. */
    public static Optional<Credit> credit(String rawText) {
        if (rawText == null) {
            throw new IllegalArgumentException("rawText must not be null");
        }
        String text = rawText.replace("\r\n", "\n").replace('\r', '\n');
        Matcher dateline = DATELINE.matcher(text.substring(0, Math.min(text.length(), DATELINE_REACH)));
        if (dateline.find()) {
            return author(dateline.group(1));
        }
        String[] lines = text.strip().split("\n");
        for (int i = lines.length - 1; i >= Math.max(0, lines.length - SIGN_OFF_LINES); i--) {
            Matcher signOff = SIGN_OFF.matcher(lines[i]);
            if (signOff.matches()) {
                return author(signOff.group(1));
            }
        }
        Matcher originally = ORIGINALLY.matcher(text);
        if (originally.find()) {
            return author(originally.group(1));
        }
        // the owner's copyright before the distributor, which only passes the story on
        for (Pattern p : new Pattern[] {COPYRIGHT, DISTRIBUTOR}) {
            for (String line : lines) {
                Matcher m = p.matcher(line);
                if (line.length() <= CREDIT_LINE && m.find()) {
                    return Optional.of(new Credit(canonical(m.group(1)), p == DISTRIBUTOR));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * True when a credit names an outlet other than the one publishing the copy: "Reuters" printed by the Valley
     * Courier, not "Bloomberg" printed by Bloomberg or "Bloomberg News". Null credits nobody.
     */
    public static boolean creditsAnother(String credited, String outlet) {
        if (credited == null) {
            return false;
        }
        String a = NameKeys.outlet(canonical(credited));
        String b = NameKeys.outlet(canonical(outlet));
        return !(a.equals(b) || a.startsWith(b + " ") || b.startsWith(a + " "));
    }

    private static Optional<Credit> author(String name) {
        return Optional.of(new Credit(canonical(name), false));
    }

    private static String canonical(String name) {
        String stripped = name.strip();
        return SHORT_NAMES.getOrDefault(NameKeys.outlet(stripped), stripped.replaceFirst("^The ", ""));
    }
}
