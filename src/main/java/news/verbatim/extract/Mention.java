package news.verbatim.extract;

/**
 * A noun phrase that can be a speaker, as parsed from the tokens around a cue verb, before it is resolved to
 * an entity of the article.
 *
 * @param type    what sort of phrase it is
 * @param first   first token of the phrase (titles and determiners included)
 * @param last    last token of the phrase (inclusive)
 * @param core    PERSON_NAME: the name without titles or honorifics, as printed; ORG: the organisation name;
 *                ANON / ROLE_REF / ORG_REF / DOCUMENT_REF: the description without leading article; PRONOUN: the
 *                pronoun
 * @param printed the whole phrase as printed (for name forms), without a trailing possessive
 * @param titled  PERSON_NAME: a title, honorific or descriptive prefix stood before the name
 * @param gender  from titles and role words, or of the pronoun
 * @param definite ANON / ROLE_REF / ORG_REF: introduced by "the", "this" …, so it points back to an earlier one
 * @param head    ANON / ROLE_REF / ORG_REF / DOCUMENT_REF: the head noun ("official", "mayor", "council",
 *                "statement")
 */
record Mention(
        Type type,
        int first,
        int last,
        String core,
        String printed,
        boolean titled,
        Gender gender,
        boolean definite,
        String head) {

    enum Type {
        PERSON_NAME,
        ORG,
        ANON,
        ROLE_REF,
        ORG_REF,
        PRONOUN,
        /** Several named people joined by "and" ({@link GroupFinder}); core and printed are the whole phrase. */
        GROUP,
        /** "the statement", "the joint letter": a document introduced before, whose author speaks through it. */
        DOCUMENT_REF
    }

    /** Number of words in the core (for names: 1 = surname-only reference). */
    int coreWords() {
        return core.isBlank() ? 0 : WordGaps.count(core.trim());
    }

    boolean plural() {
        return type == Type.ANON
                && head != null
                && (head.endsWith("s") && !head.endsWith("ss") || head.equals("people"));
    }
}
