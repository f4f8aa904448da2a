package news.verbatim.verify;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import news.verbatim.text.Token;

/**
 * The journalist's own marks in a submitted quote, which are not the speaker's words: notes that say something
 * about the quote ({@code [sic]}, {@code (emphasis added)}, {@code [emphasis mine]}) and square-bracketed
 * words the journalist put in place of the speaker's ({@code [Iran] will respond} for "They will respond",
 * {@code [the minister] said} for "he said"). Bracketed ellipses ({@code [...]}) are not read here:
 * {@link SubmittedQuote} splits the quote at them.
 *
 * <p>A note's words are no words of the quote: {@link #hides} tells the submission to leave them out of its
 * tokens. Bracketed words stay words of the quote, and {@link EditorialSteps} aligns them with the words they
 * stand for.
 *
 * <pre>{@code
 * EditorialMarks marks = EditorialMarks.find("[Iran] will respond [sic]");
 * marks.brackets();   // [Mark[BRACKET, 0, 6, "[Iran]"]]
 * marks.notes();      // [Mark[NOTE, 20, 25, "[sic]"]]
 * }</pre>
 */
public final class EditorialMarks {

    /** Longest bracketed insertion read as the journalist's, in characters: longer brackets are left as text. */
    static final int MAX_BRACKET_CHARS = 60;

    /** {@code [sic]}, {@code (sic)}, and an emphasis note in square or round brackets. */
    private static final Pattern NOTE = Pattern.compile(
            "[\\[(]\\s*(?:sic|(?:emphasis|italics|underlining|bold)\\s+(?:added|mine|ours|supplied|in original))"
                    + "\\s*!?\\s*[\\])]",
            Pattern.CASE_INSENSITIVE);

    /** Square brackets around words (not around an ellipsis, which is not a word). */
    private static final Pattern BRACKET = Pattern.compile("\\[([^\\[\\]]{1," + MAX_BRACKET_CHARS + "})\\]");

    private static final Pattern ELLIPSIS_ONLY = Pattern.compile("[\\s.\u2026]*");

    /** What a mark is. */
    public enum Kind {
        /** A note on the quote, no words of it: {@code [sic]}, {@code (emphasis added)}. */
        NOTE,
        /** Words in square brackets, put by the journalist in place of (or beside) the speaker's words. */
        BRACKET
    }

    /**
     * One mark, as typed.
     *
     * @param kind  what it is
     * @param start offset of its opening bracket in the submitted text
     * @param end   offset after its closing bracket
     * @param text  the mark as typed, brackets included
     */
    public record Mark(Kind kind, int start, int end, String text) {
        public Mark {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(text, "text");
            if (start < 0 || end <= start) {
                throw new IllegalArgumentException("bad mark offsets " + start + ".." + end);
            }
        }

        /** Whether {@code token} lies inside this mark. */
        public boolean contains(Token token) {
            return token.start() >= start && token.end() <= end;
        }
    }

    private static final EditorialMarks NONE = new EditorialMarks(List.of(), List.of());

    private final List<Mark> notes;
    private final List<Mark> brackets;

    private EditorialMarks(List<Mark> notes, List<Mark> brackets) {
        this.notes = List.copyOf(notes);
        this.brackets = List.copyOf(brackets);
    }

    /** The marks of {@code text}, in order. */
    public static EditorialMarks find(String text) {
        Objects.requireNonNull(text, "text");
        if (text.indexOf('[') < 0 && text.indexOf('(') < 0) {
            return NONE;
        }
        List<Mark> notes = new ArrayList<>();
        Matcher n = NOTE.matcher(text);
        while (n.find()) {
            notes.add(new Mark(Kind.NOTE, n.start(), n.end(), n.group()));
        }
        List<Mark> brackets = new ArrayList<>();
        Matcher b = BRACKET.matcher(text);
        while (b.find()) {
            int at = b.start();
            boolean isNote = notes.stream().anyMatch(m -> m.start() == at);
            if (!isNote && !ELLIPSIS_ONLY.matcher(b.group(1)).matches()) {
                brackets.add(new Mark(Kind.BRACKET, b.start(), b.end(), b.group()));
            }
        }
        return notes.isEmpty() && brackets.isEmpty() ? NONE : new EditorialMarks(notes, brackets);
    }

    /** Whether {@code text} is nothing but notes ("[sic]", "[sic] (emphasis added)"), as a note step shows them. */
    static boolean isNotes(String text) {
        return !text.isBlank() && NOTE.matcher(text).replaceAll("").isBlank();
    }

    /** The notes ({@code [sic]}, {@code (emphasis added)}), in order. */
    public List<Mark> notes() {
        return notes;
    }

    /** The bracketed words, in order. */
    public List<Mark> brackets() {
        return brackets;
    }

    /** Whether {@code token} is a word of a note, not of the quote. */
    public boolean hides(Token token) {
        return notes.stream().anyMatch(m -> m.contains(token));
    }

    /** {@code text} from {@code from} to {@code to} with the notes in it left out (a search looks for words, not notes). */
    public String withoutNotes(String text, int from, int to) {
        StringBuilder out = new StringBuilder(to - from);
        int at = from;
        for (Mark m : notes) {
            if (m.start() >= at && m.end() <= to) {
                out.append(text, at, m.start());
                at = m.end();
            }
        }
        return out.append(text, at, to).toString().replaceAll("\\s{2,}", " ");
    }

    /** The bracket {@code token} lies in, or null. */
    public Mark bracketOf(Token token) {
        for (Mark m : brackets) {
            if (m.contains(token)) {
                return m;
            }
        }
        return null;
    }

    /** Whether there are no marks. */
    public boolean isEmpty() {
        return notes.isEmpty() && brackets.isEmpty();
    }

    @Override
    public String toString() {
        return "EditorialMarks[notes=" + notes + ", brackets=" + brackets + "]";
    }
}
