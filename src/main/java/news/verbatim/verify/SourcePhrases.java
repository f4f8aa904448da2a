package news.verbatim.verify;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import news.verbatim.extract.SpeakerType;

/**
 * The phrases {@link Explainer} writes about the sources of words whose speaker is not confirmed: how many sources
 * there are (counted by quote, not by candidate), which of them name no speaker and how they describe one (" (one
 * describes the speaker as “senior US official”)"), and why a source that gives the words to someone else only by
 * inference does not refute the claim. Stateless.
 */
final class SourcePhrases {

    private SourcePhrases() {}

    /** Sources, not candidates: a split remark is offered whole and in parts under its first part's id. */
    static int sourceCount(List<ScoredCandidate> candidates) {
        return (int)
                candidates.stream().map(s -> s.quote().quoteId()).distinct().count();
    }

    /** The sources that do not name the speaker at all (unknown or unnamed). */
    static List<ScoredCandidate> unnamed(List<ScoredCandidate> unidentified) {
        return unidentified.stream().filter(s -> !s.quote().identifiesSpeaker()).toList();
    }

    /** The sources that name a speaker the engine only inferred, while also naming the claimed person. */
    static List<ScoredCandidate> inferred(List<ScoredCandidate> unidentified, String submitted) {
        return unidentified.stream()
                .filter(s -> s.quote().identifiesSpeaker()
                        && !NestedQuotes.within(s.quote().text(), submitted))
                .toList();
    }

    /** The sources whose named speaker quotes the words from someone else, inside their own quote. */
    static List<ScoredCandidate> reported(List<ScoredCandidate> unidentified, String submitted) {
        return unidentified.stream()
                .filter(s -> s.quote().identifiesSpeaker()
                        && NestedQuotes.within(s.quote().text(), submitted))
                .toList();
    }

    /**
     * "it prints them inside a quote by Owen Pryce, as words Pryce repeats from someone else (“said Pryce”)":
     * why a source naming another speaker does not refute the claim.
     */
    static String reportedClause(List<ScoredCandidate> reported, boolean onlySource) {
        int n = sourceCount(reported);
        String subject = onlySource ? "it prints" : n == 1 ? "1 source prints" : n + " sources print";
        String names = EditPhrases.joinNames(
                reported.stream().map(s -> s.quote().speakerName()).distinct().toList());
        String cue = Explainer.attributedBy(reported.get(0).quote());
        return subject + " them inside a quote by " + names + ", as words quoted from someone else"
                + (cue == null ? "" : " (\u201C" + cue + "\u201D)");
    }

    /**
     * "it gives them to Isabel Villanueva only by inference (“she said”), and also names Rosa Villanueva": why
     * a source naming someone else does not refute the claim. The subject is "it" for the only source, else "2
     * sources" or, after the sources that refute the claim, "1 other source".
     */
    static String inferredClause(
            List<ScoredCandidate> inferred, SpeakerClaim claim, boolean onlySource, boolean others) {
        int n = sourceCount(inferred);
        boolean one = onlySource || n == 1;
        String subject = onlySource ? "it" : n + (others ? " other" : "") + (one ? " source" : " sources");
        String names = EditPhrases.joinNames(
                inferred.stream().map(s -> s.quote().speakerName()).distinct().toList());
        String cue = Explainer.attributedBy(inferred.get(0).quote());
        return subject + (one ? " gives" : " give") + " them to " + names + " only by inference"
                + (cue == null ? "" : " (\u201C" + cue + "\u201D)")
                + ", and also " + (one ? "names " : "name ") + claim.name();
    }

    /** " (one describes the speaker as “senior US official”)": how the unnamed sources describe the speaker. */
    static String descriptions(List<ScoredCandidate> unidentified) {
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
        bySource.forEach((name, ids) -> parts.add((single
                        ? "it describes"
                        : EditPhrases.count(ids.size()) + (ids.size() == 1 ? " describes" : " describe"))
                + " the speaker as \u201C" + name + "\u201D"));
        return " (" + EditPhrases.joinNames(parts) + ")";
    }
}
