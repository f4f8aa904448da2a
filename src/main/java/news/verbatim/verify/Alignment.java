package news.verbatim.verify;

import java.util.List;

/**
 * Where and how the submitted words sit in one attested quote, in token indices (submitted indices run over
 * all parts of the submission, in order).
 *
 * @param ops                  the word-level edit script over the aligned region, in order
 * @param windows              for each submitted part, the attested token range {@code [from, to)} it aligns
 *                             with (empty when none of its words could be placed)
 * @param sharedWords          words equal in both, in whatever house style (the longest common subsequence
 *                             within the windows), plus the submitted words of contraction steps
 * @param submittedWords       words in the submission
 * @param alignedAttestedWords attested words inside the windows (words elided at ellipses not counted; a
 *                             contraction step counted as its submitted words, so it scores as shared)
 * @param attestedWords        words in the whole attested quote
 */
public record Alignment(
        List<Op> ops,
        List<Span> windows,
        int sharedWords,
        int submittedWords,
        int alignedAttestedWords,
        int attestedWords) {

    /**
     * What one step of the edit script does. STYLE: the same words in another house style ("ironclad" for
     * "iron-clad", "US" for "U.S.", "300" for "three hundred", "don't" for "do not") — not an edit. BRACKET and
     * GLOSS are editorial marks ({@link EditorialSteps}), not edits either: BRACKET is the journalist's
     * bracketed words for the speaker's ("[Iran]" for "They"), or with no words a note ("[sic]"); GLOSS is an
     * outlet's parenthetical gloss ("(Israel)") the submission leaves out or gives as the speaker's word.
     */
    public enum Kind {
        EQUAL,
        STYLE,
        INSERT,
        DELETE,
        REPLACE,
        ELIDED,
        BRACKET,
        GLOSS
    }

    /**
     * One step: submitted tokens {@code [subFrom, subTo)} against attested tokens {@code [attFrom, attTo)}.
     */
    public record Op(Kind kind, int subFrom, int subTo, int attFrom, int attTo) {
        public Op {
            if (subFrom < 0 || subTo < subFrom || attFrom < 0 || attTo < attFrom) {
                throw new IllegalArgumentException("bad op ranges");
            }
        }

        /** Whether the step changes the wording (not EQUAL, STYLE, ELIDED, BRACKET or GLOSS). */
        public boolean isEdit() {
            return kind == Kind.INSERT || kind == Kind.DELETE || kind == Kind.REPLACE;
        }
    }

    /** A token range {@code [from, to)}. */
    public record Span(int from, int to) {
        public Span {
            if (from < 0 || to < from) {
                throw new IllegalArgumentException("bad span " + from + ".." + to);
            }
        }

        public boolean isEmpty() {
            return from == to;
        }
    }

    public Alignment {
        ops = List.copyOf(ops);
        windows = List.copyOf(windows);
    }

    /**
     * Whether no word was inserted, dropped or replaced (words elided at ellipses and house style are allowed).
     */
    public boolean isExact() {
        return ops.stream().noneMatch(Op::isEdit) && sharedWords == submittedWords;
    }

    /** Whether the aligned region is the whole attested quote with nothing elided. */
    public boolean coversWholeQuote() {
        return first().from() == 0
                && last().to() == attestedWords
                && ops.stream().noneMatch(o -> o.kind() == Kind.ELIDED);
    }

    /** The Dice coefficient of shared words: {@code 2·shared / (submitted + aligned attested)}, in [0, 1]. */
    public double score() {
        int total = submittedWords + alignedAttestedWords;
        return total == 0 ? 0 : 2.0 * sharedWords / total;
    }

    /** The share of the submitted words that are attested, in order. */
    public double precision() {
        return submittedWords == 0 ? 0 : (double) sharedWords / submittedWords;
    }

    /** First attested token of the aligned region. */
    public int attestedFrom() {
        return first().from();
    }

    /** After the last attested token of the aligned region. */
    public int attestedTo() {
        return last().to();
    }

    private Span first() {
        return windows.stream().filter(w -> !w.isEmpty()).findFirst().orElse(windows.get(0));
    }

    private Span last() {
        Span found = windows.get(windows.size() - 1);
        for (Span w : windows) {
            if (!w.isEmpty()) {
                found = w;
            }
        }
        return found;
    }
}
