package news.verbatim.article;

import static news.verbatim.ApiTestSupport.article;
import static news.verbatim.ApiTestSupport.withKey;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Copy-detection keys are stored for at most {@code verbatim.copies.band-capacity} articles (here 2, by default
 * 50), so that page furniture shared by much of a corpus cannot make every look-up read more rows; a story carried
 * by more outlets than that is still linked to its original through the copies stored first.
 */
@QuarkusTest
@TestProfile(BandCapacityTest.CapacityTwo.class)
class BandCapacityTest {

    /** The REST test database and settings, with keys kept for two articles each. */
    public static class CapacityTwo implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("verbatim.copies.band-capacity", "2");
        }
    }

    @Inject
    EntityManager em;

    private static String story() {
        try (var in = BandCapacityTest.class.getResourceAsStream("/ingest/reprints/wire-lighthouse-sale.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long post(String outlet, String date) {
        // Each outlet signs off in its own words, as reprints do: the texts differ, the story is one.
        String text = story() + "\n\nThis story was published by " + outlet + ".";
        return withKey()
                .body(Map.of("outlet", outlet, "title", "Lighthouse to be sold", "publishedAt", date, "text", text))
                .post("/api/v1/articles")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("article.id");
    }

    @Test
    void reprintsBeyondTheCapacityAreLinkedWhileNoKeyHoldsMoreArticles() {
        long wire = post("Coastline Wire", "2026-03-02");
        List<Long> reprints = List.of(
                post("Harbour Gazette", "2026-03-03"),
                post("North Courier", "2026-03-03"),
                post("Island Times", "2026-03-04"),
                post("Peninsula Post", "2026-03-05"));

        assertNull(article(wire).get("copyOf"), "the earliest is the original");
        for (long reprint : reprints) {
            assertEquals(wire, article(reprint).getLong("copyOf.articleId"), "reprint " + reprint);
        }
        List<Long> all = new java.util.ArrayList<>(reprints);
        all.add(wire);
        Number most = QuarkusTransaction.requiringNew().call(() ->
                (Number) em.createNativeQuery("""
                        select max(held) from (
                            select count(*) as held from article_band
                            where band_key in (select band_key from article_band where article_id in (:ids))
                            group by band_key) counts""").setParameter("ids", all).getSingleResult());
        assertEquals(2, most.intValue(), "keys the five share are kept for the first two");
        Number lastKeys = QuarkusTransaction.requiringNew()
                .call(() -> (Number) em.createNativeQuery("select count(*) from article_band where article_id = :id")
                        .setParameter("id", reprints.get(3))
                        .getSingleResult());
        assertTrue(lastKeys.intValue() < 48 / 2, "the fifth copy adds at most the keys of its own last line");
    }
}
