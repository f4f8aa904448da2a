package news.verbatim.bench;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import javax.sql.DataSource;
import news.verbatim.common.Hashes;
import news.verbatim.index.QuoteIndexService;
import news.verbatim.text.TextNormalizer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;

/**
 * {@link CheckLatencyBenchmark} on the fixture corpus plus synthetic quotes (default 100,000; set
 * {@code -Dcheck.synthetic=N}): quotes of 8–40 words drawn from the seed articles' words with their frequencies,
 * 50 to an article, 1,000 speakers, each quote its own statement. They are written straight into a database of
 * this benchmark's own (not through ingestion, whose statement linking would take the better part of an hour)
 * and the search index is rebuilt from it. Run it with {@code ./mvnw test -Dpg.skip
 * -Dsurefire.excludedGroups=none -Dgroups=benchmark -Dtest=CheckLatencyAtScaleBenchmark}.
 */
@QuarkusTest
@Tag("benchmark")
@TestProfile(CheckLatencyAtScaleBenchmark.OwnDatabase.class)
class CheckLatencyAtScaleBenchmark extends CheckLatencyBenchmark {

    /** Ids of synthetic rows start here, far above those the fixture loader takes. */
    private static final long FIRST_ID = 10_000_000L;

    private static final int QUOTES_PER_ARTICLE = 50;
    private static final int SPEAKERS = 1_000;
    private static final int BATCH = 5_000;
    private static boolean loaded;

    public static class OwnDatabase implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "quarkus.datasource.jdbc.url", "jdbc:h2:mem:verbatim-bench-scale;DB_CLOSE_DELAY=-1",
                    "verbatim.data-dir", "target/bench-scale-data");
        }
    }

    @Inject
    DataSource data;

    @Inject
    QuoteIndexService index;

    @BeforeEach
    void addSyntheticQuotes() throws SQLException, IOException {
        if (loaded) {
            return;
        }
        int n = Integer.getInteger("check.synthetic", 100_000);
        long started = System.nanoTime();
        List<String> words = seedWords();
        Random random = new Random(42);
        Timestamp now = Timestamp.from(Instant.now());
        try (Connection c = data.getConnection()) {
            c.setAutoCommit(false);
            long outlet = FIRST_ID;
            try (PreparedStatement ps =
                    c.prepareStatement("insert into outlet (id, name, name_key) values (?, ?, ?)")) {
                ps.setLong(1, outlet);
                ps.setString(2, "Synthetic Wire");
                ps.setString(3, "synthetic wire");
                ps.executeUpdate();
            }
            try (PreparedStatement ps =
                    c.prepareStatement("insert into speaker (id, name, name_key, kind) values (?, ?, ?, 'PERSON')")) {
                for (int s = 0; s < SPEAKERS; s++) {
                    ps.setLong(1, FIRST_ID + s);
                    ps.setString(2, "Synthetic Speaker " + s);
                    ps.setString(3, "synthetic speaker " + s);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            try (PreparedStatement article = c.prepareStatement(
                            "insert into article (id, outlet_id, title, published_at, body, text_sha256, manual,"
                                    + " created_at) values (?, ?, ?, ?, ?, ?, false, ?)");
                    PreparedStatement statement =
                            c.prepareStatement("insert into statement (id, created_at) values (?, ?)");
                    PreparedStatement quote = c.prepareStatement(
                            "insert into quote (id, article_id, speaker_id, statement_id, body, norm_text,"
                                    + " norm_sha256, word_count, kind, start_offset, end_offset, created_at)"
                                    + " values (?, ?, ?, ?, ?, ?, ?, ?, 'FULL', 0, ?, ?)")) {
                for (int i = 0; i < n; i++) {
                    long articleId = FIRST_ID + i / QUOTES_PER_ARTICLE;
                    if (i % QUOTES_PER_ARTICLE == 0) {
                        article.setLong(1, articleId);
                        article.setLong(2, outlet);
                        article.setString(3, "Synthetic article " + articleId);
                        article.setDate(
                                4, Date.valueOf(LocalDate.of(2024, 1, 1).plusDays(i / QUOTES_PER_ARTICLE % 300)));
                        article.setString(5, "Synthetic article text.");
                        article.setString(6, Hashes.sha256Hex("synthetic article " + articleId));
                        article.setTimestamp(7, now);
                        article.addBatch();
                    }
                    StringBuilder text = new StringBuilder();
                    int length = 8 + random.nextInt(33);
                    for (int w = 0; w < length; w++) {
                        text.append(w == 0 ? "" : " ").append(words.get(random.nextInt(words.size())));
                    }
                    String body = text.toString();
                    String norm = TextNormalizer.normalize(body);
                    statement.setLong(1, FIRST_ID + i);
                    statement.setTimestamp(2, now);
                    statement.addBatch();
                    quote.setLong(1, FIRST_ID + i);
                    quote.setLong(2, articleId);
                    quote.setLong(3, FIRST_ID + random.nextInt(SPEAKERS));
                    quote.setLong(4, FIRST_ID + i);
                    quote.setString(5, body);
                    quote.setString(6, norm);
                    quote.setString(7, Hashes.sha256Hex(norm));
                    quote.setInt(8, length);
                    quote.setInt(9, body.length());
                    quote.setTimestamp(10, now);
                    quote.addBatch();
                    if ((i + 1) % BATCH == 0 || i == n - 1) {
                        article.executeBatch();
                        statement.executeBatch();
                        quote.executeBatch();
                        c.commit();
                    }
                }
            }
        }
        int indexed = index.rebuild();
        loaded = true;
        System.out.printf(
                "corpus: %d synthetic quotes added, %d quotes indexed, in %.1f s%n",
                n, indexed, (System.nanoTime() - started) / 1e9);
    }

    /** Every word of the seed articles, repeated as often as they print it. */
    private static List<String> seedWords() throws IOException {
        List<String> words = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("fixtures/articles"))) {
            for (Path f : files.sorted().toList()) {
                for (String w : Files.readString(f, StandardCharsets.UTF_8).split("[^\\p{L}']+")) {
                    if (!w.isEmpty()) {
                        words.add(w);
                    }
                }
            }
        }
        return words;
    }
}
