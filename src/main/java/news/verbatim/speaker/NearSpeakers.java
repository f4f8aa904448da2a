package news.verbatim.speaker;

import java.util.List;
import java.util.Objects;
import news.verbatim.text.NearName;

/**
 * The known persons a claimed name is nearly ({@link NearName}): read as them when every near speaker is near by
 * the same name (one person, or persons sharing a surname, as an exactly typed surname would find), ambiguous when
 * the name is near two different names ("Hollin": Hollis and Hollins), so that it is read as neither.
 *
 * @param matches   the near speakers, nearest first; empty when the name is near nobody
 * @param kind      how near the nearest is ({@code NONE} when there is none)
 * @param ambiguous whether the name is near two different known names
 */
public record NearSpeakers(List<SpeakerMatch> matches, NearName.Kind kind, boolean ambiguous) {

    public static final NearSpeakers NONE = new NearSpeakers(List.of(), NearName.Kind.NONE, false);

    public NearSpeakers {
        matches = List.copyOf(Objects.requireNonNull(matches, "matches"));
        Objects.requireNonNull(kind, "kind");
    }

    /** Whether the name is read as the matched speakers. */
    public boolean resolved() {
        return !ambiguous && !matches.isEmpty();
    }
}
