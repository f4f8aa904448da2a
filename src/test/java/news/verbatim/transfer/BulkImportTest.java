package news.verbatim.transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import news.verbatim.article.ArticleIngestion;
import news.verbatim.article.ArticleMeta;
import news.verbatim.article.ArticleService;
import news.verbatim.article.PreparedArticle;
import news.verbatim.article.SpeakerOverride;
import news.verbatim.common.ApiException;
import news.verbatim.common.JsonInputRules;
import news.verbatim.config.VerbatimConfig;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

/** Batching and the line-by-line fallback of {@link BulkImport}, with storage replaced by a recording stub. */
class BulkImportTest {

    /** Stores nothing; a batch holding an article titled "poison" fails as a database error would. */
    private static final class RecordingIngestion extends ArticleIngestion {
        final List<List<String>> batches = new ArrayList<>();

        RecordingIngestion() {
            super(null, null, null, null, null);
        }

        @Override
        public PreparedArticle prepare(ArticleMeta meta, String rawText, List<SpeakerOverride> overrides) {
            return new PreparedArticle(meta, ArticleService.textKey(rawText), rawText, false, List.of());
        }

        @Override
        public List<Optional<List<Long>>> storeBatch(List<PreparedArticle> batch) {
            List<String> titles = batch.stream().map(a -> a.meta().title()).toList();
            batches.add(titles);
            if (titles.contains("poison")) {
                throw new IllegalStateException("the disk is full");
            }
            return batch.stream().map(a -> Optional.of(List.of(1L, 2L))).toList();
        }
    }

    private static VerbatimConfig config(int batchSize, int rejectedListed) {
        VerbatimConfig.Transfer transfer = (VerbatimConfig.Transfer) Proxy.newProxyInstance(
                BulkImportTest.class.getClassLoader(),
                new Class<?>[] {VerbatimConfig.Transfer.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "importBatchSize" -> batchSize;
                    case "importRejectedListed" -> rejectedListed;
                    case "importProgressLines" -> 1_000;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        return (VerbatimConfig) Proxy.newProxyInstance(
                BulkImportTest.class.getClassLoader(), new Class<?>[] {VerbatimConfig.class}, (proxy, method, args) -> {
                    if (method.getName().equals("transfer")) {
                        return transfer;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    /** The imports of the importers built here, as GET /api/v1/import lists them. */
    private final ImportRuns runs = new ImportRuns();

    private BulkImport importer(RecordingIngestion ingestion, int batchSize, int rejectedListed) {
        ObjectMapper json = new ObjectMapper();
        new JsonInputRules().customize(json);
        Validator validator = Validation.byDefaultProvider()
                .configure()
                .messageInterpolator(new ParameterMessageInterpolator())
                .buildValidatorFactory()
                .getValidator();
        return new BulkImport(ingestion, json, validator, config(batchSize, rejectedListed), runs);
    }

    private static String line(String title) {
        return "{\"outlet\":\"Echo\",\"title\":\"" + title + "\",\"publishedAt\":\"2025-01-02\",\"text\":\"Text of "
                + title + "\"}";
    }

    private static ImportSummary run(BulkImport importer, String... lines) {
        return importer.run(new ByteArrayInputStream(String.join("\n", lines).getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aBatchThatFailsToStoreIsStoredLineByLineAndOnlyTheFailingLineIsLost() {
        RecordingIngestion ingestion = new RecordingIngestion();
        ImportSummary summary =
                run(importer(ingestion, 3, 10), line("a"), line("poison"), line("b"), line("c"), line("d"));
        assertEquals(
                List.of(List.of("a", "poison", "b"), List.of("a"), List.of("poison"), List.of("b"), List.of("c", "d")),
                ingestion.batches);
        assertEquals(4, summary.imported());
        assertEquals(8, summary.quotes());
        assertEquals(List.of(new RejectedLine(2, "could not be stored")), summary.rejected());
    }

    @Test
    void aLineRepeatedInOneBatchIsADuplicateAndNeverReachesStorage() {
        RecordingIngestion ingestion = new RecordingIngestion();
        ImportSummary summary = run(importer(ingestion, 10, 10), line("a"), line("a"), line("b"));
        assertEquals(List.of(List.of("a", "b")), ingestion.batches);
        assertEquals(2, summary.imported());
        assertEquals(1, summary.duplicates());
    }

    @Test
    void rejectedLinesAreAllCountedButListedOnlyUpToTheLimit() {
        ImportSummary summary = run(importer(new RecordingIngestion(), 10, 2), "x", line("a"), "{", "[]", "null");
        assertEquals(5, summary.lines());
        assertEquals(1, summary.imported());
        assertEquals(4, summary.rejectedCount());
        assertEquals(
                List.of(1L, 3L),
                summary.rejected().stream().map(RejectedLine::line).toList());
    }

    @Test
    void aBodyWithoutALineIs400() {
        ApiException e = assertThrows(ApiException.class, () -> run(importer(new RecordingIngestion(), 10, 10), " "));
        assertEquals(400, e.status());
        assertTrue(e.getMessage().contains("one JSON article per line"), e.getMessage());
    }

    @Test
    void anImportIsListedAsDoneWithTheCountsOfItsAnswer() {
        ImportSummary summary = run(importer(new RecordingIngestion(), 2, 10), line("a"), line("b"), "x", line("c"));
        ImportProgress progress = runs.find(summary.id()).orElseThrow();
        assertEquals(ImportProgress.ImportState.DONE, progress.state());
        assertEquals(
                List.of(4L, 3L, 6L, 1L, 0L),
                List.of(
                        progress.lines(),
                        progress.imported(),
                        progress.quotes(),
                        progress.rejectedCount(),
                        progress.duplicates()));
        assertNotNull(progress.finishedAt());
        assertNull(progress.failure());
    }

    @Test
    void aBodyThatCannotBeReadToItsEndIsListedAsFailedWithTheBatchesStoredBefore() {
        RecordingIngestion ingestion = new RecordingIngestion();
        byte[] first = (line("a") + "\n" + line("b") + "\n" + line("c") + "\n").getBytes(StandardCharsets.UTF_8);
        InputStream breaking = new SequenceInputStream(new ByteArrayInputStream(first), new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("Connection reset");
            }
        });
        assertThrows(RuntimeException.class, () -> importer(ingestion, 2, 10).run(breaking));
        ImportProgress failed = runs.all().get(0);
        assertEquals(ImportProgress.ImportState.FAILED, failed.state());
        assertEquals("the upload broke off: Connection reset", failed.failure());
        assertEquals(2, failed.imported(), "the first batch of two was stored before the body broke off");
        assertEquals(List.of(List.of("a", "b")), ingestion.batches);
    }

    @Test
    void onlyTheLastEndedImportsAreKept() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i <= ImportRuns.FINISHED_KEPT; i++) {
            ids.add(run(importer(new RecordingIngestion(), 10, 10), line("a" + i))
                    .id());
        }
        assertTrue(runs.find(ids.get(0)).isEmpty(), "the oldest of 21 is dropped");
        assertEquals(ImportRuns.FINISHED_KEPT, runs.all().size());
        assertEquals(ids.get(ids.size() - 1), runs.all().get(0).id(), "latest first");
    }
}
