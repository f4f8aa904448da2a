package news.verbatim.transfer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import news.verbatim.article.ArticleIngestion;
import news.verbatim.article.ArticleMeta;
import news.verbatim.article.CopyRef;
import news.verbatim.article.NewArticleRequest;
import news.verbatim.article.OutletRepository;
import news.verbatim.article.PreparedArticle;
import news.verbatim.common.ApiException;
import news.verbatim.common.ProblemMappers;
import news.verbatim.config.VerbatimConfig;
import news.verbatim.copies.WireCredits;
import news.verbatim.quote.QuoteDraft;
import org.jboss.logging.Logger;

/**
 * Imports a stream of NDJSON articles, one per line, in batched transactions. Each line is read, checked and
 * extracted on its own, outside any transaction and exactly as {@code POST /api/v1/articles} would (a bad line
 * is reported with its number and the reason that endpoint would give, and skipped); the good lines are stored
 * {@code verbatim.transfer.import-batch-size} at a time in one transaction. A batch that fails to store is stored
 * again line by line, so one bad line costs only itself.
 *
 * <p>The body is read as a stream: one line and one batch of prepared articles are in memory at a time.
 */
@ApplicationScoped
public class BulkImport {

    private static final Logger LOG = Logger.getLogger(BulkImport.class);
    /** Longest line: an article of 1 MB of text, with JSON's escaping and the other fields. */
    static final int MAX_LINE_CHARS = 4 * 1024 * 1024;
    /**
     * A batch is stored early once its texts hold this many characters: 200 articles of 1 MB would otherwise
     * hold 400 MB of heap at once.
     */
    static final long MAX_BATCH_CHARS = 16L * 1024 * 1024;

    private static final ProblemMappers PROBLEMS = new ProblemMappers();

    private final ArticleIngestion ingestion;
    private final ObjectMapper json;
    private final Validator validator;
    private final VerbatimConfig.Transfer config;
    private final ImportRuns runs;

    public BulkImport(
            ArticleIngestion ingestion,
            ObjectMapper json,
            Validator validator,
            VerbatimConfig config,
            ImportRuns runs) {
        this.ingestion = ingestion;
        this.runs = runs;
        this.json = json;
        this.validator = validator;
        this.config = config.transfer();
    }

    /**
     * Imports every line of {@code body}; fails with 400 when it holds no line at all. The import is listed in
     * {@link ImportRuns} from its first line to its end, done or failed.
     */
    public ImportSummary run(InputStream body) {
        Run run = new Run(runs.start());
        try {
            ImportSummary summary = readAll(body, run);
            runs.done(run.tally);
            return summary;
        } catch (ApiException e) {
            runs.failed(run.tally, e.getMessage());
            throw e;
        } catch (UncheckedIOException e) {
            // the client's upload broke off: a 400 for whoever is still listening, not a service failure
            String why = failure(e);
            runs.failed(run.tally, why);
            LOG.warnf("Import %s: %s, after %d lines", run.tally.id, why, run.tally.lines);
            throw new ApiException(400, "incomplete-body", "Upload broke off", why, null);
        } catch (RuntimeException e) {
            runs.failed(run.tally, failure(e));
            throw e;
        }
    }

    private ImportSummary readAll(InputStream body, Run run) {
        var decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        NdjsonLines lines = new NdjsonLines(new InputStreamReader(body, decoder), MAX_LINE_CHARS);
        ImportTally tally = run.tally;
        long started = System.nanoTime();
        for (NdjsonLines.Line line = lines.next(); line != null; line = lines.next()) {
            tally.lines = line.number();
            if (!line.tooLong() && line.text().isBlank()) {
                continue;
            }
            run.nonBlank++;
            read(line, run);
            if (run.batch.size() >= config.importBatchSize() || run.batchChars >= MAX_BATCH_CHARS) {
                store(run);
            }
            if (tally.lines % config.importProgressLines() == 0) {
                LOG.infof("Import %s: %s (%.1f s)", tally.id, tally.counts(), seconds(started));
            }
        }
        store(run);
        // after every article is stored: an export lists an original that was ingested late after its copies
        ingestion.linkCopies(run.copyLinks);
        if (run.nonBlank == 0) {
            throw new ApiException(
                    400,
                    "empty",
                    "Empty import",
                    "the body holds no article: send one JSON article per line (application/x-ndjson)",
                    null);
        }
        LOG.infof("Import %s done: %s in %.1f s", tally.id, tally.counts(), seconds(started));
        return new ImportSummary(
                tally.id,
                tally.lines,
                tally.imported,
                tally.duplicates,
                tally.quotes,
                tally.rejectedCount,
                List.copyOf(run.rejected));
    }

    /** What a client is told of an import that broke off: the cause, without a stack. */
    private static String failure(RuntimeException e) {
        Throwable cause = e instanceof UncheckedIOException && e.getCause() != null ? e.getCause() : e;
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return cause instanceof IOException ? "the upload broke off: " + message : "the import failed: " + message;
    }

    /** Checks and prepares one line into the batch, or rejects it. */
    private void read(NdjsonLines.Line line, Run run) {
        if (line.tooLong()) {
            run.reject(line.number(), "line is longer than " + MAX_LINE_CHARS + " characters");
            return;
        }
        PreparedArticle prepared;
        try {
            prepared = prepare(line.text(), run);
        } catch (ApiException | ConstraintViolationException | JsonProcessingException e) {
            run.reject(line.number(), PROBLEMS.problemOf(e).detail());
            return;
        }
        if (!run.batchKeys.add(OutletRepository.key(prepared.meta().outlet()) + "\n" + prepared.sha())) {
            run.tally.duplicates++; // the same article twice in one batch: the database cannot see the first one yet
            return;
        }
        run.batch.add(new Pending(line.number(), prepared));
        run.batchChars += prepared.storedText().length();
    }

    private PreparedArticle prepare(String text, Run run) throws JsonProcessingException {
        ArticleLine line = json.readValue(text, ArticleLine.class);
        if (line == null) {
            throw ApiException.invalid("body", "expected a JSON object, got null");
        }
        NewArticleRequest request = line.asRequest();
        Set<ConstraintViolation<?>> violations = new HashSet<>(validator.validate(request));
        violations.addAll(validator.validate(line));
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        ArticleMeta meta = new ArticleMeta(
                request.outlet(), request.title(), request.url(), request.publishedAt(), request.author());
        if (!line.carriesQuotes()) {
            if (line.sha256() != null
                    || line.manual() != null
                    || line.copyOf() != null
                    || line.creditedTo() != null
                    || line.creditedDistributor() != null) {
                throw ApiException.invalid(
                        "quotes", "sha256, manual, copyOf and credits come from an export: they need quotes");
            }
            return ingestion.prepare(
                    meta, request.text(), line.speakerOverrides() == null ? List.of() : line.speakerOverrides());
        }
        if (line.speakerOverrides() != null) {
            throw ApiException.invalid("speakerOverrides", "apply to raw copy: a line with quotes names its speakers");
        }
        List<QuoteDraft> drafts = line.quotes().stream()
                .map(q -> {
                    if (q == null) {
                        throw ApiException.invalid("quotes", "must not hold null");
                    }
                    return new QuoteDraft(
                            q.text(),
                            q.start(),
                            q.end(),
                            q.kind(),
                            q.speaker(),
                            q.speakerKind(),
                            q.aliases() == null ? List.of() : q.aliases(),
                            Boolean.TRUE.equals(q.continuesPrevious()),
                            q.attribution());
                })
                .toList();
        PreparedArticle prepared = ingestion.prepareExported(
                meta, request.text(), drafts, line.sha256(), Boolean.TRUE.equals(line.manual()), credit(line));
        if (line.copyOf() != null) {
            run.copyLinks.add(new CopyRef(
                    meta.outlet(),
                    prepared.sha(),
                    line.copyOf().outlet(),
                    line.copyOf().sha256()));
        }
        return prepared;
    }

    private static WireCredits.Credit credit(ArticleLine line) {
        return line.creditedTo() == null
                ? null
                : new WireCredits.Credit(line.creditedTo(), Boolean.TRUE.equals(line.creditedDistributor()));
    }

    /** Stores the batch in one transaction; when that fails, line by line, rejecting the lines that fail. */
    private void store(Run run) {
        if (run.batch.isEmpty()) {
            return;
        }
        List<Pending> batch = List.copyOf(run.batch);
        run.batch.clear();
        run.batchKeys.clear();
        run.batchChars = 0;
        try {
            count(run, ingestion.storeBatch(batch.stream().map(Pending::article).toList()));
            return;
        } catch (RuntimeException e) {
            LOG.infof(
                    "Import %s: a batch of %d lines failed to store (%s); storing them one by one",
                    run.tally.id, batch.size(), e);
        }
        for (Pending one : batch) {
            try {
                count(run, ingestion.storeBatch(List.of(one.article())));
            } catch (RuntimeException e) {
                if (!(e instanceof ApiException)) {
                    LOG.warnf(e, "Import %s: line %d could not be stored", run.tally.id, one.line());
                }
                run.reject(one.line(), PROBLEMS.problemOf(e).detail());
            }
        }
    }

    private static void count(Run run, List<Optional<List<Long>>> stored) {
        for (Optional<List<Long>> article : stored) {
            if (article.isPresent()) {
                run.tally.imported++;
                run.tally.quotes += article.get().size();
            } else {
                run.tally.duplicates++;
            }
        }
    }

    private static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }

    private record Pending(long line, PreparedArticle article) {}

    /** The tallies of one import, and its current batch. */
    private final class Run {
        final List<Pending> batch = new ArrayList<>();
        final Set<String> batchKeys = new HashSet<>();
        final List<RejectedLine> rejected = new ArrayList<>();
        final List<CopyRef> copyLinks = new ArrayList<>();
        final ImportTally tally;
        long batchChars;
        long nonBlank;

        Run(ImportTally tally) {
            this.tally = tally;
        }

        void reject(long line, String reason) {
            tally.rejectedCount++;
            if (rejected.size() < config.importRejectedListed()) {
                rejected.add(new RejectedLine(line, reason));
            }
        }
    }
}
