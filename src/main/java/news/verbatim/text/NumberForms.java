package news.verbatim.text;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The stage that writes numbers and ordinals as their value, however they are printed: "three hundred",
 * "300"; "ten thousand", "10,000" (the tokenizer already drops the comma), "10k", "10 thousand"; "1.5
 * million"; "twenty-five"; "one hundred and five"; "first", "1st"; "twenty-first", "21st". A different value
 * stays a different word, so "300" and "30" never meet. The words and values come from the lists
 * {@code numbers.txt}, {@code number-scales.txt}, {@code number-suffixes.txt} and {@code ordinals.txt}.
 *
 * <p>A number in words is read as English reads it: units and teens, a tens word before a unit
 * ("twenty-five"), a scale after a number below a thousand ("three hundred", "forty thousand"), "and" only
 * after a scale and before a unit or tens word. Anything else ends the number: "five twenty" is two numbers.
 * A scale word alone ("thousands", "a hundred") is left as a word.
 */
final class NumberForms implements StyleStage {

    private static final Pattern ORDINAL_FIGURES = Pattern.compile("\\d+(?:st|nd|rd|th)");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** What a word is in a number: a unit (zero to nineteen), a tens word, a scale, an ordinal; null fields if not. */
    private record NumberWord(BigDecimal unit, BigDecimal ten, BigDecimal scale, BigDecimal ordinal) {
        boolean startsGroup() {
            return unit != null || ten != null;
        }
    }

    /** Every number word, one look-up a word (a word of text is looked up once, most of them in vain). */
    private final Map<String, NumberWord> numberWords;

    private final Map<String, BigDecimal> suffixes;

    NumberForms(
            Map<String, String> numbers,
            Map<String, String> scales,
            Map<String, String> suffixes,
            Map<String, String> ordinals) {
        Map<String, BigDecimal[]> fields = new HashMap<>();
        values(numbers)
                .forEach((w, v) -> fields.computeIfAbsent(w, k -> new BigDecimal[4])[
                        v.compareTo(BigDecimal.valueOf(20)) < 0 ? 0 : 1] = v);
        values(scales).forEach((w, v) -> fields.computeIfAbsent(w, k -> new BigDecimal[4])[2] = v);
        values(ordinals).forEach((w, v) -> fields.computeIfAbsent(w, k -> new BigDecimal[4])[3] = v);
        Map<String, NumberWord> words = new HashMap<>();
        fields.forEach((w, f) -> words.put(w, new NumberWord(f[0], f[1], f[2], f[3])));
        this.numberWords = words;
        this.suffixes = new HashMap<>(values(suffixes));
    }

    private static Map<String, BigDecimal> values(Map<String, String> list) {
        Map<String, BigDecimal> out = new HashMap<>();
        list.forEach((word, value) -> {
            try {
                out.put(TextNormalizer.foldWord(word), new BigDecimal(value));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("not a number: \"" + value + "\" for \"" + word + "\"", e);
            }
        });
        return Map.copyOf(out);
    }

    @Override
    public List<Token> apply(String text, List<Token> words) {
        return WordRuns.fold(text, words, (t, ws, i) -> {
            Read r = readAt(t, ws, i);
            return r == null
                    ? null
                    : new WordRuns.Run(
                            r.words(), r.key(), ws.get(i + r.words() - 1).end());
        });
    }

    /** A number read at one word: how many words it takes and its key. */
    private record Read(int words, String key) {}

    private Read readAt(String text, List<Token> words, int i) {
        String w = words.get(i).norm();
        if (!Character.isDigit(w.charAt(0))) {
            return numberWords.containsKey(w) ? inWords(text, words, i) : null;
        }
        int figures = figuresEnd(w);
        if (figures == w.length()) {
            NumberWord next = i + 1 < words.size() && joined(text, words, i)
                    ? numberWords.get(words.get(i + 1).norm())
                    : null;
            BigDecimal scale = next == null ? null : next.scale();
            return scale == null ? null : new Read(2, plain(new BigDecimal(w).multiply(scale)));
        }
        BigDecimal suffix = suffixes.get(w.substring(figures));
        if (suffix != null) {
            return new Read(1, plain(new BigDecimal(w.substring(0, figures)).multiply(suffix)));
        }
        return null; // "1st" is already the key; other figures are kept as printed
    }

    /** The end of the figures a word starts with ("12", "2.5"; a point only between digits). */
    private static int figuresEnd(String w) {
        int i = 0;
        while (i < w.length() && Character.isDigit(w.charAt(i))) {
            i++;
        }
        if (i + 1 < w.length() && w.charAt(i) == '.' && Character.isDigit(w.charAt(i + 1))) {
            i++;
            while (i < w.length() && Character.isDigit(w.charAt(i))) {
                i++;
            }
        }
        return i;
    }

    /** What a number in words has read of its group below the last scale: nothing, a unit, tens, both. */
    private enum Low {
        NONE,
        UNIT,
        TENS,
        TENS_UNIT
    }

    /** A number or ordinal in words starting at word {@code i}, or null (see the class comment). */
    private Read inWords(String text, List<Token> words, int i) {
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal group = null; // the part below the last scale of a thousand or more
        BigDecimal lastScale = null;
        boolean hundreds = false;
        Low low = Low.NONE;
        int n = 0;
        for (; i + n < words.size(); n++) {
            if (n > 0 && !joined(text, words, i + n - 1)) {
                break;
            }
            String w = words.get(i + n).norm();
            NumberWord nw = numberWords.get(w);
            BigDecimal unit = nw == null ? null : nw.unit();
            BigDecimal ten = nw == null ? null : nw.ten();
            BigDecimal scale = nw == null ? null : nw.scale();
            BigDecimal ordinal = nw == null ? null : nw.ordinal();
            boolean groupOpen = low == Low.NONE && (group == null || hundreds);
            if (unit != null && groupOpen) {
                group = group == null ? unit : group.add(unit);
                low = Low.UNIT;
            } else if (unit != null && low == Low.TENS && unit.signum() > 0 && unit.compareTo(BigDecimal.TEN) < 0) {
                group = group.add(unit);
                low = Low.TENS_UNIT;
            } else if (ten != null && groupOpen) {
                group = group == null ? ten : group.add(ten);
                low = Low.TENS;
            } else if (scale != null
                    && scale.compareTo(HUNDRED) == 0
                    && group != null
                    && !hundreds
                    && low != Low.NONE) {
                group = group.multiply(HUNDRED);
                hundreds = true;
                low = Low.NONE;
            } else if (scale != null
                    && group != null
                    && group.signum() > 0
                    && (lastScale == null || scale.compareTo(lastScale) < 0)) {
                total = total.add(group.multiply(scale));
                lastScale = scale;
                group = null;
                hundreds = false;
                low = Low.NONE;
            } else if (w.equals("and")
                    && n > 0
                    && (hundreds && low == Low.NONE || group == null && lastScale != null)
                    && i + n + 1 < words.size()
                    && startsGroup(words.get(i + n + 1).norm())) {
                continue; // "one hundred and five": the "and" belongs to the number
            } else if (ordinal != null && ordinal.compareTo(HUNDRED) >= 0 && group != null && low != Low.NONE) {
                return new Read(n + 1, ordinal(total.add(group.multiply(ordinal)))); // "one hundredth"
            } else if (ordinal != null
                    && ordinal.compareTo(HUNDRED) < 0
                    && (groupOpen || low == Low.TENS && ordinal.compareTo(BigDecimal.TEN) < 0)) {
                BigDecimal value =
                        total.add(group == null ? BigDecimal.ZERO : group).add(ordinal);
                return new Read(n + 1, ordinal(value)); // "first", "twenty-first", "two hundred and third"
            } else {
                break;
            }
        }
        if (n == 0 || group == null && lastScale == null) {
            return null;
        }
        return new Read(n, plain(total.add(group == null ? BigDecimal.ZERO : group)));
    }

    private boolean startsGroup(String word) {
        NumberWord nw = numberWords.get(word);
        return nw != null && nw.startsGroup();
    }

    /** Whether word {@code i} and the next are joined by a space or a hyphen (not by other punctuation). */
    private static boolean joined(String text, List<Token> words, int i) {
        int from = words.get(i).end();
        int to = words.get(i + 1).start();
        if (to <= from) {
            return false;
        }
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (!Character.isWhitespace(c) && c != '\u00A0' && Character.getType(c) != Character.DASH_PUNCTUATION) {
                return false;
            }
        }
        return true;
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    /** "1st", "2nd", "3rd", "4th", "11th", "21st". */
    private static String ordinal(BigDecimal value) {
        String n = plain(value);
        int lastTwo = value.remainder(HUNDRED).intValue();
        int last = lastTwo % 10;
        String suffix =
                lastTwo >= 11 && lastTwo <= 13 ? "th" : last == 1 ? "st" : last == 2 ? "nd" : last == 3 ? "rd" : "th";
        return n + suffix;
    }

    @Override
    public StyleFamily familyOf(Token word) {
        if (!word.isStyled() || !Character.isDigit(word.norm().charAt(0))) {
            return null;
        }
        return ORDINAL_FIGURES.matcher(word.norm()).matches() ? StyleFamily.ORDINAL : StyleFamily.NUMBER;
    }
}
