package news.verbatim.verify;

import java.util.List;
import java.util.Objects;

/**
 * The verifier's answer for one submitted quote.
 *
 * @param verdict          the verdict
 * @param explanation      one plain-English sentence for the journalist
 * @param matches          the attested quotes the verdict rests on: the deciding match first, then the others
 *                         by rank. For {@link Verdict#NOT_FOUND} it is empty, or holds the attested quotes found
 *                         whole inside a longer submission (so a reader sees which words are attested)
 * @param weakEvidence     whether the deciding evidence is only a one- or two-word match, or a fragment quote
 *                         of at most two words
 * @param attestedSpeakers who said the matching words, deciding speaker first, each once
 */
public record Verification(
        Verdict verdict,
        String explanation,
        List<Match> matches,
        boolean weakEvidence,
        List<AttestedSpeaker> attestedSpeakers) {
    public Verification {
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(explanation, "explanation");
        matches = List.copyOf(matches);
        attestedSpeakers = List.copyOf(attestedSpeakers);
        if (verdict != Verdict.NOT_FOUND && matches.isEmpty()) {
            throw new IllegalArgumentException(verdict + " needs at least one match");
        }
    }
}
