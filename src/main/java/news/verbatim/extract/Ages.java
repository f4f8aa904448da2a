package news.verbatim.extract;

import java.util.regex.Pattern;

/**
 * Ages as articles print them beside a name ("Querrel, 41,", "Hannah Oduya (27)", "41-year-old Nadia Querrel")
 * and as the epithet that points back at that person later ("said the 41-year-old"). Both are kept in one form,
 * the epithet's ("41-year-old"), so that an epithet finds the one person given that age and never a person the
 * article gave another age.
 */
final class Ages {

    /** Older than this is a year or a count, not an age ("Smith, 2019,"). */
    private static final int OLDEST = 120;

    private static final Pattern EPITHET = Pattern.compile("\\d{1,3}-year-old");
    private static final Pattern NUMBER = Pattern.compile("\\d{1,3}");

    private Ages() {}

    /** Whether {@code lower} is an age epithet ("41-year-old"). */
    static boolean isEpithet(String lower) {
        return EPITHET.matcher(lower).matches() && plausible(lower.substring(0, lower.indexOf('-')));
    }

    /** The epithet of an age printed as a number ("41" gives "41-year-old"), or null when it is no age. */
    static String epithetOf(String number) {
        return NUMBER.matcher(number).matches() && plausible(number) ? number + "-year-old" : null;
    }

    private static boolean plausible(String digits) {
        int age = Integer.parseInt(digits);
        return age >= 1 && age <= OLDEST;
    }
}
