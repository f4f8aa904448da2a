package news.verbatim.text;

import java.util.List;
import java.util.Objects;

/**
 * House style folded out of wording: the words an outlet prints in its own style become the same words as
 * another outlet's — British and American spelling ({@code spelling.txt}), compounds closed, hyphenated or
 * open ({@code compounds.txt}), abbreviations with and without points ({@code abbreviations.txt}), "per
 * cent", "percent" and "%" ({@code percent.txt}), and numbers and ordinals in figures or words
 * ({@link NumberForms}). Each family is one stage; this class only composes them, in order, and the lists are
 * data under {@code news/verbatim/text/style/}, loaded once.
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
                new ListedForms(StyleFamily.ABBREVIATION, StyleList.load("abbreviations.txt")),
                new ListedForms(StyleFamily.COMPOUND, StyleList.load("compounds.txt")),
                new ListedForms(StyleFamily.SPELLING, StyleList.load("spelling.txt")),
                new ListedForms(StyleFamily.PERCENT, StyleList.load("percent.txt")),
                new NumberForms(
                        StyleList.load("numbers.txt"),
                        StyleList.load("number-scales.txt"),
                        StyleList.load("number-suffixes.txt"),
                        StyleList.load("ordinals.txt"))));
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
            if (s.made(word)) {
                return s.family() == StyleFamily.NUMBER && NumberForms.isOrdinal(word.norm())
                        ? StyleFamily.ORDINAL
                        : s.family();
            }
        }
        return null;
    }
}
