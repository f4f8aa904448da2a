package news.verbatim.text;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * House style folded out of wording: the words an outlet prints in its own style become the same words as
 * another outlet's — British and American spelling ({@code spelling.txt}), compounds closed, hyphenated or
 * open ({@code compounds.txt}), abbreviations with and without points ({@code abbreviations.txt}), "per
 * cent", "percent" and "%" ({@code percent.txt}), and numbers and ordinals in figures or words
 * ({@link NumberForms}). Each kind of work is one stage — percent signs, the listed forms, numbers — and this
 * class only composes them, in order; the lists are data under {@code news/verbatim/text/style/}, loaded once.
 *
 * <p>Each folded word keeps the printed words it stands for ({@link Token#printed()}), so a diff can tell
 * "the same word" from "the same word in another house style". Contractions are deliberately not folded:
 * "don't" for "do not" changes the words spoken, so it stays two wordings; {@link Contractions} lets the diff
 * call it a style edit.
 *
 * <pre>{@code
 * List<Token> words = HouseStyle.standard().apply(text, TextNormalizer.tokenize(text));
 * StyleFamily why = HouseStyle.standard().family(words.get(0), other); // COMPOUND for "iron-clad"/"ironclad"
 * }</pre>
 */
public final class HouseStyle {

    private static final class Holder {
        static final HouseStyle STANDARD = new HouseStyle(List.of(
                new PercentSigns(),
                new ListedForms(lists()),
                new NumberForms(
                        StyleList.load("numbers.txt"),
                        StyleList.load("number-scales.txt"),
                        StyleList.load("number-suffixes.txt"),
                        StyleList.load("ordinals.txt"))));

        /** The listed families, one look-up a word for all of them. */
        private static Map<StyleFamily, Map<String, String>> lists() {
            Map<StyleFamily, Map<String, String>> lists = new LinkedHashMap<>();
            lists.put(StyleFamily.ABBREVIATION, StyleList.load("abbreviations.txt"));
            lists.put(StyleFamily.COMPOUND, StyleList.load("compounds.txt"));
            lists.put(StyleFamily.SPELLING, StyleList.load("spelling.txt"));
            lists.put(StyleFamily.PERCENT, StyleList.load("percent.txt"));
            return lists;
        }
    }

    private final List<StyleStage> stages;

    HouseStyle(List<StyleStage> stages) {
        this.stages = List.copyOf(stages);
        if (this.stages.isEmpty()) {
            throw new IllegalArgumentException("a house style needs at least one stage");
        }
    }

    /** The house style of the lists shipped with Verbatim; every comparison of wording uses this one. */
    public static HouseStyle standard() {
        return Holder.STANDARD;
    }

    /** The words of {@code text} (its {@link TextNormalizer#tokenize} words) with house style folded. */
    public List<Token> apply(String text, List<Token> words) {
        Objects.requireNonNull(text, "text");
        List<Token> out = words;
        for (StyleStage s : stages) {
            out = s.apply(text, out);
        }
        return out;
    }

    /**
     * Why two words with the same form are printed differently: the family of whichever of them is folded
     * (an ordinal's when the form is one), or null when neither is.
     */
    public StyleFamily family(Token a, Token b) {
        StyleFamily f = familyOf(a);
        return f != null ? f : familyOf(b);
    }

    private StyleFamily familyOf(Token word) {
        if (!word.isStyled()) {
            return null;
        }
        for (StyleStage s : stages) {
            StyleFamily f = s.familyOf(word);
            if (f != null) {
                return f;
            }
        }
        return null;
    }
}
