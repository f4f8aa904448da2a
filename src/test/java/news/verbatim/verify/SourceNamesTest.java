package news.verbatim.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import news.verbatim.quote.QuoteRepository;
import org.junit.jupiter.api.Test;

class SourceNamesTest {

    /** Two articles; quotes 1 and 2 are in article 10, quote 3 in article 20. */
    private static final class TwoArticles extends QuoteRepository {
        final List<Set<Long>> textsRead = new ArrayList<>();

        @Override
        public Map<Long, Long> articleIdsOf(Collection<Long> ids) {
            Map<Long, Long> all = Map.of(1L, 10L, 2L, 10L, 3L, 20L);
            Map<Long, Long> out = new HashMap<>();
            ids.forEach(id -> {
                if (all.containsKey(id)) {
                    out.put(id, all.get(id));
                }
            });
            return out;
        }

        @Override
        public Map<Long, String> articleTexts(Collection<Long> articleIds) {
            textsRead.add(Set.copyOf(articleIds));
            Map<Long, String> texts = Map.of(
                    10L, "Rosa Villanueva's bakery opened on Monday, the mayor said.",
                    20L, "Council leader Tom Hale said the vote would wait.");
            Map<Long, String> out = new HashMap<>();
            articleIds.forEach(id -> out.put(id, texts.get(id)));
            return out;
        }
    }

    @Test
    void eachArticleIsReadOnceAndItsCapitalisedWordsServeEveryQuoteOfIt() {
        TwoArticles quotes = new TwoArticles();
        SourceNames names = new SourceNames(quotes);

        Map<Long, Set<String>> first = names.ofQuotes(List.of(1L, 2L));
        assertEquals(List.of(Set.of(10L)), quotes.textsRead, "one read for two quotes of one article");
        assertTrue(ClaimInSource.namedAmong(first.get(1L), "Mrs Rosa Villanueva"), "a possessive still names her");
        assertFalse(ClaimInSource.namedAmong(first.get(2L), "Tom Hale"));

        Map<Long, Set<String>> second = names.ofQuotes(List.of(2L, 3L));
        assertEquals(List.of(Set.of(10L), Set.of(20L)), quotes.textsRead, "article 10 is not read again");
        assertTrue(ClaimInSource.namedAmong(second.get(3L), "Tom Hale"));
        assertTrue(ClaimInSource.namedAmong(second.get(2L), "Rosa Villanueva"));
    }

    @Test
    void aQuoteNoLongerStoredIsLeftOut() {
        SourceNames names = new SourceNames(new TwoArticles());
        assertEquals(Set.of(3L), names.ofQuotes(List.of(3L, 99L)).keySet());
    }
}
