package news.verbatim.verify;

import java.util.Objects;
import java.util.Set;

/**
 * One step of the word-level diff from the attested wording to the submitted one, with the words as printed
 * in each text (joined by single spaces).
 *
 * <p>Ops: {@value #EQUAL} (same words), {@value #INSERT} (words only in the submission), {@value #DELETE}
 * (attested words the submission dropped), {@value #REPLACE} (attested words the submission replaced), and
 * {@value #ELIDED}: attested words the submission left out at one of its ellipses — the submission says it
 * omits words there, so this is not an alteration; {@code submitted} is then {@code "…"}; and
 * {@value #STYLE}: the same words in another house style ("ironclad" for printed "iron-clad", "US" for
 * "U.S.", "300" for "three hundred", "don't" for "do not") — never an edit, never a meaning change; and two
 * editorial marks, never edits either: {@value #BRACKET}, the journalist's bracketed words for the speaker's
 * ({@code submitted} "[Iran]" as typed, {@code attested} "They"), or a note with no attested words
 * ({@code submitted} "[sic]" or "(emphasis added)", {@code attested} empty); {@value #GLOSS}, an outlet's own
 * parenthetical gloss the submission leaves out or gives as the speaker's word ({@code attested} "(Israel)" as
 * printed, {@code submitted} empty or "they").
 *
 * @param op        one of the eight ops above
 * @param submitted the submitted words, empty for {@code delete}
 * @param attested  the attested words, empty for {@code insert}
 */
public record DiffOp(String op, String submitted, String attested) {

    public static final String EQUAL = "equal";
    public static final String INSERT = "insert";
    public static final String DELETE = "delete";
    public static final String REPLACE = "replace";
    public static final String ELIDED = "elided";
    public static final String STYLE = "style";
    public static final String BRACKET = "bracket";
    public static final String GLOSS = "gloss";

    private static final Set<String> OPS = Set.of(EQUAL, INSERT, DELETE, REPLACE, ELIDED, STYLE, BRACKET, GLOSS);

    public DiffOp {
        if (!OPS.contains(op)) {
            throw new IllegalArgumentException("unknown diff op: " + op);
        }
        Objects.requireNonNull(submitted, "submitted");
        Objects.requireNonNull(attested, "attested");
    }

    /** Whether this step changes the wording ({@code insert}, {@code delete} or {@code replace}). */
    public boolean isEdit() {
        return op.equals(INSERT) || op.equals(DELETE) || op.equals(REPLACE);
    }
}
