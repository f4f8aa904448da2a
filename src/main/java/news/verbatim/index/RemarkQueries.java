package news.verbatim.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.LongField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/**
 * The look-ups statement linking makes, one speaker's quotes at a time: the quotes that may hold a wording as
 * whole words (those with its first, middle and last {@value #HEAD_WORDS} words as n-grams; the words as a phrase
 * when those are too common), and the quotes that are word for word one of a wording's spans (the head field: the
 * speaker and the first {@value #HEAD_WORDS} words of each quote as one term, then the {@link WordingHash} of each
 * quote found that way against those of the spans). Each is a few term look-ups in the index and returns (nearly)
 * only the quotes asked for, so its cost follows the size of the answer, not the speaker's history: the first
 * words alone, or the heads alone, found every earlier quote of a prolific speaker that began "we will", and
 * statement linking read all their wordings from the database. A phrase of every word was tried first for the
 * former: its term look-ups, one per word and segment, took a fifth of a bulk import's time.
 */
public final class RemarkQueries {

    /** Words in a head: a quote shorter than this is never linked by containment, so needs no head. */
    public static final int HEAD_WORDS = 3;

    /** Longest head kept: three long words; a longer head is cut the same way on both sides of the look-up. */
    public static final int MAX_HEAD_CHARS = 200;

    private RemarkQueries() {}

    /** The head of a style-keyed wording: its first {@value #HEAD_WORDS} words, at most {@value #MAX_HEAD_CHARS} chars. */
    public static String headOf(String normalised) {
        int end = -1;
        for (int words = 0; words < HEAD_WORDS; words++) {
            end = normalised.indexOf(' ', end + 1);
            if (end < 0) {
                end = normalised.length();
                break;
            }
        }
        String head = normalised.substring(0, end);
        return head.length() <= MAX_HEAD_CHARS ? head : head.substring(0, MAX_HEAD_CHARS);
    }

    /**
     * The distinct heads of the word spans of {@code normalised} that could be a shorter quote it contains: one
     * per word from which {@value #HEAD_WORDS} words follow, in text order.
     */
    public static List<String> spanHeads(String normalised) {
        return spanHeads(WordingHash.words(normalised));
    }

    private static List<String> spanHeads(String[] words) {
        Set<String> out = new LinkedHashSet<>();
        for (int start = 0; start + HEAD_WORDS <= words.length; start++) {
            out.add(headOf(String.join(" ", Arrays.asList(words).subList(start, start + HEAD_WORDS))));
        }
        return new ArrayList<>(out);
    }

    /**
     * Up to {@code limit} quotes of the speaker that may hold the style-keyed words {@code normalised} in order:
     * every one that does (equal wording included) when fewer than {@code limit} hold its first, middle and last
     * {@value #HEAD_WORDS} words, and others holding those.
     */
    static List<Long> mayHold(IndexSearcher searcher, String normalised, long speakerId, int limit) throws IOException {
        List<Long> sharing = ids(searcher, sharingEdgeWords(normalised, speakerId), limit);
        // edge words this common for the speaker: only the whole phrase tells which hold it
        return sharing.size() < limit ? sharing : ids(searcher, holding(normalised, speakerId), limit);
    }

    /**
     * Up to {@code limit} quotes of the speaker, shorter than style-keyed {@code normalised} and of at least {@value
     * #HEAD_WORDS} words, that are word for word one of its spans: those beginning as one of its spans (the head
     * field) whose wording hash is one of its spans' ({@link WordingHash}). Only those are returned, however many of
     * the speaker's quotes begin the same way, so the answer does not grow with the speaker's history.
     */
    static List<Long> containedIn(IndexSearcher searcher, String normalised, long speakerId, int limit)
            throws IOException {
        String[] words = WordingHash.words(normalised);
        Query heads = startingWith(spanHeads(words), speakerId);
        if (heads == null) {
            return List.of();
        }
        long[] spans = WordingHash.spans(words, HEAD_WORDS, words.length - 1);
        return MatchingIds.withWording(searcher, heads, spans, limit);
    }

    private static List<Long> ids(IndexSearcher searcher, Query query, int limit) throws IOException {
        return query == null ? List.of() : MatchingIds.of(searcher, query, limit);
    }

    /**
     * The quotes of {@code speakerId} holding the first, the middle and the last {@value #HEAD_WORDS} words of
     * {@code normalised} (all of them for a shorter wording), each as one n-gram: every quote that holds the
     * wording, and few others, for three term look-ups; null when it has no word.
     */
    static Query sharingEdgeWords(String normalised, long speakerId) {
        String[] words = NgramAnalyzer.words(normalised);
        if (words.length == 0) {
            return null;
        }
        List<String> all = Arrays.asList(words);
        int n = Math.min(words.length, HEAD_WORDS);
        Set<String> grams = new LinkedHashSet<>();
        for (int start : new int[] {0, (words.length - n) / 2, words.length - n}) {
            grams.add(String.join(" ", all.subList(start, start + n)));
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (String gram : grams) {
            query.add(new TermQuery(new Term(QuoteDocuments.FIELD_NGRAMS, gram)), BooleanClause.Occur.FILTER);
        }
        return ofSpeaker(query.build(), speakerId);
    }

    /** The quotes of {@code speakerId} whose words hold {@code normalised} in order; null when it has no word. */
    static Query holding(String normalised, long speakerId) {
        List<String> terms = ContainingQuery.terms(normalised);
        return terms.isEmpty() ? null : ofSpeaker(ContainingQuery.inOrder(terms), speakerId);
    }

    /**
     * The term of the head field: the speaker's id and the head. Keyed by speaker, so that a look-up reads the
     * postings of that speaker's quotes only, not those of every quote beginning "we will not".
     */
    static String speakerHead(long speakerId, String head) {
        return speakerId + " " + head;
    }

    /** The quotes of {@code speakerId} whose head is one of {@code heads}; null for no head. */
    static Query startingWith(Collection<String> heads, long speakerId) {
        if (heads.isEmpty()) {
            return null;
        }
        List<BytesRef> terms =
                heads.stream().map(h -> new BytesRef(speakerHead(speakerId, h))).toList();
        return new TermInSetQuery(QuoteDocuments.FIELD_HEAD, terms);
    }

    private static Query ofSpeaker(Query words, long speakerId) {
        return new BooleanQuery.Builder()
                .add(words, BooleanClause.Occur.FILTER)
                .add(LongField.newExactQuery(QuoteDocuments.FIELD_SPEAKER, speakerId), BooleanClause.Occur.FILTER)
                .build();
    }
}
