package news.verbatim.verify;

import java.util.List;
import news.verbatim.speaker.NearSpeakers;
import news.verbatim.speaker.SpeakerMatch;
import news.verbatim.speaker.SpeakerService;
import news.verbatim.text.NearName;

/**
 * The speakers a claimed name resolved to, and how a name no alias matches was read as nearly a known one.
 *
 * <pre>{@code
 * ClaimedSpeakers claimed = ClaimedSpeakers.of("Blinkin", speakers);
 * claimed.resolved();       // [Antony Blinken]
 * claimed.reading().note(); // read “Blinkin” as Antony Blinken (a near spelling)
 * }</pre>
 *
 * @param resolved the speakers the name resolved to; empty for none
 * @param reading  the near reading, or null when the name matched an alias or nothing near
 */
record ClaimedSpeakers(List<SpeakerMatch> resolved, NearReading reading) {

    private static final ClaimedSpeakers NOBODY = new ClaimedSpeakers(List.of(), null);

    /**
     * The speakers {@code claimedName} matches; when it matches no alias, the persons it is nearly ("Blinkin",
     * "Araqchi"), with the reading to say so. A name near two different names resolves to nobody, and the reading
     * says that too. An exact match always wins: a near name is looked for only when nothing matched.
     */
    static ClaimedSpeakers of(String claimedName, SpeakerService speakers) {
        if (claimedName == null) {
            return NOBODY;
        }
        List<SpeakerMatch> matched = speakers.match(claimedName);
        if (!matched.isEmpty()) {
            return new ClaimedSpeakers(matched, null);
        }
        NearSpeakers near = speakers.near(claimedName);
        if (near.kind() != NearName.Kind.TRANSLITERATION && near.kind() != NearName.Kind.SPELLING) {
            return NOBODY;
        }
        NearReading reading = new NearReading(
                claimedName,
                near.matches().stream()
                        .map(SpeakerMatch::speakerName)
                        .distinct()
                        .toList(),
                near.kind(),
                near.ambiguous());
        return new ClaimedSpeakers(near.resolved() ? near.matches() : List.of(), reading);
    }
}
