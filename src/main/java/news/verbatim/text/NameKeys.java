package news.verbatim.text;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * The keys names are matched by: two spellings of one name give the same key, so a lookup by key finds what
 * was stored under the other spelling.
 *
 * <pre>{@code
 * NameKeys.speaker("Sa’ar").equals(NameKeys.speaker("Saar"));   // true
 * NameKeys.outlet("The Guardian").equals(NameKeys.outlet("the guardian")); // true
 * }</pre>
 */
public final class NameKeys {

    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");

    private NameKeys() {}

    /**
     * The matching key of a speaker's name: normalised words without apostrophes or accents, so that "Sa’ar",
     * "Sa'ar" and "Saar", or "Pezeshkian" and "Pezeshkiān", find the same speaker.
     */
    public static String speaker(String name) {
        String words = TextNormalizer.normalize(name).replace("'", "");
        String decomposed = Normalizer.normalize(words, Normalizer.Form.NFD);
        return COMBINING_MARKS.matcher(decomposed).replaceAll("");
    }

    /** The matching key of an outlet's name: its normalised words, so "cnn" and "CNN" are the same outlet. */
    public static String outlet(String name) {
        return TextNormalizer.normalize(name);
    }
}
