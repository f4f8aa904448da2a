package news.verbatim.verify;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import news.verbatim.extract.QuoteForm;
import news.verbatim.text.Token;

/**
 * Writes the one-sentence explanation of a {@link Verification} for the journalist: what the verdict rests
 * on ("Excerpt: the words are an exact part of a longer quote by Antony Blinken"), the edits of an altered
 * quote ("1 word changed (“everyone” → “everybody”)"), who really said misattributed words, how the sources of
 * unattributed words describe the speaker, when the evidence is weak, and the cue the deciding quote's speaker
 * was decided by ("attributed by: “Blinken said”").
 */
final class Explainer {

    private final Thresholds thresholds;

    Explainer(Thresholds thresholds) {
        this.thresholds = Objects.requireNonNull(thresholds, "thresholds");
    }

    /** "Not found: no attested quote shares these words." or how close the closest came. */
    static String nothingClose(int sharedWords, int submittedWords) {
        return sharedWords == 0
                ? "Not found: no attested quote shares these words."
                : "Not found: no attested quote is close enough to these words (the closest shares "
                        + EditPhrases.words(sharedWords) + " of " + submittedWords + ", in order).";
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
        StringBuilder b = new StringBuilder();
        switch (f.verdict()) {
            case VERIFIED ->
                b.append("Verified: the words match a quote by ")
                        .append(by)
                        .append(" exactly")
                        .append(EditPhrases.houseStyle(match))
                        .append(MarkPhrases.marks(match));
            case EXCERPT -> {
                int parts = submitted.parts().size();
                b.append("Excerpt: the words are ")
                        .append(
                                parts == 1
                                        ? "an exact part"
                                        : EditPhrases.words(parts).replace("words", "exact parts") + ", in order,")
                        .append(" of a longer quote by ")
                        .append(by)
                        .append(EditPhrases.houseStyle(match))
                        .append(MarkPhrases.marks(match));
                // An excerpt never changes the meaning: a cut that reverses it makes the match ALTERED (ExcerptCuts).
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
                b.append(EditPhrases.houseStyle(match)).append(MarkPhrases.marks(match));
                if (match.meaningChanged()) {
                    b.append(" \u2014 this changes the meaning");
                }
            }
            case MISATTRIBUTED -> {
                String who = EditPhrases.joinNames(f.identified());
                b.append(byWording(
                        match,
                        howAltered(deciding, submitted, match),
                        "Misattributed: these words",
                        " were said by " + who,
                        " are part of a quote by " + who));
                b.append(", not ").append(claimed(claim, "")).append(meaningAltered(match));
                List<ScoredCandidate> unnamed = SourcePhrases.unnamed(f.unidentified());
                if (!unnamed.isEmpty()) {
                    int n = SourcePhrases.sourceCount(unnamed);
                    b.append("; ")
                            .append(n == 1 ? "1 other source does" : n + " other sources do")
                            .append(" not name the speaker")
                            .append(SourcePhrases.descriptions(unnamed));
                }
                List<ScoredCandidate> inferred = SourcePhrases.inferred(f.unidentified(), submitted.text());
                if (!inferred.isEmpty()) {
                    b.append("; ").append(SourcePhrases.inferredClause(inferred, claim, false, true));
                }
                List<ScoredCandidate> reported = SourcePhrases.reported(f.unidentified(), submitted.text());
                if (!reported.isEmpty()) {
                    b.append("; ").append(SourcePhrases.reportedClause(reported, false));
                }
            }
            case UNATTRIBUTED -> {
                List<ScoredCandidate> unnamed = SourcePhrases.unnamed(f.unidentified());
                List<ScoredCandidate> inferred = SourcePhrases.inferred(f.unidentified(), submitted.text());
                List<ScoredCandidate> reported = SourcePhrases.reported(f.unidentified(), submitted.text());
                int n = SourcePhrases.sourceCount(f.unidentified());
                String in;
                if (inferred.isEmpty() && reported.isEmpty()) {
                    in = " in " + (n == 1 ? "1 source, which does" : n + " sources, which do") + " not name the speaker"
                            + SourcePhrases.descriptions(unnamed);
                } else {
                    in = " in " + (n == 1 ? "1 source" : n + " sources");
                    if (!unnamed.isEmpty()) {
                        int u = SourcePhrases.sourceCount(unnamed);
                        in += "; " + (u == 1 ? "1 does" : u + " do") + " not name the speaker"
                                + SourcePhrases.descriptions(unnamed);
                    }
                    if (!inferred.isEmpty()) {
                        in += "; " + SourcePhrases.inferredClause(inferred, claim, n == 1, false);
                    }
                    if (!reported.isEmpty()) {
                        in += "; " + SourcePhrases.reportedClause(reported, n == 1);
                    }
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
        if (claim != null && claim.reading() != null && !claim.reading().ambiguous()) {
            b.append("; ").append(claim.reading().note());
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
                                    ? "a "
                                            + EditPhrases.count(
                                                    deciding.attested().size()) + "-word fragment"
                                    : "a "
                                            + EditPhrases.count(
                                                    deciding.alignment().sharedWords()) + "-word match")
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
        String edits = EditPhrases.edits(match.diff());
        if (!edits.isEmpty()) {
            how.add("with " + edits);
        }
        List<String> cut = new ArrayList<>();
        for (List<Token> words : ExcerptCuts.reversing(
                deciding.alignment(), deciding.attested(), deciding.quote().text())) {
            cut.add("\u201C" + MeaningChangeDetector.surface(words) + "\u201D");
        }
        if (!cut.isEmpty()) {
            how.add("cut to leave out " + EditPhrases.joinNames(cut));
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

    /**
     * "Blinken", "“Jo Bloggs”, who is not a known speaker" followed by {@code close} mid-sentence, or for a name
     * near two known ones "“Hollin” (close to both Mark Hollis and Carl Hollins, so it is read as neither)".
     */
    private static String claimed(SpeakerClaim claim, String close) {
        if (claim.reading() != null && claim.reading().ambiguous()) {
            return "\u201C" + claim.name() + "\u201D (" + claim.reading().closeToSeveral() + ")";
        }
        return claim.speakerIds().isEmpty() && claim.groupIds().isEmpty()
                ? "\u201C" + claim.name() + "\u201D, who is not a known speaker" + close
                : claim.name();
    }
}
