package news.verbatim.verify;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import news.verbatim.extract.QuoteForm;
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
 * claimed speaker decides, and if there is none the verdict is MISATTRIBUTED, naming the speakers of the good
 * matches. The deciding match comes first in {@link Verification#matches()}.
 *
 * <p><b>Weak evidence.</b> A deciding match sharing at most two words, or against a fragment quote of at most
 * two words, is flagged: a scare quote like "very direct" says little about who said a sentence. Because the
 * aligner accounts for every submitted word, a long sentence that merely contains such a scare quote is
 * NOT_FOUND, with the contained quote listed so the reader sees which words are attested.
 *
 * <p><b>Meaning.</b> {@link MeaningChangeDetector} checks each edit; it also flags an excerpt that starts
 * just after a negation ("one should escalate this conflict" from "No one should…") and an ellipsis that
 * hides one, because those reverse a sentence without any word being changed.
 */
public final class Verifier {

    private final Thresholds thresholds;

    public Verifier() {
        this(Thresholds.DEFAULT);
    }

    public Verifier(Thresholds thresholds) {
        this.thresholds = Objects.requireNonNull(thresholds, "thresholds");
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
        List<Scored> matched = new ArrayList<>();
        List<Scored> unmatched = new ArrayList<>();
        for (AttestedQuote q : unique.values()) {
            List<Token> att = TextNormalizer.tokenize(q.text());
            if (att.isEmpty()) {
                continue;
            }
            Scored s = score(submitted, q, att);
            (s.wording() != null ? matched : unmatched).add(s);
        }
        matched.sort(RANK);
        if (matched.isEmpty()) {
            return notFound(submitted, unmatched);
        }
        Scored best = matched.get(0);
        Scored deciding = best;
        boolean misattributed = false;
        List<Scored> good = matched.stream()
                .filter(s -> s.alignment().score() >= best.alignment().score() - thresholds.goodMatchMargin())
                .toList();
        if (claim != null) {
            deciding = good.stream()
                    .filter(s -> claim.includes(s.quote().speakerId()))
                    .findFirst()
                    .orElse(null);
            if (deciding == null) {
                deciding = best;
                misattributed = true;
            }
        }
        List<Match> matches = new ArrayList<>(matched.size());
        matches.add(toMatch(submitted, deciding));
        for (Scored s : matched) {
            if (s != deciding) {
                matches.add(toMatch(submitted, s));
            }
        }
        List<AttestedSpeaker> speakers = speakers(deciding, good);
        Match decidingMatch = matches.get(0);
        Verdict verdict = misattributed
                ? Verdict.MISATTRIBUTED
                : switch (deciding.wording()) {
                    case EXACT -> Verdict.VERIFIED;
                    case EXCERPT -> Verdict.EXCERPT;
                    case ALTERED -> Verdict.ALTERED;
                };
        String explanation =
                explain(verdict, decidingMatch, deciding, submitted, claim, speakers, betterFromOthers(deciding, good));
        return new Verification(verdict, explanation, matches, deciding.weak(), speakers);
    }

    /** One candidate's alignment and what it amounts to; {@code wording} is null when it is no match. */
    private record Scored(
            AttestedQuote quote, List<Token> attested, Alignment alignment, Wording wording, boolean weak) {}

    private static final Comparator<Scored> RANK = Comparator.comparingDouble(
                    (Scored s) -> s.alignment().score())
            .reversed()
            .thenComparing(s ->
                    s.wording() == null ? Wording.values().length : s.wording().ordinal())
            .thenComparing(s -> s.quote().kind() == QuoteForm.FULL ? 0 : 1)
            .thenComparing(Comparator.comparingInt((Scored s) -> s.alignment().sharedWords())
                    .reversed())
            .thenComparingLong(s -> s.quote().quoteId());

    private Scored score(SubmittedQuote submitted, AttestedQuote quote, List<Token> att) {
        Alignment a = WordAligner.align(submitted.partTokens(), att);
        Wording wording = null;
        if (a.isExact()) {
            wording = a.coversWholeQuote() ? Wording.EXACT : Wording.EXCERPT;
        } else if (a.score() >= thresholds.alteredMinScore()
                && a.sharedWords() >= thresholds.alteredMinSharedWords()
                && a.precision() >= thresholds.alteredMinPrecision()) {
            wording = Wording.ALTERED;
        } else if (a.submittedWords() >= thresholds.alteredMinSharedWords()
                && reordered(submitted, new Scored(quote, att, a, null, false))) {
            // Every part is the speaker's, in another order: a manipulation to report, not "nothing close".
            wording = Wording.ALTERED;
        }
        boolean weak = a.sharedWords() <= thresholds.weakMaxWords()
                || (quote.kind() == QuoteForm.FRAGMENT && att.size() <= thresholds.weakMaxWords());
        return new Scored(quote, att, a, wording, weak);
    }

    private static Match toMatch(SubmittedQuote submitted, Scored s) {
        Alignment a = s.alignment();
        List<Token> sub = submitted.tokens();
        List<Token> att = s.attested();
        String attText = s.quote().text();
        List<DiffOp> diff = new ArrayList<>(a.ops().size());
        List<MeaningChange> changes = new ArrayList<>();
        int from = a.attestedFrom();
        int to = a.attestedTo();
        if (from > 0 && to > from) {
            // An excerpt that starts right after "No"/"not" says the opposite of the speaker.
            changes.addAll(MeaningChangeDetector.omission("", att.subList(from - 1, from)));
        }
        for (Alignment.Op op : a.ops()) {
            List<Token> subWords = sub.subList(op.subFrom(), op.subTo());
            List<Token> attWords = att.subList(op.attFrom(), op.attTo());
            String subSurface = MeaningChangeDetector.surface(subWords);
            String attSurface = MeaningChangeDetector.surface(attWords);
            switch (op.kind()) {
                case EQUAL -> diff.add(new DiffOp(DiffOp.EQUAL, subSurface, attSurface));
                case ELIDED -> {
                    diff.add(new DiffOp(DiffOp.ELIDED, "\u2026", attSurface));
                    changes.addAll(MeaningChangeDetector.omission("\u2026", attWords));
                }
                default -> {
                    diff.add(new DiffOp(op.kind().name().toLowerCase(Locale.ROOT), subSurface, attSurface));
                    changes.addAll(MeaningChangeDetector.changes(subWords, submitted.text(), attWords, attText));
                }
            }
        }
        Wording wording = s.wording() != null ? s.wording() : Wording.ALTERED;
        int start = to > from ? att.get(from).start() : 0;
        int end = to > from ? att.get(to - 1).end() : 0;
        return new Match(s.quote(), a.score(), wording, !changes.isEmpty(), changes, diff, start, end);
    }

    /** The deciding speaker first, then the other good matches' speakers, each once. */
    private static List<AttestedSpeaker> speakers(Scored deciding, List<Scored> good) {
        Map<Long, AttestedSpeaker> out = new LinkedHashMap<>();
        out.put(
                deciding.quote().speakerId(),
                new AttestedSpeaker(
                        deciding.quote().speakerId(), deciding.quote().speakerName()));
        for (Scored s : good) {
            out.putIfAbsent(
                    s.quote().speakerId(),
                    new AttestedSpeaker(s.quote().speakerId(), s.quote().speakerName()));
        }
        return List.copyOf(out.values());
    }

    /** A good match by someone else with stronger wording than the deciding one, if any. */
    private static Scored betterFromOthers(Scored deciding, List<Scored> good) {
        for (Scored s : good) {
            if (s.quote().speakerId() != deciding.quote().speakerId()
                    && s.wording().ordinal() < deciding.wording().ordinal()) {
                return s;
            }
        }
        return null;
    }

    private Verification notFound(SubmittedQuote submitted, List<Scored> unmatched) {
        // Attested quotes found whole inside the submission: the rest of the submission is not attested.
        List<String> subNorms = submitted.tokens().stream().map(Token::norm).toList();
        List<Scored> contained = new ArrayList<>();
        for (Scored s : unmatched) {
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
            String explanation = shared == 0
                    ? "Not found: no attested quote shares these words."
                    : "Not found: no attested quote is close enough to these words (the closest shares " + words(shared)
                            + " of " + submitted.tokens().size() + ", in order).";
            return new Verification(Verdict.NOT_FOUND, explanation, List.of(), false, List.of());
        }
        List<Match> matches = contained.stream().map(s -> toMatch(submitted, s)).toList();
        boolean weak = contained.stream().allMatch(Scored::weak);
        Scored top = contained.get(0);
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
        b.append('.');
        Map<Long, AttestedSpeaker> speakers = new LinkedHashMap<>();
        for (Scored s : contained) {
            speakers.putIfAbsent(
                    s.quote().speakerId(),
                    new AttestedSpeaker(s.quote().speakerId(), s.quote().speakerName()));
        }
        return new Verification(Verdict.NOT_FOUND, b.toString(), matches, weak, List.copyOf(speakers.values()));
    }

    private String explain(
            Verdict verdict,
            Match match,
            Scored deciding,
            SubmittedQuote submitted,
            SpeakerClaim claim,
            List<AttestedSpeaker> speakers,
            Scored better) {
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
                if (reordered(submitted, deciding)) {
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
                                        reordered(submitted, deciding)
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

    /** Whether the submission is ellipsis parts that each occur verbatim in the quote, in another order. */
    private static boolean reordered(SubmittedQuote submitted, Scored s) {
        return submitted.parts().size() > 1
                && !s.alignment().isExact()
                && WordAligner.everyPartOccurs(submitted.partTokens(), s.attested());
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
        return ex.size() <= 3 ? String.join(", ", ex) : String.join(", ", ex.subList(0, 3)) + ", \u2026";
    }

    private static int wordCount(String s) {
        return s.isBlank() ? 0 : s.strip().split(" +").length;
    }

    private static String words(int n) {
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
