package news.verbatim.quote;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.OptimisticLockException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import news.verbatim.changes.ChangeLog;
import news.verbatim.changes.ChangeOp;
import news.verbatim.index.QuoteIndex;
import news.verbatim.index.QuoteIndexService;
import news.verbatim.index.RemarkQueries;
import news.verbatim.speaker.Speaker;

/**
 * Decides which statement a quote belongs to. Quotes are the same remark when their normalised words are equal
 * (a comma of difference), or one is contained in the other as whole words (a leading "But", a fragment of a
 * longer sentence). Containment needs the same speaker — the corpus is full of common phrases other people also
 * say — and equal wording across speakers needs at least {@value #MIN_WORDS_ACROSS_SPEAKERS} words. A
 * translation variant is different wording and stays a different statement.
 *
 * <p><b>Finding the other quotes of a remark</b> takes indexed look-ups, never a scan of the corpus: equal wording
 * through its linking key ({@link StatementKey}); quotes of the speaker the new one contains, and quotes of the
 * speaker that contain it, through the search index ({@link RemarkQueries}: the first words and the wording hashes
 * of its word spans, and its first, middle and last words).
 *
 * <p><b>Concurrency.</b> Equal wording is serialised by the linking key's primary key: of two transactions
 * storing the same remark at once, the second fails on the key, is retried ({@code RetryingTransactions}) and
 * finds the first one's statement. Containment between quotes stored by two concurrent transactions is not seen
 * by either; the writer that committed second notices that others committed meanwhile and calls
 * {@link #relink} after its commit, when both quotes are visible. {@link #relink} is also the repair for splits
 * left by any past race.
 */
@ApplicationScoped
public class StatementLinker {

    /**
     * Shorter quotes than this are too generic to link by containment ("consequences"); the index's heads are
     * this many words, so that every quote that may be contained has one.
     */
    static final int MIN_CONTAINED_WORDS = RemarkQueries.HEAD_WORDS;

    static final int MIN_WORDS_ACROSS_SPEAKERS = 3;
    /**
     * Most quotes one look-up of the index returns: far more than one remark is ever carried by one speaker, so
     * that none is missed, yet a bound on a degenerate wording ("we will") said thousands of times.
     */
    static final int MAX_LOOKED_UP = 2_000;

    private final QuoteRepository quotes;
    private final StatementKeyRepository keys;
    private final StatementRepository statements;
    private final ChangeLog changes;
    private final QuoteIndexService index;

    public StatementLinker(
            QuoteRepository quotes,
            StatementKeyRepository keys,
            StatementRepository statements,
            ChangeLog changes,
            QuoteIndexService index) {
        this.quotes = quotes;
        this.keys = keys;
        this.statements = statements;
        this.changes = changes;
        this.index = index;
    }

    /**
     * The statement of {@code quote} (not yet persisted; its speaker, normalised text, hash and word count set),
     * merging statements it proves to be one.
     *
     * @param earlier quotes stored earlier in the same transaction, which the search index does not hold yet
     */
    public Statement link(Quote quote, Collection<Quote> earlier) {
        // The key is read once: a second look could find a key a concurrent writer committed meanwhile, and
        // this writer would then keep a statement of its own (see below).
        Optional<Statement> byKey = keys.statementOf(linkKey(quote.normSha256, quote.wordCount, quote.speaker.id));
        boolean keyed = byKey.isPresent();
        Statement statement = joinOrFound(sameRemark(quote, byKey, earlier));
        if (!keyed) {
            // Inserted without a second look: a concurrent writer that took the key meanwhile makes this insert
            // fail, and the retry links to its statement. Checking again here would let both keep their own.
            keys.add(linkKey(quote.normSha256, quote.wordCount, quote.speaker.id), statement);
        }
        return statement;
    }

    /**
     * Checks stored quotes again and merges the statements they prove to be one: after a race with a concurrent
     * writer, or as a repair over the whole corpus.
     *
     * @return how many statements were merged away
     */
    public int relink(Collection<Long> quoteIds) {
        int merged = 0;
        for (Long id : quoteIds) {
            Quote quote = quotes.findById(id);
            if (quote == null) {
                continue; // deleted meanwhile
            }
            Map<Long, Statement> found = sameRemark(
                    quote, keys.statementOf(linkKey(quote.normSha256, quote.wordCount, quote.speaker.id)), List.of());
            found.putIfAbsent(quote.statement.id, quote.statement);
            if (found.size() > 1) {
                merged += found.size() - 1;
                merge(found);
            }
        }
        return merged;
    }

    /**
     * Gives a stored quote another speaker and moves it to the statement it belongs to under that speaker: the
     * one of a stored quote of the new speaker that contains it or that it contains, or of equal wording (any
     * speaker, from {@value #MIN_WORDS_ACROSS_SPEAKERS} words), or a statement of its own. Its old statement keeps
     * the other quotes and is removed when none is left. Statements are never split: quotes that were linked
     * only through this one stay together.
     *
     * @return the quote's statement now
     */
    public Statement changeSpeaker(Quote quote, Speaker speaker) {
        Statement old = quote.statement;
        long oldSpeakerId = quote.speaker.id;
        String oldKey = linkKey(quote.normSha256, quote.wordCount, oldSpeakerId);
        String newKey = linkKey(quote.normSha256, quote.wordCount, speaker.id);
        // The old key stays with the old statement while another of its quotes has that key; otherwise it was
        // this quote's, and goes with it (repointed below, or removed when the new key is another one).
        boolean keyStays = quotes.countWithKeyInStatement(
                        old.id, quote.normSha256, oldKey.equals(quote.normSha256) ? null : oldSpeakerId, quote.id)
                > 0;
        quote.speaker = speaker;
        Optional<StatementKey> newKeyRow = keys.findByIdOptional(newKey);
        boolean keyMoves = newKey.equals(oldKey) && !keyStays;
        Optional<Statement> byKey = keyMoves ? Optional.empty() : newKeyRow.map(k -> k.statement);
        Map<Long, Statement> found = sameRemark(quote, byKey, List.of());
        Statement target = joinOrFound(found);
        quote.statement = target;
        if (newKeyRow.isPresent() && (keyMoves || newKeyRow.get().statement.id.equals(old.id) && !keyStays)) {
            newKeyRow.get().statement = target;
        } else if (newKeyRow.isEmpty()) {
            keys.add(newKey, target);
        }
        if (!newKey.equals(oldKey) && !keyStays) {
            keys.deleteById(oldKey);
        }
        changes.record(quote.id, ChangeOp.UPSERT);
        quotes.flush();
        // When it was one of those found it is the target or merged into it; otherwise it goes once empty.
        if (!found.containsKey(old.id) && quotes.count("statement.id", old.id) == 0) {
            keys.removeFor(old.id);
            statements.delete(old);
        }
        return target;
    }

    /** The statements found merged into one, or a new statement when none was found. */
    private Statement joinOrFound(Map<Long, Statement> found) {
        if (!found.isEmpty()) {
            return merge(found);
        }
        Statement statement = new Statement();
        statement.createdAt = Instant.now();
        statements.persist(statement);
        return statement;
    }

    /** The statements of stored quotes that are the same remark as {@code quote}, by id. */
    private Map<Long, Statement> sameRemark(Quote quote, Optional<Statement> byKey, Collection<Quote> earlier) {
        Map<Long, Statement> found = new LinkedHashMap<>();
        byKey.ifPresent(s -> found.put(s.id, s));
        for (Quote other : storedSameRemark(quote)) {
            found.putIfAbsent(other.statement.id, other.statement);
        }
        long speakerId = quote.speaker.id;
        for (Quote other : earlier) {
            if (other != quote
                    && other.speaker.id.equals(speakerId)
                    && sameRemark(quote.normText, quote.wordCount, other.normText, other.wordCount)) {
                found.putIfAbsent(other.statement.id, other.statement);
            }
        }
        return found;
    }

    /**
     * Stored quotes of the same speaker that are the same remark as {@code quote}: shorter ones it contains (found
     * by the heads of its word spans) and longer ones containing it (by its first words), both one look-up of the
     * search index. Their wordings are compared first; only a quote that matches is loaded, as the entity this
     * transaction may already hold, since a merge earlier in it may have moved that quote to another statement.
     */
    private List<Quote> storedSameRemark(Quote quote) {
        List<QuoteRepository.Wording> wordings = new ArrayList<>(containedIn(quote));
        wordings.addAll(containing(quote));
        List<Quote> out = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (QuoteRepository.Wording w : wordings) {
            if ((quote.id == null || w.id() != quote.id)
                    && seen.add(w.id())
                    && sameRemark(quote.normText, quote.wordCount, w.normText(), w.wordCount())) {
                Quote other = quotes.findById(w.id());
                if (other != null) {
                    out.add(other);
                }
            }
        }
        return out;
    }

    /**
     * Wordings of stored quotes of the same speaker, shorter than {@code quote}, that are word for word one of its
     * spans (found by their heads and wording hashes in the index).
     */
    private List<QuoteRepository.Wording> containedIn(Quote quote) {
        if (quote.wordCount <= MIN_CONTAINED_WORDS) {
            return List.of();
        }
        return wordings(quote, fromIndex(i -> i.quotesContainedIn(quote.normText, quote.speaker.id, MAX_LOOKED_UP)));
    }

    /** Wordings of stored quotes of the same speaker that may hold the words of {@code quote}, found by the index. */
    private List<QuoteRepository.Wording> containing(Quote quote) {
        if (quote.wordCount < MIN_CONTAINED_WORDS) {
            return List.of();
        }
        return wordings(quote, fromIndex(i -> i.quotesMayHold(quote.normText, quote.speaker.id, MAX_LOOKED_UP)));
    }

    /** One query whatever the number of ids: they travel as one array parameter, at most {@link #MAX_LOOKED_UP}. */
    private List<QuoteRepository.Wording> wordings(Quote quote, List<Long> ids) {
        return ids.isEmpty() ? List.of() : quotes.wordingsByIds(quote.speaker.id, ids);
    }

    private List<Long> fromIndex(IndexLookUp lookUp) {
        try {
            return lookUp.apply(index.index());
        } catch (IOException e) {
            throw new UncheckedIOException("the search index is unavailable", e);
        }
    }

    private interface IndexLookUp {
        List<Long> apply(QuoteIndex index) throws IOException;
    }

    /**
     * Keeps the oldest of {@code found} and moves every quote and key of the others to it. The statements are
     * locked first, in id order: two transactions merging overlapping statements take turns, and one that finds a
     * statement already merged away by the other gives up, to be retried on what the other committed.
     */
    private Statement merge(Map<Long, Statement> found) {
        Statement keep =
                found.values().stream().min(Comparator.comparing(s -> s.id)).orElseThrow();
        List<Long> merged =
                found.keySet().stream().filter(id -> !id.equals(keep.id)).toList();
        if (merged.isEmpty()) {
            return keep;
        }
        // The merge reads the quotes and keys of the statements: what this transaction wrote must be there.
        quotes.flush();
        List<Long> all = found.keySet().stream().sorted().toList();
        List<Statement> locked = statements.lockInIdOrder(all);
        // Counted again after the lock: a database may hand out a row it waited on even though the writer it
        // waited for deleted it, and a quote loaded before the lock may then point at a statement no longer there.
        long present = statements.countAmong(all);
        if (locked.size() != all.size() || present != all.size()) {
            throw new OptimisticLockException("a statement being merged was merged away by a concurrent writer");
        }
        keys.repoint(merged, keep);
        // Entity updates rather than a bulk UPDATE, so quotes already loaded in this transaction stay current.
        for (Quote q : quotes.inStatements(merged)) {
            q.statement = keep;
            changes.record(q.id, ChangeOp.UPSERT);
        }
        merged.forEach(id -> statements.delete(found.get(id)));
        return keep;
    }

    /**
     * The linking key of a wording: equal keys are one remark. Wording of {@value #MIN_WORDS_ACROSS_SPEAKERS}
     * words or more links across speakers (a syndicated quote misattributed by one outlet is still the same
     * words); shorter wording only within one speaker.
     */
    static String linkKey(String normSha256, int wordCount, long speakerId) {
        return wordCount >= MIN_WORDS_ACROSS_SPEAKERS ? normSha256 : normSha256 + ":" + speakerId;
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
