package news.verbatim.text;

import java.util.List;

/** One stage of {@link HouseStyle}: turns the words of a text into words with house style folded further. */
interface StyleStage {

    /**
     * The words of {@code text} after this stage; {@code words} (offsets into {@code text}) are not changed.
     */
    List<Token> apply(String text, List<Token> words);

    /** The family of {@code word} when this stage made it in a house style, else null. */
    StyleFamily familyOf(Token word);
}
