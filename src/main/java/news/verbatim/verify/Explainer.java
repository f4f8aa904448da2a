package news.verbatim.verify;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import news.verbatim.extract.QuoteForm;
import news.verbatim.extract.SpeakerType;
import news.verbatim.text.Token;

/**
 * Writes the one-sentence explanation of a {@link Verification} for the journalist: what the verdict rests
 * on ("Excerpt: the words are an exact part of a longer quote by Antony Blinken"), the edits of an altered
 * quote ("1 word changed (“everyone” → “everybody”)"), who really said misattributed words, how the sources of
 * unattributed words describe the speaker, when the evidence is weak, and the cue the deciding quote's speaker
 * was decided by ("attributed by: “Blinken said”").
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

    /**
     * What an explanation is written from.
     *
     * @param verdict      the verdict
     * @param match        the deciding match
     * @param deciding     the deciding candidate
     * @param submitted    the submission
     * @param claim        the claimed speaker, or null
     * @param identified   the names of the good matches' identified speakers that are not the claimed one
     * @param unidentified good matches whose sources name no speaker, when the claim was not confirmed
     * @param better       a good match by someone else with stronger wording than the deciding one, or null
     */
    record Facts(
            Verdict verdict,
            Match match,
            ScoredCandidate deciding,
            SubmittedQuote submitted,
            SpeakerClaim claim,
            List<String> identified,
            List<ScoredCandidate> unidentified,
            ScoredCandidate better) {}

    String explain(Facts f) {
        Match match = f.match();
        ScoredCandidate deciding = f.deciding();
        SubmittedQuote submitted = f.submitted();
        SpeakerClaim claim = f.claim();
        String by = deciding.quote().speakerName();
        String meaning = meaningClause(match);
        StringBuilder b = new StringBuilder();
        switch (f.verdict()) {
            case VERIFIED ->
                b.append("Verified: the words match a quote by ")
                        .append(by)
                        .append(" exactly")
                        .append(houseStyle(match));
            case EXCERPT -> {
                int parts = submitted.parts().size();
                b.append("Excerpt: the words are ")
                        .append(
                                parts == 1
                                        ? "an exact part"
                                        : words(parts).replace("words", "exact parts") + ", in order,")
                        .append(" of a longer quote by ")
                        .append(by)
                        .append(houseStyle(match));
                if (match.meaningChanged()) {
                    b.append(", but leave out ").append(meaning).append(", which changes the meaning");
                }
            }
            case ALTERED -> {
                if (deciding.isReordering(submitted)) {
                    b.append("Altered: every part is in a quote by ").append(by).append(", but not in this order");
                } else {
                    b.append("Altered: a quote by ")
                            .append(by)
                            .append(' ')
                            .append(howAltered(deciding, submitted, match));
                }
                b.append(houseStyle(match));
                if (match.meaningChanged()) {
                    b.append(" \u2014 this changes the meaning");
                }
            }
            case MISATTRIBUTED -> {
                String who = joinNames(f.identified());
                b.append(byWording(
                        match,
                        howAltered(deciding, submitted, match),
                        "Misattributed: these words",
                        " were said by " + who,
                        " are part of a quote by " + who));
                b.append(", not ").append(claimed(claim, "")).append(meaningAltered(match));
                List<ScoredCandidate> unnamed = unnamed(f.unidentified());
                if (!unnamed.isEmpty()) {
                    int n = sourceCount(unnamed);
                    b.append("; ")
                            .append(n == 1 ? "1 other source does" : n + " other sources do")
                            .append(" not name the speaker")
                            .append(descriptions(unnamed));
                }
                List<ScoredCandidate> inferred = inferred(f.unidentified());
                if (!inferred.isEmpty()) {
                    b.append("; ").append(inferredClause(inferred, claim, false, true));
                }
            }
            case UNATTRIBUTED -> {
                List<ScoredCandidate> unnamed = unnamed(f.unidentified());
                List<ScoredCandidate> inferred = inferred(f.unidentified());
                int n = sourceCount(f.unidentified());
                String in;
                if (inferred.isEmpty()) {
                    in = " in " + (n == 1 ? "1 source, which does" : n + " sources, which do") + " not name the speaker"
                            + descriptions(unnamed);
                } else {
                    in = " in " + (n == 1 ? "1 source" : n + " sources");
                    if (!unnamed.isEmpty()) {
                        int u = sourceCount(unnamed);
                        in += "; " + (u == 1 ? "1 does" : u + " do") + " not name the speaker" + descriptions(unnamed);
                    }
                    in += "; " + inferredClause(inferred, claim, n == 1, false);
                }
                b.append(byWording(
                        match,
                        howAltered(deciding, submitted, match),
                        "Unattributed: the words",
                        " are attested" + in,
                        " are part of a longer quote" + in));
                b.append("; nothing confirms or refutes that ")
                        .append(claimed(claim, ","))
                        .append(" said them")
                        .append(meaningAltered(match));
            }
            case NOT_FOUND -> throw new IllegalStateException("not found is explained elsewhere");
        }
        if (claim != null && claim.viaGroup(deciding.quote().speakerId())) {
            b.append("; ").append(claim.name()).append(" said them as one of this group");
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
        ScoredCandidate better = f.better();
        if (better != null && f.verdict() != Verdict.MISATTRIBUTED && f.verdict() != Verdict.UNATTRIBUTED) {
            b.append("; the words as submitted are attested from ")
                    .append(better.quote().speakerName());
        }
        String cue = attributedBy(deciding.quote());
        if (cue != null) {
            b.append(" (attributed by: \u201C").append(cue).append("\u201D)");
        }
        return b.append('.').toString();
    }

    /**
     * "{@code lead}{@code exact}" for exact words, "{@code lead}{@code excerpt}" for an excerpt, and
     * "{@code lead}, {@code altered},{@code exact}" for altered words.
     */
    private static String byWording(Match match, String altered, String lead, String exact, String excerpt) {
        return switch (match.wording()) {
            case EXACT -> lead + exact;
            case EXCERPT -> lead + excerpt;
            case ALTERED -> lead + ", " + altered + "," + exact;
        };
    }

    /**
     * "in another order", "with 1 word changed (…)", "cut to leave out “No one”" or both of the last two: how
     * altered words differ from the attested quote.
     */
    private static String howAltered(ScoredCandidate deciding, SubmittedQuote submitted, Match match) {
        if (deciding.isReordering(submitted)) {
            return "in another order";
        }
        List<String> how = new ArrayList<>(2);
        String edits = edits(match.diff());
        if (!edits.isEmpty()) {
            how.add("with " + edits);
        }
        List<String> cut = new ArrayList<>();
        for (List<Token> words : ExcerptCuts.reversing(
                deciding.alignment(), deciding.attested(), deciding.quote().text())) {
            cut.add("\u201C" + MeaningChangeDetector.surface(words) + "\u201D");
        }
        if (!cut.isEmpty()) {
            how.add("cut to leave out " + joinNames(cut));
        }
        return String.join(" and ", how);
    }

    /** " — and the changes alter the meaning" for altered words whose edits change the meaning, else "". */
    private static String meaningAltered(Match match) {
        return match.wording() == Wording.ALTERED && match.meaningChanged()
                ? " \u2014 and the changes alter the meaning"
                : "";
    }

    /**
     * The evidence line for a quote: its cue as printed, else the method's name; null when none was recorded
     * or the method is NONE, which the verdict already says in words.
     */
    static String attributedBy(AttestedQuote q) {
        String cue = q.attributedBy();
        return cue == null || cue.isBlank() || cue.equals("NONE") ? null : cue;
    }

    /** "Blinken", or "“Jo Bloggs”, who is not a known speaker" followed by {@code close} mid-sentence. */
    private static String claimed(SpeakerClaim claim, String close) {
        return claim.speakerIds().isEmpty() && claim.groupIds().isEmpty()
                ? "\u201C" + claim.name() + "\u201D, who is not a known speaker" + close
                : claim.name();
    }

    /** Sources, not candidates: a split remark is offered whole and in parts under its first part's id. */
    private static int sourceCount(List<ScoredCandidate> candidates) {
        return (int)
                candidates.stream().map(s -> s.quote().quoteId()).distinct().count();
    }

    /** The sources that do not name the speaker at all (unknown or unnamed). */
    private static List<ScoredCandidate> unnamed(List<ScoredCandidate> unidentified) {
        return unidentified.stream().filter(s -> !s.quote().identifiesSpeaker()).toList();
    }

    /** The sources that name a speaker the engine only inferred, while also naming the claimed person. */
    private static List<ScoredCandidate> inferred(List<ScoredCandidate> unidentified) {
        return unidentified.stream().filter(s -> s.quote().identifiesSpeaker()).toList();
    }

    /**
     * "it gives them to Isabel Villanueva only by inference (“she said”), and also names Rosa Villanueva": why
     * a source naming someone else does not refute the claim. The subject is "it" for the only source, else "2
     * sources" or, after the sources that refute the claim, "1 other source".
     */
    private static String inferredClause(
            List<ScoredCandidate> inferred, SpeakerClaim claim, boolean onlySource, boolean others) {
        int n = sourceCount(inferred);
        boolean one = onlySource || n == 1;
        String subject = onlySource ? "it" : n + (others ? " other" : "") + (one ? " source" : " sources");
        String names = joinNames(
                inferred.stream().map(s -> s.quote().speakerName()).distinct().toList());
        String cue = attributedBy(inferred.get(0).quote());
        return subject + (one ? " gives" : " give") + " them to " + names + " only by inference"
                + (cue == null ? "" : " (\u201C" + cue + "\u201D)")
                + ", and also " + (one ? "names " : "name ") + claim.name();
    }

    /** " (one describes the speaker as “senior US official”)": how the unnamed sources describe the speaker. */
    private static String descriptions(List<ScoredCandidate> unidentified) {
        Map<String, Set<Long>> bySource = new LinkedHashMap<>();
        for (ScoredCandidate s : unidentified) {
            if (s.quote().speakerType() == SpeakerType.ANONYMOUS) {
                bySource.computeIfAbsent(s.quote().speakerName(), k -> new LinkedHashSet<>())
                        .add(s.quote().quoteId());
            }
        }
        if (bySource.isEmpty()) {
            return "";
        }
        boolean single = sourceCount(unidentified) == 1;
        List<String> parts = new ArrayList<>();
        bySource.forEach((name, ids) ->
                parts.add((single ? "it describes" : count(ids.size()) + (ids.size() == 1 ? " describes" : " describe"))
                        + " the speaker as \u201C" + name + "\u201D"));
        return " (" + joinNames(parts) + ")";
    }

    /** "“not”" or "“not” and “Israel”": the attested words an excerpt leaves out that change its meaning. */
    private static String meaningClause(Match match) {
        Set<String> words = new LinkedHashSet<>();
        for (MeaningChange c : match.meaningChanges()) {
            words.add("\u201C" + (c.attested().isEmpty() ? c.submitted() : c.attested()) + "\u201D");
        }
        return joinNames(List.copyOf(words));
    }

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
