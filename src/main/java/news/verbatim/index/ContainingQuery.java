package news.verbatim.index;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * The quotes that hold every part of a submission word for word: a phrase of the word field per part. The
 * n-gram ranking favours a submission's rare n-grams, so where many quotes share most of its words ("council of
 * the plan, and the harbour …") the best by n-grams can all be near misses while dozens of quotes hold the
 * excerpt exactly; the archive harness at 10^5 quotes answered ALTERED for two such excerpts. Verification
 * therefore takes part of its candidates from this search first ({@link #merge}).
 */
final class ContainingQuery {

    /** Below this many words a phrase is held by too many quotes to say anything; the n-grams decide alone. */
    static final int MIN_WORDS = 4;

    private ContainingQuery() {}

    /**
     * The query for the quotes holding each style-keyed part, or null when the parts have fewer than {@link
     * #MIN_WORDS}.
     */
    static Query of(List<String> parts) {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        int words = 0;
        for (String part : parts) {
            List<String> terms = terms(part);
            if (terms.isEmpty()) {
                continue;
            }
            words += terms.size();
            all.add(inOrder(terms), BooleanClause.Occur.MUST);
        }
        return words < MIN_WORDS ? null : all.build();
    }

    /** The terms of the word field for style-keyed text, as {@link WordAnalyzer} indexed them. */
    static List<String> terms(String normalised) {
        return WordAnalyzer.words(normalised).stream().filter(w -> !w.isEmpty()).toList();
    }

    /** The quotes whose word field holds {@code terms} (at least one) in this order: a term, or a phrase. */
    static Query inOrder(List<String> terms) {
        return terms.size() == 1
                ? new TermQuery(new Term(QuoteDocuments.FIELD_WORDS, terms.get(0)))
                : new PhraseQuery(QuoteDocuments.FIELD_WORDS, terms.toArray(String[]::new));
    }

    /** The holders first, then the ranked candidates not among them, at most {@code limit} in all. */
    static List<Candidate> merge(List<Candidate> holders, List<Candidate> ranked, int limit) {
        Map<Long, Candidate> out = new LinkedHashMap<>();
        for (List<Candidate> list : List.of(holders, ranked)) {
            for (Candidate c : list) {
                if (out.size() == limit) {
                    return new ArrayList<>(out.values());
                }
                out.putIfAbsent(c.quoteId(), c);
            }
        }
        return new ArrayList<>(out.values());
    }
}
