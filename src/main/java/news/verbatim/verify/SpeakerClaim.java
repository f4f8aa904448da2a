package news.verbatim.verify;

import java.util.Objects;
import java.util.Set;

/**
 * Who the journalist says spoke the words, resolved to speaker ids by the caller.
 *
 * @param name       the claimed name as given, used in explanations
 * @param speakerIds the speakers the name resolves to; empty when the name matches no known speaker
 */
public record SpeakerClaim(String name, Set<Long> speakerIds) {
    public SpeakerClaim {
        Objects.requireNonNull(name, "name");
        speakerIds = Set.copyOf(Objects.requireNonNull(speakerIds, "speakerIds"));
    }

    /** Whether {@code speakerId} is one of the claimed speakers. */
    public boolean includes(long speakerId) {
        return speakerIds.contains(speakerId);
    }
}
