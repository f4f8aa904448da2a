package news.verbatim.extract;

import java.util.Set;

/**
 * Which of two relatives sharing a surname a person is, as the article introduces them ("Her father, Paolo
 * Ferrante", "His son Callum Hendry"), so that "the elder Mr Hendry" or "the younger Aldous" can pick one of
 * them; used only where the article names two or more people of that surname.
 */
enum Seniority {
    ELDER,
    YOUNGER,
    /** Nothing in the article says. */
    UNKNOWN;

    private static final Set<String> ELDER_WORDS =
            Set.of("father", "mother", "grandfather", "grandmother", "dad", "mum", "elder", "older");
    private static final Set<String> YOUNGER_WORDS =
            Set.of("son", "daughter", "grandson", "granddaughter", "stepson", "stepdaughter", "younger", "youngest");

    /** The seniority a word before a name gives ("father" → elder, "son" → younger); {@link #UNKNOWN} else. */
    static Seniority ofWord(String lower) {
        if (ELDER_WORDS.contains(lower)) {
            return ELDER;
        }
        if (YOUNGER_WORDS.contains(lower)) {
            return YOUNGER;
        }
        return UNKNOWN;
    }

    /** The seniority a name suffix gives ("Sr." → elder, "Jr." → younger); {@link #UNKNOWN} for others. */
    static Seniority ofSuffix(String lower) {
        return switch (lower) {
            case "sr", "sr.", "snr", "snr." -> ELDER;
            case "jr", "jr.", "jnr", "jnr." -> YOUNGER;
            default -> UNKNOWN;
        };
    }

    /** The seniority "the elder X" / "the younger X" asks for, or null for any other word. */
    static Seniority ofComparative(String lower) {
        return switch (lower) {
            case "elder", "older" -> ELDER;
            case "younger" -> YOUNGER;
            default -> null;
        };
    }

    /** The seniority "X senior" / "X junior" (lower case after a surname) asks for, or null for any other word. */
    static Seniority ofPostposed(String lower) {
        return switch (lower) {
            case "senior" -> ELDER;
            case "junior" -> YOUNGER;
            default -> null;
        };
    }

    Seniority opposite() {
        return switch (this) {
            case ELDER -> YOUNGER;
            case YOUNGER -> ELDER;
            case UNKNOWN -> UNKNOWN;
        };
    }
}
