package news.verbatim.verify;

import java.util.Objects;
import news.verbatim.text.StyleFamily;

/**
 * Words of the submission that the attested quote prints in another house style: the same words, not an
 * edit ("ironclad", printed "iron-clad").
 *
 * @param submitted the words as submitted
 * @param printed   the words as the attested quote prints them
 * @param family    which house style makes them the same words
 */
public record StyleVariant(String submitted, String printed, StyleFamily family) {
    public StyleVariant {
        Objects.requireNonNull(submitted, "submitted");
        Objects.requireNonNull(printed, "printed");
        Objects.requireNonNull(family, "family");
    }
}
