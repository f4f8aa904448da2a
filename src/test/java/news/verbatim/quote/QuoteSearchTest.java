package news.verbatim.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import news.verbatim.ApiTestSupport;
import news.verbatim.common.PageRequest;
import news.verbatim.common.PageResponse;
import news.verbatim.index.QuoteIndexService;
import news.verbatim.speaker.SpeakerMatch;
import news.verbatim.speaker.SpeakerService;
import org.junit.jupiter.api.Test;

/**
 * Word search through the quote index answers exactly what the database's {@code LIKE} search answers: the same
 * quotes, in the same order, with the same total, for every combination of words, filters and page tried here.
 */
@QuarkusTest
class QuoteSearchTest {

    private static final List<String> WORDS =
            List.of("the", "we", "will respond", "Diplomacy", "iran israel", "said", "it's", "giraffe");

    @Inject
    QuoteSearch search;

    @Inject
    QuoteRepository quotes;

    @Inject
    SpeakerService speakers;

    @Inject
    QuoteIndexService index;

    private List<Long> speakerIds(QuoteFilter filter) {
        return filter.speaker() == null
                ? null
                : speakers.match(filter.speaker()).stream()
                        .map(SpeakerMatch::speakerId)
                        .toList();
    }

    private static List<Long> ids(PageResponse<Quote> page) {
        return page.items().stream().map(q -> q.id).toList();
    }

    @Test
    void theIndexAnswersAsTheDatabaseDoes() {
        assertTrue(index.awaitCurrent(Duration.ofSeconds(30)), "the index has every quote");
        long article = ApiTestSupport.articleId("head off Iranian attack");
        long blinken = QuarkusTransaction.requiringNew()
                .call(() -> speakers.match("Blinken").get(0).speakerId());
        LocalDate aug6 = LocalDate.of(2024, 8, 6);
        List<PageRequest> pages = List.of(new PageRequest(0, 5), new PageRequest(1, 5), new PageRequest(0, 100));
        long compared = 0;
        long found = 0;
        for (String words : WORDS) {
            List<QuoteFilter> filters = new ArrayList<>();
            filters.add(new QuoteFilter(null, null, null, null, words, null, null));
            filters.add(new QuoteFilter(null, "CNN", null, null, words, null, null));
            filters.add(new QuoteFilter("Blinken", null, null, null, words, null, null));
            filters.add(new QuoteFilter(null, null, aug6, null, words, null, null));
            filters.add(new QuoteFilter(null, null, null, aug6, words, null, null));
            filters.add(new QuoteFilter(null, null, aug6, aug6, words, null, null));
            filters.add(new QuoteFilter(null, null, null, null, words, article, null));
            filters.add(new QuoteFilter(null, null, null, null, words, null, blinken));
            filters.add(new QuoteFilter("Blinken", "Bloomberg", null, null, words, null, blinken));
            for (QuoteFilter filter : filters) {
                for (PageRequest page : pages) {
                    PageResponse<Quote>[] both = QuarkusTransaction.requiringNew()
                            .call(() -> {
                                List<Long> named = speakerIds(filter);
                                @SuppressWarnings("unchecked")
                                PageResponse<Quote>[] answers = new PageResponse[] {
                                    quotes.matching(filter, named, page), search.page(filter, named, page)
                                };
                                return answers;
                            });
                    String what = filter + " " + page;
                    assertEquals(both[0].total(), both[1].total(), "total of " + what);
                    assertEquals(ids(both[0]), ids(both[1]), "page of " + what);
                    compared++;
                    found += both[1].items().size();
                }
            }
        }
        assertEquals(WORDS.size() * 9 * 3, compared);
        assertTrue(found > 100, "the cases find quotes, not only empty pages: " + found);
    }

    @Test
    void theIndexAnswersOnlySearchesWithWords() {
        assertTrue(search.answers(new QuoteFilter(null, null, null, null, "diplomacy", null, null)));
        assertTrue(!search.answers(new QuoteFilter(null, "CNN", null, null, null, null, null)), "no words");
        assertTrue(!search.answers(new QuoteFilter(null, null, null, null, " ,;", null, null)), "no words either");
    }
}
