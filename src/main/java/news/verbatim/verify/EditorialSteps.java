package news.verbatim.verify;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import news.verbatim.text.Token;

/**
 * Reads editorial marks in an alignment, so that they are not counted as the speaker's words changed.
 *
 * <ul>
 *   <li>The journalist's bracketed words for the speaker's ("[Iran] will respond" for "They will respond",
 *       "[the minister] said" for "he said") become one {@link Alignment.Kind#BRACKET} step, scored as shared
 *       words — when the words they stand for are only pronouns or other words that refer to something named
 *       elsewhere ({@link #REFERENCE_WORDS}), or nothing ("he [Blinken] said"), and the brackets hold no
 *       negation or number. A bracket in place of a name ("[Iran]" for "Israel") or one that adds "[not]"
 *       stays an edit, and the meaning check sees it.
 *   <li>A bracket the diff grouped with a real edit ("[Iran] really" for "They") is split from it, and one at
 *       the edge of an excerpt keeps only the reference word it stands for, whatever the aligner placed there.
 *   <li>The journalist's notes ({@code [sic]}, {@code (emphasis added)}) become a BRACKET step with no words,
 *       where they stand, so the diff shows them.
 *   <li>An outlet's parenthetical or bracketed gloss inside the quote ("the Zionist regime (Israel)") is the
 *       outlet's words, not the speaker's: a submission that leaves it out, or gives a reference word for it
 *       ("what they will do" for "what (Iran) will do"), has a {@link Alignment.Kind#GLOSS} step, not an edit.
 * </ul>
 *
 * <pre>{@code
 * Alignment a = WordAligner.align(submitted.partTokens(), attested);
 * a = EditorialSteps.read(a, submitted, attested, quote.text());  // before judging the wording
 * }</pre>
 */
final class EditorialSteps {

    /**
     * Words that refer to something named elsewhere: what a journalist's brackets may stand for. Lower case,
     * normalised as tokens are ("it's" stays one word). Not "one": it is a number as well as a pronoun.
     */
    static final Set<String> REFERENCE_WORDS =
            Set.of(("i me my mine myself we us our ours ourselves you your yours he him his himself she her hers "
                            + "herself it its itself they them their theirs themselves this that these those here there who whom whose which "
                            + "the a an he's she's it's they're we're they've we've they'll we'll he'll she'll it'll")
                    .split(" "));

    private EditorialSteps() {}

    /** {@code a} with the editorial marks of {@code submitted} and the glosses of {@code attestedText} read. */
    static Alignment read(Alignment a, SubmittedQuote submitted, List<Token> attested, String attestedText) {
        EditorialMarks marks = submitted.marks();
        boolean glosses = attestedText.indexOf('(') >= 0 || attestedText.indexOf('[') >= 0;
        if (marks.isEmpty() && !glosses) {
            return a;
        }
        List<Token> sub = submitted.tokens();
        int shared = a.sharedWords();
        int aligned = a.alignedAttestedWords();
        List<Alignment.Op> read = new ArrayList<>(a.ops().size());
        List<Alignment.Span> windows = new ArrayList<>(a.windows());
        for (Alignment.Op whole : a.ops()) {
            Alignment.Op trimmed = trimAtEdge(whole, marks, sub, attested, windows);
            aligned -= (whole.attTo() - whole.attFrom()) - (trimmed.attTo() - trimmed.attFrom());
            for (Alignment.Op op : splitAtBracket(trimmed, marks, sub, attested)) {
                int subWords = op.subTo() - op.subFrom();
                int attWords = op.attTo() - op.attFrom();
                boolean gloss = glosses && OutletGloss.span(attested, op.attFrom(), op.attTo(), attestedText) != null;
                Alignment.Kind kind = op.kind();
                if ((kind == Alignment.Kind.REPLACE || kind == Alignment.Kind.INSERT)
                        && standsIn(
                                marks,
                                sub.subList(op.subFrom(), op.subTo()),
                                attested.subList(op.attFrom(), op.attTo()))) {
                    kind = Alignment.Kind.BRACKET;
                } else if (gloss
                        && (kind == Alignment.Kind.DELETE
                                || (kind == Alignment.Kind.REPLACE
                                        && allReference(sub.subList(op.subFrom(), op.subTo()))))) {
                    kind = Alignment.Kind.GLOSS;
                }
                if (kind != op.kind()) {
                    // Scored like a contraction step: the submitted words count as shared and as aligned.
                    shared += subWords;
                    aligned += subWords - attWords;
                    op = new Alignment.Op(kind, op.subFrom(), op.subTo(), op.attFrom(), op.attTo());
                }
                read.add(op);
            }
        }
        List<Alignment.Op> ops = withNotes(read, noteIndices(marks, sub), sub.size());
        return new Alignment(ops, windows, shared, a.submittedWords(), aligned, a.attestedWords());
    }

    /**
     * A replacement the diff made of a bracket and the words next to it ("[Iran] really" for "They"): the
     * bracket with the reference words at that end ("They"), then the rest as its own step. Other steps come back
     * as they are.
     */
    private static List<Alignment.Op> splitAtBracket(
            Alignment.Op op, EditorialMarks marks, List<Token> sub, List<Token> attested) {
        int n = op.subTo() - op.subFrom();
        if (op.kind() != Alignment.Kind.REPLACE || marks.brackets().isEmpty() || n < 2) {
            return List.of(op);
        }
        int lead = 0;
        while (lead < n && marks.bracketOf(sub.get(op.subFrom() + lead)) != null) {
            lead++;
        }
        int trail = 0;
        while (trail < n && marks.bracketOf(sub.get(op.subTo() - 1 - trail)) != null) {
            trail++;
        }
        if (lead > 0 && lead < n) {
            int refs = 0;
            while (op.attFrom() + refs < op.attTo() && isReference(attested, op.attFrom() + refs)) {
                refs++;
            }
            if (refs > 0) {
                int sAt = op.subFrom() + lead;
                int aAt = op.attFrom() + refs;
                return List.of(
                        new Alignment.Op(Alignment.Kind.REPLACE, op.subFrom(), sAt, op.attFrom(), aAt),
                        rest(sAt, op.subTo(), aAt, op.attTo()));
            }
        } else if (trail > 0 && trail < n) {
            int refs = 0;
            while (op.attTo() - refs > op.attFrom() && isReference(attested, op.attTo() - 1 - refs)) {
                refs++;
            }
            if (refs > 0) {
                int sAt = op.subTo() - trail;
                int aAt = op.attTo() - refs;
                return List.of(
                        rest(op.subFrom(), sAt, op.attFrom(), aAt),
                        new Alignment.Op(Alignment.Kind.REPLACE, sAt, op.subTo(), aAt, op.attTo()));
            }
        }
        return List.of(op);
    }

    /** An edit step of the given ranges: a replacement, or an insertion when no attested words are left. */
    private static Alignment.Op rest(int subFrom, int subTo, int attFrom, int attTo) {
        Alignment.Kind kind = attTo > attFrom ? Alignment.Kind.REPLACE : Alignment.Kind.INSERT;
        return new Alignment.Op(kind, subFrom, subTo, attFrom, attTo);
    }

    /**
     * A bracket at the edge of an excerpt may have been aligned with attested words before the ones it stands
     * for ("[The United States] communicated" with "…to Iran. We communicated": every placement of the
     * bracketed words there costs the same). A step of bracketed words only keeps the reference words next to
     * the rest of the excerpt; a step that starts (or ends) with a bracket and has other words keeps the attested
     * words from the first (to the last) reference word, for {@link #splitAtBracket}. The window's edge moves
     * with them. Other steps, and a bracket with no reference word to stand for ("[Iran] has" for "Israel has"),
     * come back as they are.
     */
    private static Alignment.Op trimAtEdge(
            Alignment.Op op,
            EditorialMarks marks,
            List<Token> sub,
            List<Token> attested,
            List<Alignment.Span> windows) {
        List<Token> words = sub.subList(op.subFrom(), op.subTo());
        if (op.kind() != Alignment.Kind.REPLACE || marks.brackets().isEmpty()) {
            return op;
        }
        boolean onlyBracket = standsIn(marks, words, List.of());
        for (int p = 0; p < windows.size(); p++) {
            Alignment.Span w = windows.get(p);
            if (w.from() == op.attFrom() && op.attTo() < w.to() && marks.bracketOf(words.get(0)) != null) {
                int k = op.attFrom();
                if (onlyBracket) {
                    k = op.attTo();
                    while (k > op.attFrom() && isReference(attested, k - 1)) {
                        k--;
                    }
                } else {
                    while (k < op.attTo() && !isReference(attested, k)) {
                        k++;
                    }
                }
                if (k == op.attTo() || k == op.attFrom()) {
                    return op; // nothing to stand for, or nothing to trim
                }
                windows.set(p, new Alignment.Span(k, w.to()));
                return new Alignment.Op(op.kind(), op.subFrom(), op.subTo(), k, op.attTo());
            }
            if (w.to() == op.attTo()
                    && op.attFrom() > w.from()
                    && marks.bracketOf(words.get(words.size() - 1)) != null) {
                int k = op.attTo();
                if (onlyBracket) {
                    k = op.attFrom();
                    while (k < op.attTo() && isReference(attested, k)) {
                        k++;
                    }
                } else {
                    while (k > op.attFrom() && !isReference(attested, k - 1)) {
                        k--;
                    }
                }
                if (k == op.attFrom() || k == op.attTo()) {
                    return op;
                }
                windows.set(p, new Alignment.Span(w.from(), k));
                return new Alignment.Op(op.kind(), op.subFrom(), op.subTo(), op.attFrom(), k);
            }
        }
        return op;
    }

    private static boolean isReference(List<Token> attested, int i) {
        return REFERENCE_WORDS.contains(attested.get(i).norm());
    }

    /** The diff step of a BRACKET or GLOSS op, with the marks as typed and the gloss as printed. */
    static DiffOp diffOp(Alignment.Op op, SubmittedQuote submitted, List<Token> attested, String attestedText) {
        List<Token> sub = submitted.tokens().subList(op.subFrom(), op.subTo());
        List<Token> att = attested.subList(op.attFrom(), op.attTo());
        if (op.kind() == Alignment.Kind.GLOSS) {
            int[] span = OutletGloss.span(attested, op.attFrom(), op.attTo(), attestedText);
            String printed =
                    span == null ? MeaningChangeDetector.surface(att) : attestedText.substring(span[0], span[1]);
            return new DiffOp(DiffOp.GLOSS, MeaningChangeDetector.surface(sub), printed);
        }
        if (op.kind() != Alignment.Kind.BRACKET) {
            throw new IllegalArgumentException("not an editorial step: " + op);
        }
        EditorialMarks marks = submitted.marks();
        if (sub.isEmpty()) {
            List<String> notes = new ArrayList<>();
            for (EditorialMarks.Mark m : marks.notes()) {
                if (noteIndex(m, submitted.tokens()) == op.subFrom()) {
                    notes.add(m.text());
                }
            }
            return new DiffOp(DiffOp.BRACKET, String.join(" ", notes), "");
        }
        EditorialMarks.Mark first = marks.bracketOf(sub.get(0));
        EditorialMarks.Mark last = marks.bracketOf(sub.get(sub.size() - 1));
        String typed = first == null || last == null
                ? MeaningChangeDetector.surface(sub)
                : submitted.text().substring(first.start(), last.end());
        return new DiffOp(DiffOp.BRACKET, typed, MeaningChangeDetector.surface(att));
    }

    /** Whether the submitted words are all bracketed and may stand for the attested ones (see the class comment). */
    private static boolean standsIn(EditorialMarks marks, List<Token> sub, List<Token> att) {
        if (sub.isEmpty() || marks.brackets().isEmpty()) {
            return false;
        }
        for (Token t : sub) {
            if (marks.bracketOf(t) == null
                    || MeaningChangeDetector.isNegation(t.norm())
                    || MeaningChangeDetector.isNumberOrQuantity(t.norm())) {
                return false;
            }
        }
        return allReference(att);
    }

    private static boolean allReference(List<Token> words) {
        return words.stream().allMatch(t -> REFERENCE_WORDS.contains(t.norm()));
    }

    /** The token indices notes stand just before ({@code sub.size()} for a note at the end). */
    private static TreeSet<Integer> noteIndices(EditorialMarks marks, List<Token> sub) {
        TreeSet<Integer> at = new TreeSet<>();
        for (EditorialMarks.Mark m : marks.notes()) {
            at.add(noteIndex(m, sub));
        }
        return at;
    }

    /** How many submitted words come before the note. */
    private static int noteIndex(EditorialMarks.Mark note, List<Token> sub) {
        int n = 0;
        while (n < sub.size() && sub.get(n).start() < note.start()) {
            n++;
        }
        return n;
    }

    /** {@code ops} with a zero-width BRACKET step at each note index, splitting an EQUAL run a note falls in. */
    private static List<Alignment.Op> withNotes(List<Alignment.Op> ops, TreeSet<Integer> notes, int words) {
        if (notes.isEmpty()) {
            return ops;
        }
        List<Alignment.Op> out = new ArrayList<>(ops.size() + 2 * notes.size());
        TreeSet<Integer> left = new TreeSet<>(notes);
        int attAt = 0;
        for (Alignment.Op op : ops) {
            Integer next = left.isEmpty() ? null : left.first();
            while (next != null && next <= op.subFrom() && op.subTo() > op.subFrom()) {
                out.add(note(next, op.attFrom()));
                left.pollFirst();
                next = left.isEmpty() ? null : left.first();
            }
            Alignment.Op rest = op;
            while (next != null
                    && rest.kind() == Alignment.Kind.EQUAL
                    && next > rest.subFrom()
                    && next < rest.subTo()) {
                int k = next - rest.subFrom();
                out.add(new Alignment.Op(
                        Alignment.Kind.EQUAL, rest.subFrom(), next, rest.attFrom(), rest.attFrom() + k));
                out.add(note(next, rest.attFrom() + k));
                rest = new Alignment.Op(Alignment.Kind.EQUAL, next, rest.subTo(), rest.attFrom() + k, rest.attTo());
                left.pollFirst();
                next = left.isEmpty() ? null : left.first();
            }
            out.add(rest);
            attAt = rest.attTo();
        }
        for (Integer idx : left) {
            out.add(note(Math.min(idx, words), attAt));
        }
        return out;
    }

    private static Alignment.Op note(int subAt, int attAt) {
        return new Alignment.Op(Alignment.Kind.BRACKET, subAt, subAt, attAt, attAt);
    }
}
