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
 * @param openSources quotes whose source leaves the claim open: it names the claimed person too, and its cue
 *                   could fit them (see {@link ClaimInSource#leavesOpen}); filled by the caller
 * @param reading    how a name that is nearly a known one was read ("Blinkin" as Antony Blinken), or null when
 *                   the name was matched as typed or matched nothing near
 */
public record SpeakerClaim(
        String name, Set<Long> speakerIds, Set<Long> groupIds, Set<Long> openSources, NearReading reading) {
    public SpeakerClaim {
        Objects.requireNonNull(name, "name");
        speakerIds = Set.copyOf(Objects.requireNonNull(speakerIds, "speakerIds"));
        groupIds = Set.copyOf(Objects.requireNonNull(groupIds, "groupIds"));
        openSources = Set.copyOf(Objects.requireNonNull(openSources, "openSources"));
        if (reading != null && reading.ambiguous() != speakerIds.isEmpty()) {
            throw new IllegalArgumentException("a near reading of \"" + name + "\" resolves to speakers unless it"
                    + " is ambiguous, and to none when it is");
        }
    }

    /** A claim matched as typed, knowing which sources leave it open. */
    public SpeakerClaim(String name, Set<Long> speakerIds, Set<Long> groupIds, Set<Long> openSources) {
        this(name, speakerIds, groupIds, openSources, null);
    }

    /** A claim that is no member of any group. */
    public SpeakerClaim(String name, Set<Long> speakerIds) {
        this(name, speakerIds, Set.of(), Set.of());
    }

    /** A claim with no knowledge of which sources leave it open. */
    public SpeakerClaim(String name, Set<Long> speakerIds, Set<Long> groupIds) {
        this(name, speakerIds, groupIds, Set.of());
    }

    /** This claim, knowing which quotes' sources leave it open. */
    public SpeakerClaim withOpenSources(Set<Long> quoteIds) {
        return new SpeakerClaim(name, speakerIds, groupIds, quoteIds, reading);
    }

    /** This claim, read from a name that is nearly a known one. */
    public SpeakerClaim withReading(NearReading nearReading) {
        return new SpeakerClaim(name, speakerIds, groupIds, openSources, nearReading);
    }

    /**
     * Whether the words of {@code quote} refute this claim: its source identifies a different speaker, and not
     * by a cue that could fit the claimed person as well (a pronoun, an epithet, a shared surname).
     */
    public boolean refutedBy(AttestedQuote quote) {
        return quote.identifiesSpeaker() && !confirmedBy(quote.speakerId()) && !openSources.contains(quote.quoteId());
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
