package news.verbatim.transfer;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import news.verbatim.article.Article;
import news.verbatim.config.VerbatimConfig;
import news.verbatim.quote.Attribution;
import news.verbatim.quote.Quote;
import news.verbatim.speaker.SpeakerAlias;
import org.jboss.logging.Logger;

/**
 * Writes the corpus as NDJSON, one {@link ArticleLine} per article in id order, each with its stored text and
 * quotes, read {@code verbatim.transfer.export-chunk-size} articles per short transaction: the corpus is never
 * in memory and no transaction stays open while the client reads. A write that commits during an export may or
 * may not be in it (articles are read by id as the export passes them).
 */
@ApplicationScoped
public class CorpusExport {

    private static final Logger LOG = Logger.getLogger(CorpusExport.class);
    private static final byte NEWLINE = '\n';

    private final ExportQueries queries;
    private final ObjectMapper json;
    private final int chunkSize;

    public CorpusExport(ExportQueries queries, ObjectMapper json, VerbatimConfig config) {
        this.queries = queries;
        this.json = json;
        this.chunkSize = config.transfer().exportChunkSize();
    }

    /** Writes every article to {@code out}; returns how many. */
    public long writeTo(OutputStream out) throws IOException {
        long after = 0;
        long written = 0;
        while (true) {
            long from = after;
            Chunk chunk = QuarkusTransaction.requiringNew().call(() -> chunkAfter(from));
            if (chunk.lines().isEmpty()) {
                break;
            }
            for (ArticleLine line : chunk.lines()) {
                out.write(json.writeValueAsBytes(line));
                out.write(NEWLINE);
            }
            written += chunk.lines().size();
            after = chunk.lastId();
            out.flush();
        }
        LOG.infof("Export: %d articles written", written);
        return written;
    }

    /** The lines of one chunk and the id of its last article, where the next chunk starts. */
    private record Chunk(List<ArticleLine> lines, long lastId) {}

    private Chunk chunkAfter(long afterId) {
        List<Article> articles = queries.articlesAfter(afterId, chunkSize);
        if (articles.isEmpty()) {
            return new Chunk(List.of(), afterId);
        }
        Map<Long, List<Quote>> quotesByArticle = new LinkedHashMap<>();
        List<Quote> quotes = queries.quotesOf(articles.stream().map(a -> a.id).toList());
        quotes.forEach(q -> quotesByArticle
                .computeIfAbsent(q.article.id, id -> new ArrayList<>())
                .add(q));
        Map<Long, List<String>> aliases = new LinkedHashMap<>();
        List<Long> speakerIds =
                quotes.stream().map(q -> q.speaker.id).distinct().toList();
        if (!speakerIds.isEmpty()) {
            for (SpeakerAlias alias : queries.aliasesOf(speakerIds)) {
                aliases.computeIfAbsent(alias.speaker.id, id -> new ArrayList<>())
                        .add(alias.alias);
            }
        }
        List<ArticleLine> out = new ArrayList<>(articles.size());
        for (Article a : articles) {
            List<ExportedQuote> exported = new ArrayList<>();
            for (Quote q : quotesByArticle.getOrDefault(a.id, List.of())) {
                exported.add(new ExportedQuote(
                        q.text,
                        q.startOffset,
                        q.endOffset,
                        q.kind,
                        q.speaker.name,
                        q.speaker.kind,
                        aliases.getOrDefault(q.speaker.id, List.of()),
                        q.continues != null,
                        q.attribution == null
                                ? null
                                : new Attribution(q.attribution, q.cueText, q.cueStart, q.cueEnd)));
            }
            out.add(new ArticleLine(
                    a.outlet.name,
                    a.title,
                    a.url,
                    a.publishedAt,
                    a.author,
                    a.text,
                    null,
                    exported,
                    a.textSha256,
                    a.manual ? Boolean.TRUE : null,
                    a.copyOf == null
                            ? null
                            : new ArticleLine.ExportedOriginal(a.copyOf.outlet.name, a.copyOf.textSha256),
                    a.creditedOutlet,
                    a.creditedDistributor ? Boolean.TRUE : null));
        }
        return new Chunk(out, articles.get(articles.size() - 1).id);
    }
}
