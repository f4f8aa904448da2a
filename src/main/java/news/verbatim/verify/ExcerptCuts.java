package news.verbatim.verify;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import news.verbatim.text.Token;

/**
 * What an excerpt leaves out of the attested quote that reverses what its own words say, and where a rephrased
 * opening stands for words the alignment left outside the excerpt.
 *
 * <p>An excerpt is honest when the words it cuts would not change its meaning. Cutting "No" from "No one should
 * escalate", "It's not true that" from "It's not true that the clinic will close", or an ellipsis over "not" makes
 * the speaker say the opposite: such a match is {@link Wording#ALTERED}, with a {@code NEGATION} change that names
 * the cut words. A negation further back, past words that do not carry it forward ("has no interest in" before "a
 * war of attrition"), or in the sentence before, is not a reversing cut.
 *
 * <pre>{@code
 * List<List<Token>> cuts = ExcerptCuts.reversing(alignment, attestedTokens, attestedText);
 * if (!cuts.isEmpty()) wording = Wording.ALTERED;
 * }</pre>
 */
final class ExcerptCuts {

    /**
     * Words that may stand between a cut negation and the excerpt and leave the excerpt still governed by it:
     * the pronoun of "no one", the frame of "not true that", "don't think", "never said that".
     */
    private static final Set<String> SCOPE_WORDS = Set.of(
            "one",
            "true",
            "that",
            "the",
            "case",
            "so",
            "just",
            "only",
            "really",
            "always",
            "everyone",
            "everybody",
            "anyone",
            "all",
            "say",
            "said",
            "think",
            "believe",
            "expect",
            "want",
            "mean",
            "claim",
            "claimed");

    /** How many scope words may stand between the cut negation and the excerpt ("not true that": two). */
    private static final int MAX_SCOPE_WORDS = 3;

    /** How many attested words before the excerpt a rephrased opening may stand for ("Nobody" for "No one"). */
    private static final int MAX_ABSORBED_WORDS = 2;

    private ExcerptCuts() {}

    /**
     * The cuts that reverse the excerpt, each as the attested words left out: the words from a negation just
     * before the aligned region up to it, and each elided run that holds a negation. Empty for an honest excerpt.
     */
    static List<List<Token>> reversing(Alignment alignment, List<Token> attested, String attestedText) {
        Objects.requireNonNull(alignment, "alignment");
        Objects.requireNonNull(attested, "attested");
        List<List<Token>> out = new ArrayList<>(1);
        int from = alignment.attestedFrom();
        if (from > 0 && alignment.attestedTo() > from) {
            List<Token> leading = leadingCut(attested, from, attestedText);
            if (!leading.isEmpty()) {
                out.add(leading);
            }
        }
        for (Alignment.Op op : alignment.ops()) {
            if (op.kind() == Alignment.Kind.ELIDED) {
                List<Token> elided = attested.subList(op.attFrom(), op.attTo());
                if (elided.stream().anyMatch(t -> MeaningChangeDetector.isNegation(t.norm()))) {
                    out.add(elided);
                }
            }
        }
        return out;
    }

    /**
     * The alignment with its opening edit widened over the attested words just before the aligned region when
     * those words and the edit's say the same ("Nobody should" for "No one should", "No matter what" for
     * "Whatever"): the opening is a rephrasing, not a cut. Otherwise the alignment unchanged.
     */
    static Alignment absorbRephrasedOpening(
            Alignment alignment,
            List<Token> submitted,
            String submittedText,
            List<Token> attested,
            String attestedText) {
        List<Alignment.Op> ops = alignment.ops();
        if (ops.isEmpty()) {
            return alignment;
        }
        Alignment.Op first = ops.get(0);
        int from = alignment.attestedFrom();
        if (!first.isEdit() || first.subFrom() != 0 || first.attFrom() != from || from == 0) {
            return alignment;
        }
        int opEnd = editRunEnd(ops);
        List<Token> sub = submitted.subList(0, ops.get(opEnd - 1).subTo());
        int attTo = ops.get(opEnd - 1).attTo();
        if (MeaningChangeDetector.changes(sub, submittedText, attested.subList(from, attTo), attestedText)
                .isEmpty()) {
            return alignment;
        }
        for (int k = 1; k <= MAX_ABSORBED_WORDS && from - k >= 0; k++) {
            if (sentenceBreakBefore(attested, from - k + 1, attestedText)) {
                break;
            }
            if (MeaningChangeDetector.changes(sub, submittedText, attested.subList(from - k, attTo), attestedText)
                    .isEmpty()) {
                return widenOpening(alignment, opEnd, k);
            }
        }
        return alignment;
    }

    /** After the run of edit steps the script opens with. */
    private static int editRunEnd(List<Alignment.Op> ops) {
        int end = 0;
        while (end < ops.size() && ops.get(end).isEdit()) {
            end++;
        }
        return end;
    }

    /** The opening edit run as one REPLACE that also covers the {@code k} attested words before it. */
    private static Alignment widenOpening(Alignment a, int runEnd, int k) {
        List<Alignment.Op> ops = new ArrayList<>(a.ops().size());
        Alignment.Op last = a.ops().get(runEnd - 1);
        ops.add(new Alignment.Op(
                Alignment.Kind.REPLACE, 0, last.subTo(), a.ops().get(0).attFrom() - k, last.attTo()));
        ops.addAll(a.ops().subList(runEnd, a.ops().size()));
        List<Alignment.Span> windows = new ArrayList<>(a.windows());
        for (int i = 0; i < windows.size(); i++) {
            Alignment.Span w = windows.get(i);
            if (!w.isEmpty()) {
                windows.set(i, new Alignment.Span(w.from() - k, w.to()));
                break;
            }
        }
        return new Alignment(
                ops, windows, a.sharedWords(), a.submittedWords(), a.alignedAttestedWords() + k, a.attestedWords());
    }

    /** The attested words from a negation just before {@code from} up to it, or empty (see the class comment). */
    private static List<Token> leadingCut(List<Token> attested, int from, String attestedText) {
        for (int i = from - 1; i >= 0 && from - 1 - i <= MAX_SCOPE_WORDS; i--) {
            if (sentenceBreakBefore(attested, i + 1, attestedText)) {
                return List.of();
            }
            Token word = attested.get(i);
            if (MeaningChangeDetector.isNegation(word.norm())) {
                return attested.subList(i, from);
            }
            // the printed word: house style normalises "one" to its value
            if (!SCOPE_WORDS.contains(word.printed())) {
                return List.of();
            }
        }
        return List.of();
    }

    /** Whether a sentence ends between token {@code index - 1} and token {@code index}. */
    private static boolean sentenceBreakBefore(List<Token> tokens, int index, String text) {
        if (index <= 0 || index >= tokens.size()) {
            return false;
        }
        int gapFrom = Math.min(tokens.get(index - 1).end(), text.length());
        int gapTo = Math.min(tokens.get(index).start(), text.length());
        for (int i = gapFrom; i < gapTo; i++) {
            char c = text.charAt(i);
            if (c == '.' || c == '!' || c == '?' || c == ';' || c == '\u2026') {
                return true;
            }
        }
        return false;
    }
}
