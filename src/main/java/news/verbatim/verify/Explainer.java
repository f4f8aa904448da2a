package news.verbatim.verify;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import news.verbatim.extract.QuoteForm;

/**
 * Writes the one-sentence explanation of a {@link Verification} for the journalist: what the verdict rests
 * on ("Excerpt: the words are an exact part of a longer quote by Antony Blinken"), the edits of an altered
 * quote ("1 word changed (“everyone” → “everybody”)"), who really said misattributed words, and when the
 * evidence is weak.
 */
final class Explainer {

    /** How many edits of one kind an explanation quotes before "…". */
    private static final int MAX_EXAMPLES = 3;

    private final Thresholds thresholds;

    Explainer(Thresholds thresholds) {
        this.thresholds = Objects.requireNonNull(thresholds, "thresholds");
    }

    /** "Not found: no attested quote shares these words." or how close the closest came. */
    static String nothingClose(int sharedWords, int submittedWords) {
        return sharedWords == 0
                ? "Not found: no attested quote shares these words."
                : "Not found: no attested quote is close enough to these words (the closest shares "
                        + words(sharedWords) + " of " + submittedWords + ", in order).";
    }

    /** "Not found: of these words only “…” is attested (Speaker)", for quotes found whole in a submission. */
    static String onlyContained(ScoredCandidate top, boolean weak) {
        StringBuilder b = new StringBuilder("Not found: of these words only \u201C")
                .append(MeaningChangeDetector.surface(top.attested()))
                .append("\u201D is attested (")
                .append(top.quote().speakerName())
                .append(")");
        if (weak) {
            b.append(", and ")
                    .append(top.attested().size() == 1 ? "a single word" : "a two-word fragment")
                    .append(" is weak evidence");
        }
        return b.append('.').toString();
    }

    String explain(
            Verdict verdict,
            Match match,
            ScoredCandidate deciding,
            SubmittedQuote submitted,
            SpeakerClaim claim,
            List<AttestedSpeaker> speakers,
            ScoredCandidate better) {
        String by = deciding.quote().speakerName();
        String meaning = meaningClause(match);
        StringBuilder b = new StringBuilder();
        switch (verdict) {
            case VERIFIED ->
                b.append("Verified: the words match a quote by ").append(by).append(" exactly");
            case EXCERPT -> {
                int parts = submitted.parts().size();
                b.append("Excerpt: the words are ")
                        .append(
                                parts == 1
                                        ? "an exact part"
                                        : words(parts).replace("words", "exact parts") + ", in order,")
                        .append(" of a longer quote by ")
                        .append(by);
                if (match.meaningChanged()) {
                    b.append(", but leave out ").append(meaning).append(", which changes the meaning");
                }
            }
            case ALTERED -> {
                if (deciding.isReordering(submitted)) {
                    b.append("Altered: every part is in a quote by ").append(by).append(", but not in this order");
                } else {
                    b.append("Altered: a quote by ").append(by).append(" with ").append(edits(match.diff()));
                }
                if (match.meaningChanged()) {
                    b.append(" \u2014 this changes the meaning");
                }
            }
            case MISATTRIBUTED -> {
                String who =
                        joinNames(speakers.stream().map(AttestedSpeaker::name).toList());
                switch (match.wording()) {
                    case EXACT ->
                        b.append("Misattributed: these words were said by ").append(who);
                    case EXCERPT ->
                        b.append("Misattributed: these words are part of a quote by ")
                                .append(who);
                    case ALTERED ->
                        b.append("Misattributed: these words, ")
                                .append(
                                        deciding.isReordering(submitted)
                                                ? "in another order"
                                                : "with " + edits(match.diff()))
                                .append(", were said by ")
                                .append(who);
                }
                b.append(", not ")
                        .append(
                                claim.speakerIds().isEmpty()
                                        ? "\u201C" + claim.name() + "\u201D, who is not a known speaker"
                                        : claim.name());
                if (match.wording() == Wording.ALTERED && match.meaningChanged()) {
                    b.append(" \u2014 and the changes alter the meaning");
                }
            }
            case NOT_FOUND -> throw new IllegalStateException("not found is explained elsewhere");
        }
        if (deciding.weak()) {
            b.append(b.indexOf(", but") >= 0 ? "; and " : ", but ")
                    .append("it is only ")
                    .append(
                            deciding.quote().kind() == QuoteForm.FRAGMENT
                                            && deciding.attested().size() <= thresholds.weakMaxWords()
                                    ? "a " + count(deciding.attested().size()) + "-word fragment"
                                    : "a " + count(deciding.alignment().sharedWords()) + "-word match")
                    .append(", which is weak evidence");
        }
        if (better != null && verdict != Verdict.MISATTRIBUTED) {
            b.append("; the words as submitted are attested from ")
                    .append(better.quote().speakerName());
        }
        return b.append('.').toString();
    }

    /** "“not”" or "“not” and “Israel”": the attested words an excerpt leaves out that change its meaning. */
    private static String meaningClause(Match match) {
        Set<String> words = new LinkedHashSet<>();
        for (MeaningChange c : match.meaningChanges()) {
            words.add("\u201C" + (c.attested().isEmpty() ? c.submitted() : c.attested()) + "\u201D");
        }
        return joinNames(List.copyOf(words));
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

    private static String count(int n) {
        return switch (n) {
            case 0 -> "zero";
            case 1 -> "one";
            case 2 -> "two";
            case 3 -> "three";
            default -> Integer.toString(n);
        };
    }

    /** "A", "A and B", "A, B and C". */
    private static String joinNames(List<String> names) {
        if (names.size() <= 1) {
            return names.isEmpty() ? "" : names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }
}
