package news.verbatim.verify;

import java.util.Objects;
import java.util.Set;

/**
 * Who the journalist says spoke the words, resolved to speaker ids by the caller.
 *
 * @param name       the claimed name as given, used in explanations
 * @param speakerIds the speakers the name resolves to; empty when the name matches no known speaker
 * @param groupIds   group speakers ("Ann Roe and Ben Cole") whose names include the claimed person: their
 *                   words confirm the claim, with the group named in the explanation
 */
public record SpeakerClaim(String name, Set<Long> speakerIds, Set<Long> groupIds) {
    public SpeakerClaim {
        Objects.requireNonNull(name, "name");
        speakerIds = Set.copyOf(Objects.requireNonNull(speakerIds, "speakerIds"));
        groupIds = Set.copyOf(Objects.requireNonNull(groupIds, "groupIds"));
    }

    /** A claim that is no member of any group. */
    public SpeakerClaim(String name, Set<Long> speakerIds) {
        this(name, speakerIds, Set.of());
    }

    /** Whether {@code speakerId} is one of the claimed speakers. */
    public boolean includes(long speakerId) {
        return speakerIds.contains(speakerId);
    }

    /** Whether {@code speakerId} is a group the claimed speaker belongs to (and not the claimed speaker itself). */
    public boolean viaGroup(long speakerId) {
        return !speakerIds.contains(speakerId) && groupIds.contains(speakerId);
    }

    /** Whether words attested from {@code speakerId} confirm the claim, directly or through a group. */
    public boolean confirmedBy(long speakerId) {
        return speakerIds.contains(speakerId) || groupIds.contains(speakerId);
    }
}
