package news.verbatim.verify;

import java.util.List;
import java.util.Objects;

/**
 * How the submitted words compare with one attested quote.
 *
 * @param quote          the attested quote
 * @param score          wording similarity in [0, 1]: 1 for exact and excerpt matches, otherwise the Dice
 *                       coefficient {@code 2·shared / (submitted words + aligned attested words)} of the aligned
 *                       region (see {@link Verifier})
 * @param wording        how the words relate to the quote
 * @param meaningChanged whether an edit touches a negation, a number or quantity, or a named entity
 * @param meaningChanges those edits, in text order
 * @param diff           the word-level diff from the attested to the submitted wording, in text order
 * @param styleVariants  the words the quote prints in another house style ({@code style} steps of the
 *                       diff), in text order
 * @param attestedStart  offset in the attested text of the first aligned word
 * @param attestedEnd    offset in the attested text after the last aligned word
 */
public record Match(
        AttestedQuote quote,
        double score,
        Wording wording,
        boolean meaningChanged,
        List<MeaningChange> meaningChanges,
        List<DiffOp> diff,
        List<StyleVariant> styleVariants,
        int attestedStart,
        int attestedEnd) {
    public Match {
        Objects.requireNonNull(quote, "quote");
        Objects.requireNonNull(wording, "wording");
        if (!(score >= 0 && score <= 1)) {
            throw new IllegalArgumentException("score must be in [0, 1]: " + score);
        }
        meaningChanges = List.copyOf(meaningChanges);
        diff = List.copyOf(diff);
        styleVariants = List.copyOf(styleVariants);
        if (meaningChanged == meaningChanges.isEmpty()) {
            throw new IllegalArgumentException("meaningChanged must say whether there are meaning changes");
        }
        if (attestedStart < 0
                || attestedEnd < attestedStart
                || attestedEnd > quote.text().length()) {
            throw new IllegalArgumentException("bad attested span " + attestedStart + ".." + attestedEnd);
        }
    }
}
