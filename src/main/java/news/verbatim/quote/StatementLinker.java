package news.verbatim.quote;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Decides which statement a new quote belongs to. Quotes are the same remark when their normalised words are
 * equal (a comma of difference), or one is contained in the other as whole words (a leading "But", a fragment
 * of a longer sentence). Containment needs the same speaker — the corpus is full of common phrases other
 * people also say — and equal wording across speakers needs at least {@value #MIN_WORDS_ACROSS_SPEAKERS} words.
 * A translation variant is different wording and stays a different statement.
 */
@ApplicationScoped
public class StatementLinker {

    /** Shorter quotes than this are too generic to link by containment ("consequences"). */
    static final int MIN_CONTAINED_WORDS = 3;

    static final int MIN_WORDS_ACROSS_SPEAKERS = 3;

    private final QuoteRepository quotes;

    public StatementLinker(QuoteRepository quotes) {
        this.quotes = quotes;
    }

    /** Links {@code quote} (not yet persisted) to its statement, merging statements it proves to be one. */
    public Statement link(Quote quote) {
        Map<Long, Statement> found = new LinkedHashMap<>();
        for (Quote same : quotes.findByNormSha(quote.normSha256)) {
            boolean sameSpeaker = same.speaker.id.equals(quote.speaker.id);
            if (sameSpeaker || quote.wordCount >= MIN_WORDS_ACROSS_SPEAKERS) {
                found.putIfAbsent(same.statement.id, same.statement);
            }
        }
        if (quote.speaker.id != null) {
            for (Quote other : quotes.findBySpeaker(quote.speaker.id)) {
                if (sameRemark(quote.normText, quote.wordCount, other.normText, other.wordCount)) {
                    found.putIfAbsent(other.statement.id, other.statement);
                }
            }
        }
        if (found.isEmpty()) {
            Statement statement = new Statement();
            statement.createdAt = Instant.now();
            quotes.getEntityManager().persist(statement);
            return statement;
        }
        Statement keep =
                found.values().stream().min(Comparator.comparing(s -> s.id)).orElseThrow();
        List<Long> merged =
                found.keySet().stream().filter(id -> !id.equals(keep.id)).toList();
        if (!merged.isEmpty()) {
            // Entity updates rather than a bulk UPDATE, so quotes already loaded in this transaction stay current.
            quotes.list("statement.id in ?1", merged).forEach(q -> q.statement = keep);
            merged.forEach(id -> quotes.getEntityManager().remove(found.get(id)));
        }
        return keep;
    }

    /** Equal words, or the shorter contained in the longer as whole words. */
    static boolean sameRemark(String normA, int wordsA, String normB, int wordsB) {
        if (normA.equals(normB)) {
            return true;
        }
        String shorter = wordsA <= wordsB ? normA : normB;
        String longer = wordsA <= wordsB ? normB : normA;
        if (Math.min(wordsA, wordsB) < MIN_CONTAINED_WORDS) {
            return false;
        }
        return (" " + longer + " ").contains(" " + shorter + " ");
    }
}
