package news.verbatim.verify;

import java.util.List;
import java.util.Objects;
import news.verbatim.text.NearName;

/**
 * How a claimed name that is nearly a known one was read ({@link NearName}), said in the answer so the journalist
 * sees the reading: "read “Blinkin” as Antony Blinken", or, for a name near two different ones, that it was read
 * as neither.
 *
 * <pre>{@code
 * new NearReading("Blinkin", List.of("Antony Blinken"), NearName.Kind.SPELLING, false).note();
 * // read “Blinkin” as Antony Blinken (a near spelling)
 * }</pre>
 *
 * @param claimed   the name as typed
 * @param names     the known names it is near, nearest first
 * @param kind      another transliteration or a near spelling
 * @param ambiguous whether the names are different names, so that the claim is read as none of them
 */
public record NearReading(String claimed, List<String> names, NearName.Kind kind, boolean ambiguous) {

    public NearReading {
        Objects.requireNonNull(claimed, "claimed");
        names = List.copyOf(Objects.requireNonNull(names, "names"));
        Objects.requireNonNull(kind, "kind");
        if (names.isEmpty()) {
            throw new IllegalArgumentException("a near reading needs a known name for \"" + claimed + "\"");
        }
        if (kind != NearName.Kind.TRANSLITERATION && kind != NearName.Kind.SPELLING) {
            throw new IllegalArgumentException("a near reading is a transliteration or a near spelling, not " + kind);
        }
    }

    /**
     * "read “Blinkin” as Antony Blinken (a near spelling)", or "“Hollin” is close to both Mark Hollis and Carl
     * Hollins, so it is read as neither".
     */
    public String note() {
        String quoted = "\u201C" + claimed + "\u201D";
        if (ambiguous) {
            return quoted + " is " + closeToSeveral();
        }
        return "read " + quoted + " as " + String.join(" or ", names)
                + (kind == NearName.Kind.TRANSLITERATION ? " (another transliteration)" : " (a near spelling)");
    }

    /** "close to both Mark Hollis and Carl Hollins, so it is read as neither", for an ambiguous reading. */
    public String closeToSeveral() {
        return "close to " + (names.size() == 2 ? "both " : "") + EditPhrases.joinNames(names) + ", so it is read as "
                + (names.size() == 2 ? "neither" : "none of them");
    }
}
