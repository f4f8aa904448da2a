package news.verbatim.text;

/** Which kind of house style makes two printed forms one word (see {@link HouseStyle}). */
public enum StyleFamily {
    /** British and American spelling: "defence" and "defense". */
    SPELLING,
    /** A compound printed closed, hyphenated or open: "ironclad", "iron-clad", "iron clad". */
    COMPOUND,
    /** An abbreviation with or without points: "U.S." and "US". */
    ABBREVIATION,
    /** "per cent", "percent", "pct" and "%". */
    PERCENT,
    /** A number in figures or words: "300", "three hundred"; "10,000", "ten thousand", "10k". */
    NUMBER,
    /** An ordinal in figures or words: "1st" and "first". */
    ORDINAL,
    /**
     * A contraction and the words it stands for: "don't" and "do not". Unlike the others these stay two
     * wordings (see {@link Contractions}); only the diff calls the change a style edit.
     */
    CONTRACTION
}
