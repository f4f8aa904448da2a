package news.verbatim.verify;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import news.verbatim.extract.QuoteForm;
import news.verbatim.text.HouseStyle;
import news.verbatim.text.StyleFamily;
import news.verbatim.text.TextNormalizer;
import news.verbatim.text.Token;

/**
 * Decides whether a submitted quote was said, in these words, by the claimed speaker, given the attested
 * quotes the index proposed as candidates. Pure: no I/O, no state beyond its {@link Thresholds}; thread-safe.
 *
 * <p><b>Per candidate.</b> {@link WordAligner} places the submission in the attested quote. No edits: EXACT
 * if the region is the whole quote, else EXCERPT (one part, or several parts in order with words elided at
 * the ellipses). With edits: ALTERED when the score — the Dice coefficient of shared words over the aligned
 * region, {@code 2·shared / (submitted + aligned attested)}, 1 for exact and excerpt matches — reaches
 * {@link Thresholds#alteredMinScore()} (0.7), at least {@link Thresholds#alteredMinSharedWords()} (3) words
 * are shared and at least {@link Thresholds#alteredMinPrecision()} (60%) of the submitted words are attested;
 * otherwise it is no match — except that ellipsis parts which each occur verbatim in the quote, but not in
 * the submitted order, are ALTERED whatever the score (reordering is a manipulation to report, not "nothing
 * close"). Translation variants ("regardless of" for "whatever") are therefore ALTERED when close enough,
 * never exact.
 *
 * <p><b>Ranking.</b> Score, then wording (exact, excerpt, altered), then FULL quotes before fragments, then
 * more shared words, then quote id. Several quotes of one statement (the same remark printed by two
 * outlets) all stay as matches.
 *
 * <p><b>Verdict.</b> With no claimed speaker the best match decides. With a claim, the "good" matches are
 * those within {@link Thresholds#goodMatchMargin()} (0.1) of the best score; the best good match from a
 * claimed speaker decides — or from a group whose names include the claimed person ("Ann Roe" for "Ann Roe and
 * Ben Cole"), which the explanation says. If there is none, the verdict is MISATTRIBUTED only when a good match
 * names a different speaker (a person, organisation or group), naming them and counting the sources that name
 * nobody; when every good match has an unknown or unnamed ("a senior official") speaker it is UNATTRIBUTED:
 * the words are attested, but nothing confirms or refutes the claim. The deciding match comes first in
 * {@link Verification#matches()}.
 *
 * <p><b>Weak evidence.</b> A deciding match sharing at most two words, or against a fragment quote of at most
 * two words, is flagged: a scare quote like "very direct" says little about who said a sentence. Because the
 * aligner accounts for every submitted word, a long sentence that merely contains such a scare quote is
 * NOT_FOUND, with the contained quote listed so the reader sees which words are attested.
 *
 * <p><b>House style.</b> Both sides are compared by their {@link TextNormalizer#styleTokens style tokens}, so
 * words an outlet prints in its own style ("iron-clad" for "ironclad", "U.S." for "US", "per cent" for "%",
 * "three hundred" for "300") are the same words, and a contraction ("don't" for "do not") is a style step
 * too. Style steps are never edits: a quote that differs only in style is EXACT or EXCERPT, each difference
 * listed as a {@link StyleVariant}; a number of another value is still a NUMBER meaning change.
 *
 * <p><b>Editorial marks.</b> Before the wording is judged, {@link EditorialSteps} reads the journalist's marks
 * ({@code [sic]}, {@code (emphasis added)}, "[Iran]" for "They") as BRACKET steps and an outlet's gloss the
 * submission leaves out ("(Israel)") as a GLOSS step: neither is an edit, so such a quote stays EXACT or EXCERPT.
 *
 * <p><b>Meaning.</b> {@link MeaningChangeDetector} checks each edit; it also flags an excerpt that starts
 * just after a negation ("one should escalate this conflict" from "No one should…") and an ellipsis that
 * hides one, because those reverse a sentence without any word being changed.
 */
public final class Verifier {

    private final Thresholds thresholds;
    private final Explainer explainer;

    public Verifier() {
        this(Thresholds.DEFAULT);
    }

    public Verifier(Thresholds thresholds) {
        this.thresholds = Objects.requireNonNull(thresholds, "thresholds");
        this.explainer = new Explainer(thresholds);
    }

    public Thresholds thresholds() {
        return thresholds;
    }

    /** Verifies {@code submitted} against {@code candidates} with no claimed speaker. */
    public Verification verify(SubmittedQuote submitted, Collection<AttestedQuote> candidates) {
        return verify(submitted, null, candidates);
    }

    /**
     * Verifies {@code submitted} against {@code candidates} (in any order; duplicates by quote id are ignored).
     *
     * @param claim who the journalist says spoke, or null for no claim
     */
    public Verification verify(SubmittedQuote submitted, SpeakerClaim claim, Collection<AttestedQuote> candidates) {
        Objects.requireNonNull(submitted, "submitted");
        Objects.requireNonNull(candidates, "candidates");
        // Keyed by id and wording: a remark split around its attribution comes both as its first part and as
        // the whole remark, under the first part's id.
        Map<String, AttestedQuote> unique = new LinkedHashMap<>();
        for (AttestedQuote q : candidates) {
            unique.putIfAbsent(Objects.requireNonNull(q, "candidate").quoteId() + "\u0000" + q.text(), q);
        }
        List<ScoredCandidate> matched = new ArrayList<>();
        List<ScoredCandidate> unmatched = new ArrayList<>();
        for (AttestedQuote q : unique.values()) {
            List<Token> att = TextNormalizer.styleTokens(q.text());
            if (att.isEmpty()) {
                continue;
            }
            ScoredCandidate s = score(submitted, q, att);
            (s.wording() != null ? matched : unmatched).add(s);
        }
        matched.sort(RANK);
        if (matched.isEmpty()) {
            return notFound(submitted, unmatched);
        }
        ScoredCandidate best = matched.get(0);
        ScoredCandidate deciding = best;
        Verdict speakerVerdict = null; // MISATTRIBUTED or UNATTRIBUTED when the claim is not confirmed
        List<ScoredCandidate> good = matched.stream()
                .filter(s -> s.alignment().score() >= best.alignment().score() - thresholds.goodMatchMargin())
                .toList();
        List<ScoredCandidate> unidentified = List.of();
        if (claim != null) {
            // The claimed speaker's own words first; a group's words that include them only after.
            deciding = good.stream()
                    .filter(s -> claim.includes(s.quote().speakerId()))
                    .findFirst()
                    .or(() -> good.stream()
                            .filter(s -> claim.viaGroup(s.quote().speakerId()))
                            .findFirst())
                    .orElse(null);
            if (deciding == null) {
                // Only a source naming someone else refutes the claim; an unknown or unnamed source is silent,
                // and so is one whose speaker the engine inferred while the source also names the claimed person.
                // …and so is a speaker who quotes the words from someone else ("Jamie said, '…'").
                unidentified =
                        good.stream().filter(s -> !refutes(claim, s, submitted)).toList();
                deciding = good.stream()
                        .filter(s -> refutes(claim, s, submitted))
                        .findFirst()
                        .orElse(null);
                speakerVerdict = deciding == null ? Verdict.UNATTRIBUTED : Verdict.MISATTRIBUTED;
                if (deciding == null) {
                    deciding = best;
                }
            }
        }
        List<Match> matches = new ArrayList<>(matched.size());
        matches.add(toMatch(submitted, deciding));
        for (ScoredCandidate s : matched) {
            if (s != deciding) {
                matches.add(toMatch(submitted, s));
            }
        }
        List<AttestedSpeaker> speakers = speakers(deciding, good);
        Match decidingMatch = matches.get(0);
        Verdict verdict = speakerVerdict != null
                ? speakerVerdict
                : switch (deciding.wording()) {
                    case EXACT -> Verdict.VERIFIED;
                    case EXCERPT -> Verdict.EXCERPT;
                    case ALTERED -> Verdict.ALTERED;
                };
        String explanation = explainer.explain(new Explainer.Facts(
                verdict,
                decidingMatch,
                deciding,
                submitted,
                claim,
                identifiedNames(good, claim, submitted),
                unidentified,
                betterFromOthers(deciding, good)));
        return new Verification(verdict, explanation, matches, deciding.weak(), speakers);
    }

    /**
     * Whether the source of {@code s} refutes the claim: it names someone else as the speaker, and the words
     * are not ones that speaker quotes from another person inside their own quote ({@link NestedQuotes}).
     */
    private static boolean refutes(SpeakerClaim claim, ScoredCandidate s, SubmittedQuote submitted) {
        return claim.refutedBy(s.quote()) && !NestedQuotes.within(s.quote().text(), submitted.text());
    }

    /** The names of the speakers refuting the claim (all identified ones with no claim), each once, best first. */
    private static List<String> identifiedNames(
            List<ScoredCandidate> good, SpeakerClaim claim, SubmittedQuote submitted) {
        return good.stream()
                .filter(s -> claim == null ? s.quote().identifiesSpeaker() : refutes(claim, s, submitted))
                .map(s -> s.quote().speakerName())
                .distinct()
                .toList();
    }

    private static final Comparator<ScoredCandidate> RANK = Comparator.comparingDouble(
                    (ScoredCandidate s) -> s.alignment().score())
            .reversed()
            .thenComparing(s ->
                    s.wording() == null ? Wording.values().length : s.wording().ordinal())
            .thenComparing(s -> s.quote().kind() == QuoteForm.FULL ? 0 : 1)
            .thenComparing(
                    Comparator.comparingInt((ScoredCandidate s) -> s.alignment().sharedWords())
                            .reversed())
            .thenComparingLong(s -> s.quote().quoteId());

    private ScoredCandidate score(SubmittedQuote submitted, AttestedQuote quote, List<Token> att) {
        Alignment a = EditorialSteps.read(WordAligner.align(submitted.partTokens(), att), submitted, att, quote.text());
        Wording wording = null;
        if (a.isExact()) {
            wording = a.coversWholeQuote()
                    ? Wording.EXACT
                    // an excerpt whose cut reverses it says the opposite of the speaker: not a clean excerpt
                    : ExcerptCuts.reversing(a, att, quote.text()).isEmpty() ? Wording.EXCERPT : Wording.ALTERED;
        } else if (a.score() >= thresholds.alteredMinScore()
                && a.sharedWords() >= thresholds.alteredMinSharedWords()
                && a.precision() >= thresholds.alteredMinPrecision()) {
            wording = Wording.ALTERED;
        } else if (a.submittedWords() >= thresholds.alteredMinSharedWords()
                && new ScoredCandidate(quote, att, a, null, false).isReordering(submitted)) {
            // Every part is the speaker's, in another order: a manipulation to report, not "nothing close".
            wording = Wording.ALTERED;
        }
        if (wording != null) {
            a = ExcerptCuts.absorbRephrasedOpening(a, submitted.tokens(), submitted.text(), att, quote.text());
        }
        boolean weak = a.sharedWords() <= thresholds.weakMaxWords()
                || (quote.kind() == QuoteForm.FRAGMENT && att.size() <= thresholds.weakMaxWords());
        return new ScoredCandidate(quote, att, a, wording, weak);
    }

    private static Match toMatch(SubmittedQuote submitted, ScoredCandidate s) {
        Alignment a = s.alignment();
        List<Token> sub = submitted.tokens();
        List<Token> att = s.attested();
        String attText = s.quote().text();
        List<DiffOp> diff = new ArrayList<>(a.ops().size());
        List<MeaningChange> changes = new ArrayList<>();
        List<StyleVariant> styles = new ArrayList<>();
        int from = a.attestedFrom();
        int to = a.attestedTo();
        for (List<Token> cut : ExcerptCuts.reversing(a, att, attText)) {
            if (cut.get(0).start() < att.get(from).start()) {
                // the words cut before the excerpt; an elided negation is reported at its ellipsis below
                changes.add(new MeaningChange(MeaningChange.Type.NEGATION, "", MeaningChangeDetector.surface(cut)));
            }
        }
        List<Alignment.Op> editRun = new ArrayList<>();
        for (Alignment.Op op : a.ops()) {
            if (!op.isEdit() && !editRun.isEmpty()) {
                changes.addAll(runChanges(editRun, submitted, s));
                editRun.clear();
            }
            List<Token> subWords = sub.subList(op.subFrom(), op.subTo());
            List<Token> attWords = att.subList(op.attFrom(), op.attTo());
            String subSurface = MeaningChangeDetector.surface(subWords);
            String attSurface = MeaningChangeDetector.surface(attWords);
            switch (op.kind()) {
                case EQUAL -> diff.add(new DiffOp(DiffOp.EQUAL, subSurface, attSurface));
                case STYLE -> {
                    diff.add(new DiffOp(DiffOp.STYLE, subSurface, attSurface));
                    styles.add(new StyleVariant(subSurface, attSurface, family(subWords, attWords)));
                }
                case BRACKET, GLOSS -> diff.add(EditorialSteps.diffOp(op, submitted, att, attText));
                case ELIDED -> {
                    diff.add(new DiffOp(DiffOp.ELIDED, "\u2026", attSurface));
                    changes.addAll(MeaningChangeDetector.omission("\u2026", attWords));
                }
                default -> {
                    diff.add(new DiffOp(op.kind().name().toLowerCase(Locale.ROOT), subSurface, attSurface));
                    editRun.add(op);
                }
            }
        }
        changes.addAll(runChanges(editRun, submitted, s));
        Wording wording = s.wording() != null ? s.wording() : Wording.ALTERED;
        int start = to > from ? att.get(from).start() : 0;
        int end = to > from ? att.get(to - 1).end() : 0;
        return new Match(s.quote(), a.score(), wording, !changes.isEmpty(), changes, diff, styles, start, end);
    }

    /**
     * The meaning changes of a run of adjacent edit steps, weighed together: "won't" for "will" next to a dropped
     * "not", or "No matter what" for "Whatever", is one rewording, whatever steps the aligner split it into.
     */
    private static List<MeaningChange> runChanges(List<Alignment.Op> run, SubmittedQuote submitted, ScoredCandidate s) {
        if (run.isEmpty()) {
            return List.of();
        }
        Alignment.Op first = run.get(0);
        Alignment.Op last = run.get(run.size() - 1);
        return MeaningChangeDetector.changes(
                submitted.tokens().subList(first.subFrom(), last.subTo()),
                submitted.text(),
                s.attested().subList(first.attFrom(), last.attTo()),
                s.quote().text());
    }

    /** Why a style step's words are the same words: one word in two house styles, or a contraction. */
    private static StyleFamily family(List<Token> submitted, List<Token> attested) {
        if (submitted.size() == 1 && attested.size() == 1) {
            StyleFamily f = HouseStyle.standard().family(submitted.get(0), attested.get(0));
            if (f != null) {
                return f;
            }
        }
        return StyleFamily.CONTRACTION;
    }

    /** The deciding speaker first, then the other good matches' speakers, each once. */
    private static List<AttestedSpeaker> speakers(ScoredCandidate deciding, List<ScoredCandidate> good) {
        Map<Long, AttestedSpeaker> out = new LinkedHashMap<>();
        out.put(
                deciding.quote().speakerId(),
                new AttestedSpeaker(
                        deciding.quote().speakerId(), deciding.quote().speakerName()));
        for (ScoredCandidate s : good) {
            out.putIfAbsent(
                    s.quote().speakerId(),
                    new AttestedSpeaker(s.quote().speakerId(), s.quote().speakerName()));
        }
        return List.copyOf(out.values());
    }

    /** A good match by someone else with stronger wording than the deciding one, if any. */
    private static ScoredCandidate betterFromOthers(ScoredCandidate deciding, List<ScoredCandidate> good) {
        for (ScoredCandidate s : good) {
            if (s.quote().speakerId() != deciding.quote().speakerId()
                    && s.wording().ordinal() < deciding.wording().ordinal()) {
                return s;
            }
        }
        return null;
    }

    private Verification notFound(SubmittedQuote submitted, List<ScoredCandidate> unmatched) {
        // Attested quotes found whole inside the submission: the rest of the submission is not attested.
        List<String> subNorms = submitted.tokens().stream().map(Token::norm).toList();
        List<ScoredCandidate> contained = new ArrayList<>();
        for (ScoredCandidate s : unmatched) {
            List<String> attNorms = s.attested().stream().map(Token::norm).toList();
            if (Collections.indexOfSubList(subNorms, attNorms) >= 0) {
                contained.add(s);
            }
        }
        contained.sort(RANK);
        if (contained.isEmpty()) {
            int shared = unmatched.stream()
                    .mapToInt(s -> s.alignment().sharedWords())
                    .max()
                    .orElse(0);
            String explanation =
                    Explainer.nothingClose(shared, submitted.tokens().size());
            return new Verification(Verdict.NOT_FOUND, explanation, List.of(), false, List.of());
        }
        List<Match> matches = contained.stream().map(s -> toMatch(submitted, s)).toList();
        boolean weak = contained.stream().allMatch(ScoredCandidate::weak);
        ScoredCandidate top = contained.get(0);
        Map<Long, AttestedSpeaker> speakers = new LinkedHashMap<>();
        for (ScoredCandidate s : contained) {
            speakers.putIfAbsent(
                    s.quote().speakerId(),
                    new AttestedSpeaker(s.quote().speakerId(), s.quote().speakerName()));
        }
        return new Verification(
                Verdict.NOT_FOUND, Explainer.onlyContained(top, weak), matches, weak, List.copyOf(speakers.values()));
    }
}
