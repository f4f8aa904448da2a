package news.verbatim.bench.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CorpusGeneratorTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static String corpus(long seed, int quotes) throws IOException {
        StringWriter out = new StringWriter();
        new CorpusGenerator(seed).write(quotes, out);
        return out.toString();
    }

    @Test
    void theSameSeedAndSizeGiveTheSameBytesAndAnotherSeedOthers() throws IOException {
        assertEquals(corpus(7, 3_000), corpus(7, 3_000));
        assertNotEquals(corpus(7, 3_000), corpus(8, 3_000));
        assertTrue(corpus(7, 6_000).startsWith(corpus(7, 3_000)), "a larger corpus extends a smaller one");
    }

    @Test
    void writesNewsLikeArticlesWithRepeatedRemarksAndReprints() throws IOException {
        StringWriter out = new StringWriter();
        CorpusStats stats = new CorpusGenerator(7).write(20_000, out);
        List<String> lines = out.toString().lines().toList();

        assertEquals(stats.articles(), lines.size());
        assertTrue(stats.quotes() >= 20_000 && stats.quotes() < 20_000 + CorpusGenerator.MAX_QUOTES_PER_ARTICLE);
        assertTrue(stats.speakers() > 1_000, "thousands of speakers: " + stats.speakers());
        assertTrue(stats.outlets() > 200, "hundreds of outlets: " + stats.outlets());
        assertTrue(stats.repeats() > stats.quotes() / 5, "remarks carried again: " + stats.repeats());
        assertTrue(stats.butVariants() > 0 && stats.fragments() > 0 && stats.changedWords() > 0, stats.toString());
        double reprintShare = stats.reprints() / (double) stats.articles();
        assertTrue(reprintShare > 0.02 && reprintShare < 0.08, "reprints: " + stats.reprints());

        int quotationMarks = 0;
        Map<String, Set<String>> outletsByText = new HashMap<>();
        Set<String> urls = new HashSet<>();
        for (String line : lines) {
            JsonNode article = JSON.readTree(line);
            for (String field : List.of("outlet", "title", "url", "publishedAt", "author", "text")) {
                assertTrue(article.hasNonNull(field), field + " missing in " + line);
            }
            String text = article.get("text").asText();
            quotationMarks += (int) text.chars().filter(c -> c == '“').count();
            outletsByText
                    .computeIfAbsent(text, t -> new HashSet<>())
                    .add(article.get("outlet").asText());
            assertTrue(urls.add(article.get("url").asText()), "urls are unique");
        }
        assertEquals(stats.quotes(), quotationMarks, "one opening quotation mark per quote");
        long reprinted =
                outletsByText.values().stream().filter(o -> o.size() > 1).count();
        assertTrue(reprinted > 0, "some texts are carried by more than one outlet");
    }

    @Test
    void refusesAnEmptyCorpus() {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> new CorpusGenerator(7).write(0, new StringWriter()));
        assertTrue(e.getMessage().contains("0"), e.getMessage());
    }
}
