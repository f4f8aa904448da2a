package news.verbatim.verify;

import java.util.ArrayList;
import java.util.List;

/**
 * The phrases explanations are built from: the edits of an altered quote ("1 word changed (“everyone” →
 * “everybody”), 2 words added (“very much”)"), the words printed in another house style, counts in words
 * ("two", "3 words") and lists ("A, B and C"). Stateless; {@link Explainer} and {@link SourcePhrases} use it.
 *
 * <pre>{@code
 * String how = "with " + EditPhrases.edits(match.diff());
 * }</pre>
 */
final class EditPhrases {

    /** How many edits of one kind an explanation quotes before "…". */
    private static final int MAX_EXAMPLES = 3;

    private EditPhrases() {}

    /**
     * ", apart from house style (printed as “iron-clad”, “U.S.”)" when the quote prints some of the words in
     * another house style, else "".
     */
    static String houseStyle(Match match) {
        if (match.styleVariants().isEmpty()) {
            return "";
        }
        List<String> printed = new ArrayList<>();
        for (StyleVariant v : match.styleVariants()) {
            printed.add("\u201C" + v.printed() + "\u201D");
        }
        return ", apart from house style (printed as " + examples(printed) + ")";
    }

    /** "1 word dropped (“not”), 2 words added (“very”, “much”)". */
    static String edits(List<DiffOp> diff) {
        int changed = 0;
        int added = 0;
        int dropped = 0;
        List<String> changedEx = new ArrayList<>();
        List<String> addedEx = new ArrayList<>();
        List<String> droppedEx = new ArrayList<>();
        for (DiffOp op : diff) {
            switch (op.op()) {
                case DiffOp.REPLACE -> {
                    changed += wordCount(op.attested());
                    changedEx.add("\u201C" + op.attested() + "\u201D \u2192 \u201C" + op.submitted() + "\u201D");
                }
                case DiffOp.INSERT -> {
                    added += wordCount(op.submitted());
                    addedEx.add("\u201C" + op.submitted() + "\u201D");
                }
                case DiffOp.DELETE -> {
                    dropped += wordCount(op.attested());
                    droppedEx.add("\u201C" + op.attested() + "\u201D");
                }
                default -> {}
            }
        }
        List<String> out = new ArrayList<>();
        if (changed > 0) {
            out.add(words(changed) + " changed (" + examples(changedEx) + ")");
        }
        if (added > 0) {
            out.add(words(added) + " added (" + examples(addedEx) + ")");
        }
        if (dropped > 0) {
            out.add(words(dropped) + " dropped (" + examples(droppedEx) + ")");
        }
        return joinNames(out);
    }

    private static String examples(List<String> ex) {
        return ex.size() <= MAX_EXAMPLES
                ? String.join(", ", ex)
                : String.join(", ", ex.subList(0, MAX_EXAMPLES)) + ", \u2026";
    }

    private static int wordCount(String s) {
        return s.isBlank() ? 0 : s.strip().split(" +").length;
    }

    static String words(int n) {
        return n + (n == 1 ? " word" : " words");
    }

    static String count(int n) {
        return switch (n) {
            case 0 -> "zero";
            case 1 -> "one";
            case 2 -> "two";
            case 3 -> "three";
            default -> Integer.toString(n);
        };
    }

    /** "A", "A and B", "A, B and C". */
    static String joinNames(List<String> names) {
        if (names.size() <= 1) {
            return names.isEmpty() ? "" : names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }
}
