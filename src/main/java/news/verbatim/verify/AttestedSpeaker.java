package news.verbatim.verify;

import java.util.Objects;

/**
 * A speaker to whom the verified words are attested.
 *
 * @param speakerId the speaker's id
 * @param name      the speaker's display name
 */
public record AttestedSpeaker(long speakerId, String name) {
    public AttestedSpeaker {
        Objects.requireNonNull(name, "name");
    }
}
