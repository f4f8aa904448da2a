package news.verbatim.index;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.apache.lucene.index.IndexWriter;

/**
 * The record a quote index commit keeps with its contents: the index format and the {@link IndexPosition}
 * in the caller's stream of changes that the contents reflect, as Lucene commit user data.
 */
final class IndexCommits {

    /**
     * Bump when the analysis, the fields of {@link QuoteDocuments} or {@link news.verbatim.text.TextNormalizer}
     * change, so that indexes built by older code count as out of date and are rebuilt. 5: the words and
     * {@link QuoteFacets} of word search. 6: the head field of statement linking ({@link RemarkQueries}). 7: its
     * wording hash ({@link WordingHash}).
     */
    static final String FORMAT_VERSION = "7";

    private static final String KEY_FORMAT = "verbatim.format";
    private static final String KEY_STREAM = "verbatim.stream";
    private static final String KEY_APPLIED = "verbatim.appliedSeq";

    private IndexCommits() {}

    /** The commit data recording {@code position} in the current format. */
    static Map<String, String> data(IndexPosition position) {
        Objects.requireNonNull(position, "position");
        Map<String, String> data = new LinkedHashMap<>();
        data.put(KEY_FORMAT, FORMAT_VERSION);
        data.put(KEY_STREAM, position.streamId());
        data.put(KEY_APPLIED, Long.toString(position.appliedSeq()));
        return data;
    }

    /** The position the writer's last commit recorded, or null when there is none or it is of another format. */
    static IndexPosition read(IndexWriter w) {
        Iterable<Map.Entry<String, String>> live = w.getLiveCommitData();
        if (live == null) {
            return null;
        }
        Map<String, String> data = new HashMap<>();
        live.forEach(e -> data.put(e.getKey(), e.getValue()));
        if (!FORMAT_VERSION.equals(data.get(KEY_FORMAT)) || data.get(KEY_STREAM) == null) {
            return null;
        }
        try {
            return new IndexPosition(data.get(KEY_STREAM), Long.parseLong(data.get(KEY_APPLIED)));
        } catch (IllegalArgumentException | NullPointerException e) {
            return null; // a damaged record means "unknown contents": the caller rebuilds
        }
    }
}
