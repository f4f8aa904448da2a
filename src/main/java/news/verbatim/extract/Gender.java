package news.verbatim.extract;

/**
 * What the article says about a person's gender, from titles, role words, first names and the pronouns that
 * refer back; used only to tell which person "he" or "she" is.
 */
enum Gender {
    MALE,
    FEMALE,
    /** Not known: compatible with "he" and "she". */
    UNKNOWN;

    /** The gender "he" or "she" refers to; {@link #UNKNOWN} for any other pronoun. */
    static Gender ofPronoun(String pronoun) {
        return switch (pronoun) {
            case "he" -> MALE;
            case "she" -> FEMALE;
            default -> UNKNOWN;
        };
    }

    boolean isKnown() {
        return this != UNKNOWN;
    }

    /** Whether a person of this gender can be referred to by a pronoun of gender {@code pronoun}. */
    boolean admits(Gender pronoun) {
        return this == UNKNOWN || this == pronoun;
    }
}
