package news.verbatim.verify;

import java.util.Objects;

/**
 * One edit between the submitted and the attested wording that may change what the speaker meant.
 *
 * @param type      what kind of word the edit touches
 * @param submitted the submitted words of the edit as printed, empty when the submission dropped words
 * @param attested  the attested words of the edit as printed, empty when the submission added words
 */
public record MeaningChange(Type type, String submitted, String attested) {

    /** What the edit touches. */
    public enum Type {
        /** A negation (not, n't, never, no, nobody, without…) was added, dropped or changed. */
        NEGATION,
        /** A number or quantity (digits, number words, dozens, half, all…) was added, dropped or changed. */
        NUMBER,
        /** A named entity (a capitalised word not at a sentence start) was added, dropped or changed. */
        ENTITY
    }

    public MeaningChange {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(submitted, "submitted");
        Objects.requireNonNull(attested, "attested");
    }
}
