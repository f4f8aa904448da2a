package news.verbatim.verify;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import news.verbatim.verify.VerifyResponse.MatchView;
import news.verbatim.verify.VerifyResponse.PassagePart;
import news.verbatim.verify.VerifyResponse.SpeakerRef;
import news.verbatim.verify.VerifyResponse.StyleVariantView;

/**
 * Joins the answers for the sentence units of a passage ({@link PassageUnits}) into one answer, when the passage
 * really spans several attested quotes: each part keeps its own verdict, explanation, speakers and best match;
 * the passage's verdict is the weakest part's, and its explanation names each part's speaker when they differ.
 *
 * <p>A submission that one attested quote holds (whole, as an excerpt or altered) keeps its single answer: the
 * parts are used only when their best matches come from two or more statements, so a two-sentence quote with one
 * word changed is still one ALTERED match, not two parts.
 *
 * <pre>{@code
 * VerifyResponse whole = verifyOne(request);
 * return PassageAnswer.orWhole(whole, request, part -> verifyOne(part));
 * }</pre>
 */
final class PassageAnswer {

    /** Verdicts from the weakest to the strongest: the words not attested, then the speaker wrong, then altered. */
    private static final List<Verdict> WEAKEST_FIRST = List.of(
            Verdict.NOT_FOUND,
            Verdict.MISATTRIBUTED,
            Verdict.ALTERED,
            Verdict.UNATTRIBUTED,
            Verdict.EXCERPT,
            Verdict.VERIFIED);

    private PassageAnswer() {}

    /**
     * The passage answer for a submission whose whole answer is {@code whole}, verifying each part with
     * {@code verifyOne}; {@code whole} itself when it is exact, is one sentence, has more than
     * {@link PassageUnits#MAX_UNITS} sentences, or its parts do not span several statements.
     */
    static VerifyResponse orWhole(
            VerifyResponse whole, VerifyRequest request, Function<VerifyRequest, VerifyResponse> verifyOne) {
        if (!mayBeAPassage(whole)) {
            return whole;
        }
        List<PassageUnits.Unit> units = PassageUnits.of(whole.submitted());
        if (units.size() < 2 || units.size() > PassageUnits.MAX_UNITS) {
            return whole;
        }
        List<VerifyResponse> answers = new ArrayList<>(units.size());
        for (PassageUnits.Unit unit : units) {
            answers.add(verifyOne.apply(partRequest(request, whole, unit)));
        }
        // Sentences of one attested quote are one part: verified together they are that quote, not its excerpts.
        List<PassageUnits.Unit> parts = partsByStatement(whole.submitted(), units, answers);
        if (parts.size() != units.size()) {
            answers.clear();
            for (PassageUnits.Unit part : parts) {
                answers.add(verifyOne.apply(partRequest(request, whole, part)));
            }
        }
        return parts.size() < 2 ? whole : of(whole, parts, answers).orElse(whole);
    }

    /** The request for one part of a passage: its words, under the passage's claimed speaker, outlet and date. */
    private static VerifyRequest partRequest(VerifyRequest request, VerifyResponse whole, PassageUnits.Unit unit) {
        return new VerifyRequest(unit.text(), whole.claimedSpeaker(), request.outlet(), request.date());
    }

    /** Whether an answer for the whole submission leaves room for a passage reading (it is not exact). */
    static boolean mayBeAPassage(VerifyResponse whole) {
        return whole.verdict() != Verdict.VERIFIED && whole.verdict() != Verdict.EXCERPT;
    }

    /**
     * The units joined where consecutive ones have the same best statement: the sentences of one attested quote
     * make one part. Units with no match stay on their own.
     */
    static List<PassageUnits.Unit> partsByStatement(
            String submitted, List<PassageUnits.Unit> units, List<VerifyResponse> answers) {
        List<PassageUnits.Unit> parts = new ArrayList<>(units.size());
        Long previous = null;
        for (int i = 0; i < units.size(); i++) {
            PassageUnits.Unit unit = units.get(i);
            List<MatchView> m = answers.get(i).matches();
            Long statement = m.isEmpty() ? null : m.get(0).statementId();
            if (statement != null && statement.equals(previous)) {
                PassageUnits.Unit last = parts.remove(parts.size() - 1);
                parts.add(
                        new PassageUnits.Unit(submitted.substring(last.start(), unit.end()), last.start(), unit.end()));
            } else {
                parts.add(unit);
            }
            previous = statement;
        }
        return parts;
    }

    /**
     * The passage answer, or empty when the parts do not span several attested statements (the whole answer then
     * stands).
     */
    static Optional<VerifyResponse> of(
            VerifyResponse whole, List<PassageUnits.Unit> units, List<VerifyResponse> answers) {
        Objects.requireNonNull(whole, "whole");
        if (units.size() != answers.size() || units.size() < 2) {
            throw new IllegalArgumentException(units.size() + " units for " + answers.size() + " answers");
        }
        Set<Long> statements = new LinkedHashSet<>();
        for (VerifyResponse a : answers) {
            if (!a.matches().isEmpty()) {
                statements.add(a.matches().get(0).statementId());
            }
        }
        if (statements.size() < 2) {
            return Optional.empty();
        }
        List<PassagePart> parts = new ArrayList<>(units.size());
        Map<Long, MatchView> matches = new LinkedHashMap<>();
        Map<Long, SpeakerRef> speakers = new LinkedHashMap<>();
        Map<String, StyleVariantView> styles = new LinkedHashMap<>();
        boolean allWeak = true;
        VerifyResponse.ClaimedSource claimedSource = null;
        Verdict verdict = Verdict.VERIFIED;
        for (int i = 0; i < units.size(); i++) {
            PassageUnits.Unit unit = units.get(i);
            VerifyResponse a = answers.get(i);
            MatchView best = a.matches().isEmpty() ? null : a.matches().get(0);
            parts.add(new PassagePart(
                    unit.start(), unit.end(), unit.text(), a.verdict(), a.explanation(), a.attestedSpeakers(), best));
            if (best != null) {
                matches.putIfAbsent(best.quoteId(), best);
            }
            a.attestedSpeakers().forEach(s -> speakers.putIfAbsent(s.speakerId(), s));
            a.styleVariants().forEach(v -> styles.putIfAbsent(v.submitted() + "\u0000" + v.printed(), v));
            allWeak &= a.weakEvidence();
            if (claimedSource == null) {
                claimedSource = a.claimedSource();
            }
            if (WEAKEST_FIRST.indexOf(a.verdict()) < WEAKEST_FIRST.indexOf(verdict)) {
                verdict = a.verdict();
            }
        }
        List<MatchView> ordered = new ArrayList<>(matches.size());
        for (PassagePart p : parts) {
            if (p.verdict() == verdict && p.match() != null) {
                ordered.add(p.match()); // the deciding part's match first, as for a single quote
                break;
            }
        }
        matches.values().stream().filter(m -> !ordered.contains(m)).forEach(ordered::add);
        return Optional.of(new VerifyResponse(
                verdict,
                explanation(verdict, parts),
                whole.submitted(),
                whole.claimedSpeaker(),
                whole.speakerResolution(),
                List.copyOf(speakers.values()),
                allWeak,
                claimedSource,
                List.copyOf(styles.values()),
                List.copyOf(ordered),
                List.copyOf(parts)));
    }

    /**
     * "Passage of 3 parts by Antony Blinken: parts 1 and 2 verified; part 3 altered (Altered: …)." Each part that is
     * not verified is named with its own explanation; the speakers are named per part when they differ.
     */
    static String explanation(Verdict verdict, List<PassagePart> parts) {
        StringBuilder b = new StringBuilder("Passage of ").append(parts.size()).append(" parts");
        Map<String, List<Integer>> bySpeaker = new LinkedHashMap<>();
        for (int i = 0; i < parts.size(); i++) {
            PassagePart p = parts.get(i);
            if (p.verdict() != Verdict.NOT_FOUND && !p.attestedSpeakers().isEmpty()) {
                bySpeaker
                        .computeIfAbsent(p.attestedSpeakers().get(0).name(), k -> new ArrayList<>())
                        .add(i + 1);
            }
        }
        if (bySpeaker.size() == 1) {
            b.append(" by ").append(bySpeaker.keySet().iterator().next());
        } else if (bySpeaker.size() > 1) {
            List<String> who = new ArrayList<>();
            bySpeaker.forEach((name, numbers) -> who.add(name + " (" + partNumbers(numbers) + ")"));
            b.append(", said by ").append(EditPhrases.joinNames(who));
        }
        b.append(", weakest ").append(verdict.name()).append(": ");
        List<Integer> verified = new ArrayList<>();
        List<Integer> excerpts = new ArrayList<>();
        List<String> others = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            PassagePart p = parts.get(i);
            if (p.verdict() == Verdict.VERIFIED) {
                verified.add(i + 1);
            } else if (p.verdict() == Verdict.EXCERPT) {
                excerpts.add(i + 1);
            } else {
                others.add("part " + (i + 1) + " " + lowerCase(p.verdict()) + " (" + withoutFullStop(p.explanation())
                        + ")");
            }
        }
        List<String> clauses = new ArrayList<>();
        if (!verified.isEmpty()) {
            clauses.add(partNumbers(verified) + " verified");
        }
        if (!excerpts.isEmpty()) {
            clauses.add(partNumbers(excerpts) + (excerpts.size() == 1 ? " an exact excerpt" : " exact excerpts"));
        }
        clauses.addAll(others);
        return b.append(String.join("; ", clauses)).append('.').toString();
    }

    /** "part 2", "parts 1 and 3", "parts 1, 2 and 4". */
    private static String partNumbers(List<Integer> numbers) {
        List<String> n = numbers.stream().map(String::valueOf).toList();
        return (numbers.size() == 1 ? "part " : "parts ") + EditPhrases.joinNames(n);
    }

    private static String lowerCase(Verdict v) {
        return v.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }

    private static String withoutFullStop(String s) {
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }
}
