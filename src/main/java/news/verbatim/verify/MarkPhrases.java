package news.verbatim.verify;

import java.util.ArrayList;
import java.util.List;

/**
 * The phrase an explanation gives the editorial marks of a match ({@link DiffOp#BRACKET}, {@link DiffOp#GLOSS}
 * steps), so a reader sees they were read as marks and not as the speaker's words changed. Stateless.
 *
 * <pre>{@code
 * b.append(EditPhrases.houseStyle(match)).append(MarkPhrases.marks(match));
 * // ", with the editor's bracket “[Iran]” for “They”"
 * }</pre>
 */
final class MarkPhrases {

    private MarkPhrases() {}

    /**
     * ", with the editor's bracket “[Iran]” for “They” and the outlet's own gloss “(Israel)” left out" when the
     * match has editorial marks, else "".
     */
    static String marks(Match match) {
        List<String> said = new ArrayList<>();
        for (DiffOp op : match.diff()) {
            if (op.op().equals(DiffOp.BRACKET)) {
                said.add(bracket(op));
            } else if (op.op().equals(DiffOp.GLOSS)) {
                said.add(
                        op.submitted().isEmpty()
                                ? "the outlet's own gloss " + quoted(op.attested()) + " left out"
                                : quoted(op.submitted()) + " for the outlet's own gloss " + quoted(op.attested()));
            }
        }
        return said.isEmpty() ? "" : ", with " + EditPhrases.joinNames(said);
    }

    private static String bracket(DiffOp op) {
        if (op.attested().isEmpty()) {
            // a note ("[sic]") has no words of the speaker's; a bracketed word may be added beside them
            return EditorialMarks.isNotes(op.submitted())
                    ? "the editor's note " + quoted(op.submitted())
                    : "the editor's bracket " + quoted(op.submitted()) + " added";
        }
        return "the editor's bracket " + quoted(op.submitted()) + " for " + quoted(op.attested());
    }

    private static String quoted(String words) {
        return "\u201C" + words + "\u201D";
    }
}
