package news.verbatim.index;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import news.verbatim.changes.ChangeLog;
import news.verbatim.changes.ChangeOp;
import news.verbatim.config.VerbatimConfig;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;

/**
 * The search index is derived data that follows the database's change log: it holds every quote, catches up
 * from its last commit instead of rebuilding, follows writes it did not make itself, and is rebuilt when lost.
 */
@QuarkusTest
class QuoteIndexServiceTest {

    private static final String SAAR = "Israel has no interest in a war of attrition.";

    @Inject
    QuoteIndexService service;

    @Inject
    ChangeLog changeLog;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    VerbatimConfig config;

    private static long quotesInDatabase() {
        return given().get("/api/v1/quotes")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getLong("total");
    }

    private static String verdictOf(String quote) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("quote", quote))
                .post("/api/v1/verify")
                .then()
                .statusCode(200)
                .extract()
                .path("verdict");
    }

    private static long quoteIdOf(String words) {
        return given().queryParam("q", words)
                .get("/api/v1/quotes")
                .then()
                .extract()
                .jsonPath()
                .getLong("items[0].id");
    }

    private long lastSeqOf(long quoteId) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("select max(seq) from quote_change where quote_id = ?")) {
            ps.setLong(1, quoteId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private void awaitCaughtUp() {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!service.status().caughtUp() && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertTrue(service.awaitCurrent(Duration.ofSeconds(30)), "the index catches up");
    }

    @Test
    void theIndexHoldsEveryQuoteOfTheDatabase() throws IOException {
        awaitCaughtUp();
        assertEquals(quotesInDatabase(), service.index().size());
        IndexStatus status = service.status();
        assertTrue(status.caughtUp());
        assertEquals(status.headSeq(), status.appliedSeq());
        assertEquals(0, status.lagChanges());
    }

    @Test
    void aMissingIndexIsRebuiltFromTheDatabase() throws IOException {
        service.close();
        IndexFiles.deleteTree(IndexFiles.indexDir(config.dataDir()));
        service.start();
        awaitCaughtUp();
        assertEquals(quotesInDatabase(), service.index().size());
        assertEquals("VERIFIED", verdictOf(SAAR));
    }

    @Test
    void anIndexBehindTheLogCatchesUpWithoutARebuild() throws IOException, SQLException {
        awaitCaughtUp();
        long saar = quoteIdOf("war of attrition");
        long blinken = quoteIdOf("escalate this conflict");
        long saarSeq = lastSeqOf(saar);
        long blinkenSeq = lastSeqOf(blinken);
        assertTrue(blinkenSeq < saarSeq, "Blinken's quote was logged before Sa'ar's");
        service.close();
        // A crash after Sa'ar's quote was logged, before the index committed it: the index on disk is behind.
        // Blinken's quote is removed as well, at a position the index claims to have applied: a catch-up leaves
        // it missing, a rebuild would bring it back.
        try (QuoteIndex behind = QuoteIndex.open(IndexFiles.indexDir(config.dataDir()))) {
            String stream = behind.position().orElseThrow().streamId();
            behind.apply(List.of(), List.of(saar, blinken));
            behind.commit(new IndexPosition(stream, saarSeq - 1));
        }
        service.start();
        awaitCaughtUp();
        assertEquals("VERIFIED", verdictOf(SAAR), "caught up from the log");
        List<Long> found = service.index().candidates("No one should escalate this conflict", 5).stream()
                .map(Candidate::quoteId)
                .toList();
        assertFalse(found.contains(blinken), "caught up, not rebuilt");
        service.rebuild();
        assertEquals(quotesInDatabase(), service.index().size());
    }

    @Test
    void anIndexOfTheFormatBeforeWordSearchIsRebuiltNotRead() throws IOException, SQLException {
        awaitCaughtUp();
        long found = given().queryParam("q", "war of attrition")
                .get("/api/v1/quotes")
                .then()
                .extract()
                .jsonPath()
                .getLong("total");
        assertTrue(found > 0);
        service.close();
        // What format 4 left on disk: documents without words or facets, under a commit claiming to be current.
        try (FSDirectory dir = FSDirectory.open(IndexFiles.indexDir(config.dataDir()));
                IndexWriter old =
                        new IndexWriter(dir, new IndexWriterConfig().setOpenMode(IndexWriterConfig.OpenMode.CREATE))) {
            Document doc = new Document();
            doc.add(new StringField("id", "1", Field.Store.NO));
            old.addDocument(doc);
            old.setLiveCommitData(Map.of(
                            "verbatim.format",
                            "4",
                            "verbatim.stream",
                            changeLog.logId(),
                            "verbatim.appliedSeq",
                            Long.toString(changeLog.headSeq()))
                    .entrySet());
            old.commit();
        }
        service.start();
        awaitCaughtUp();
        assertEquals(quotesInDatabase(), service.index().size(), "rebuilt from the database");
        given().queryParam("q", "war of attrition").get("/api/v1/quotes").then().body("total", is((int) found));
    }

    @Test
    void changesCommittedOutsideAnyRequestAreFollowed() throws SQLException {
        awaitCaughtUp();
        long saar = quoteIdOf("war of attrition");
        String changed = "Israel has no appetite for a long war of attrition in the north.";
        String original = QuarkusTransaction.requiringNew().call(() -> setText(saar, changed));
        try {
            long deadline = System.nanoTime() + Duration.ofSeconds(2).toNanos();
            String verdict = verdictOf(changed);
            while (!verdict.equals("VERIFIED") && System.nanoTime() < deadline) {
                verdict = verdictOf(changed);
            }
            assertEquals("VERIFIED", verdict, "the follower applied a write no request waited for");
        } finally {
            QuarkusTransaction.requiringNew().call(() -> setText(saar, original));
            assertTrue(service.awaitCurrent(Duration.ofSeconds(10)));
        }
    }

    /** Changes a quote's text behind the services' back, logging it as any writer must; returns the old text. */
    private String setText(long quoteId, String text) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            String old;
            try (PreparedStatement read = c.prepareStatement("select body from quote where id = ?")) {
                read.setLong(1, quoteId);
                try (ResultSet rs = read.executeQuery()) {
                    rs.next();
                    old = rs.getString(1);
                }
            }
            try (PreparedStatement write = c.prepareStatement("update quote set body = ? where id = ?")) {
                write.setString(1, text);
                write.setLong(2, quoteId);
                write.executeUpdate();
            }
            changeLog.record(quoteId, ChangeOp.UPSERT);
            return old;
        }
    }
}
