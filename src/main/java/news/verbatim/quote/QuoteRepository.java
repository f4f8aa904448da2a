package news.verbatim.quote;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import news.verbatim.article.OriginalArticle;
import news.verbatim.article.OutletRepository;
import news.verbatim.common.Conditions;
import news.verbatim.common.CountById;
import news.verbatim.common.IdArrayQuery;
import news.verbatim.common.PageRequest;
import news.verbatim.common.PageResponse;
import news.verbatim.common.Pages;
import news.verbatim.text.TextNormalizer;

@ApplicationScoped
public class QuoteRepository implements PanacheRepository<Quote> {

    private static final String FETCH = "from Quote q join fetch q.article a join fetch a.outlet "
            + "join fetch q.speaker join fetch q.statement left join fetch q.continues ";

    /** {@link #FETCH} with the outlet and speaker named, for the filters of {@link #matching}. */
    private static final String FETCH_NAMED = "from Quote q join fetch q.article a join fetch a.outlet o "
            + "join fetch q.speaker s join fetch q.statement left join fetch q.continues ";

    public Optional<Quote> findFull(long id) {
        return find(FETCH + "where q.id = ?1", id).firstResultOptional();
    }

    /** The quotes of an article with everything a view shows, in text order. */
    public List<Quote> findFullByArticle(long articleId) {
        return list(FETCH + "where a.id = ?1 order by q.startOffset, q.id", articleId);
    }

    public List<Quote> findByNormSha(String normSha256) {
        return list("from Quote q join fetch q.statement where q.normSha256 = ?1", normSha256);
    }

    /** A stored quote's wording as statement linking compares it, read without loading the quote. */
    public record Wording(long id, String normText, int wordCount) {}

    /**
     * Wordings of those of {@code ids} that are quotes of the speaker, read as {@link IdArrayQuery} reads: statement
     * linking asks this for every quote it stores, with a new number of ids each time.
     */
    public List<Wording> wordingsByIds(long speakerId, Collection<Long> ids) {
        return IdArrayQuery.list(
                getEntityManager(),
                "select id, norm_text, word_count from quote where id = any(?) and speaker_id = ?",
                ids,
                row -> new Wording(row.getLong(1), row.getString(2), row.getInt(3)),
                speakerId);
    }

    /** Up to {@code limit} quote ids above {@code afterId}, in order: a page of a scan over the corpus. */
    public List<Long> idsAfter(long afterId, int limit) {
        return getEntityManager()
                .createQuery("select q.id from Quote q where q.id > :after order by q.id", Long.class)
                .setParameter("after", afterId)
                .setMaxResults(limit)
                .getResultList();
    }

    /**
     * How many quotes of the statement other than {@code exceptId} have this wording (and, when
     * {@code speakerId} is given, this speaker): whether a linking key is still theirs.
     */
    public long countWithKeyInStatement(long statementId, String normSha256, Long speakerId, long exceptId) {
        return speakerId == null
                ? count("statement.id = ?1 and normSha256 = ?2 and id <> ?3", statementId, normSha256, exceptId)
                : count(
                        "statement.id = ?1 and normSha256 = ?2 and speaker.id = ?3 and id <> ?4",
                        statementId,
                        normSha256,
                        speakerId,
                        exceptId);
    }

    /** Every quote of these statements. */
    public List<Quote> inStatements(Collection<Long> statementIds) {
        return list("statement.id in ?1", statementIds);
    }

    public List<Quote> findFullByIds(List<Long> ids) {
        return ids.isEmpty() ? List.of() : list(FETCH + "where q.id in ?1", ids);
    }

    /**
     * The parts of the remark {@code quote} belongs to, in order: the quote alone unless it was split around
     * its attribution.
     */
    public List<Quote> chainOf(Quote quote) {
        java.util.LinkedList<Quote> chain = new java.util.LinkedList<>();
        chain.add(quote);
        for (Quote back = quote.continues; back != null && chain.size() < MAX_CHAIN; back = back.continues) {
            chain.addFirst(back);
        }
        Quote last = quote;
        while (chain.size() < MAX_CHAIN) {
            Optional<Quote> next = find("continues.id", last.id).firstResultOptional();
            if (next.isEmpty()) {
                break;
            }
            last = next.get();
            chain.addLast(last);
        }
        return chain;
    }

    /**
     * What verification needs of a quote, read without loading entities: it runs on every request.
     * {@code continuesId} is the part it continues and {@code continued} whether a later part continues it, so
     * one query tells every part of a split remark.
     */
    public record AttestedRow(
            long id,
            String text,
            long speakerId,
            String speakerName,
            news.verbatim.speaker.SpeakerKind speakerKind,
            long statementId,
            QuoteKind kind,
            Long continuesId,
            boolean continued,
            String attribution,
            String cueText,
            Integer cueStart,
            Integer cueEnd) {

        /** How the speaker was decided, or null for a quote stored before that was recorded. */
        public Attribution evidence() {
            return attribution == null ? null : new Attribution(attribution, cueText, cueStart, cueEnd);
        }
    }

    public List<AttestedRow> attestedRows(java.util.Collection<Long> ids) {
        return IdArrayQuery.list(
                getEntityManager(),
                ATTESTED_ROWS,
                ids,
                row -> new AttestedRow(
                        row.getLong(1),
                        row.getString(2),
                        row.getLong(3),
                        row.getString(4),
                        news.verbatim.speaker.SpeakerKind.valueOf(row.getString(5)),
                        row.getLong(6),
                        QuoteKind.valueOf(row.getString(7)),
                        IdArrayQuery.nullableLong(row, 8),
                        row.getBoolean(9),
                        row.getString(10),
                        row.getString(11),
                        IdArrayQuery.nullableInt(row, 12),
                        IdArrayQuery.nullableInt(row, 13)));
    }

    /** {@link #attestedRows}'s read, in SQL for {@link IdArrayQuery}: it runs on every verification. */
    private static final String ATTESTED_ROWS = """
            select q.id, q.body, s.id, s.name, s.kind, q.statement_id, q.kind, q.continues_quote_id,
                exists (select 1 from quote n where n.continues_quote_id = q.id),
                q.attribution, q.cue_text, q.cue_start, q.cue_end
            from quote q join speaker s on s.id = q.speaker_id
            where q.id = any(?)""";

    /** For each of {@code ids}, the article that carried it. */
    public Map<Long, Long> articleIdsOf(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, Long> out = new java.util.HashMap<>();
        getEntityManager()
                .createQuery("select q.id, q.article.id from Quote q where q.id in :ids", Object[].class)
                .setParameter("ids", ids)
                .getResultList()
                .forEach(row -> out.put((Long) row[0], (Long) row[1]));
        return out;
    }

    /** The full text of each of these articles, by article id. */
    public Map<Long, String> articleTexts(Collection<Long> articleIds) {
        if (articleIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, String> out = new java.util.HashMap<>();
        getEntityManager()
                .createQuery(
                        "select a.id, a.text from news.verbatim.article.Article a where a.id in :ids", Object[].class)
                .setParameter("ids", articleIds)
                .getResultList()
                .forEach(row -> out.put((Long) row[0], (String) row[1]));
        return out;
    }

    /** The ids of every quote of these articles. */
    public java.util.Set<Long> idsInArticles(java.util.Collection<Long> articleIds) {
        if (articleIds.isEmpty()) {
            return java.util.Set.of();
        }
        return new java.util.HashSet<>(getEntityManager()
                .createQuery("select q.id from Quote q where q.article.id in :ids", Long.class)
                .setParameter("ids", articleIds)
                .getResultList());
    }

    /** How many quotes each of these articles has; articles without quotes are absent. */
    public Map<Long, Long> countsByArticle(Collection<Long> articleIds) {
        return CountById.countPer(getEntityManager(), "Quote q", "q.article", articleIds);
    }

    /**
     * A page of the quotes that pass {@code filter}, everything a view shows fetched: in text order within one
     * article, otherwise newest article first.
     *
     * @param speakerIds the speakers the filter's typed speaker name matched, or null when it names none
     */
    public PageResponse<Quote> matching(QuoteFilter filter, List<Long> speakerIds, PageRequest page) {
        Conditions where = new Conditions();
        if (speakerIds != null) {
            where.and("s.id in :speakerIds", "speakerIds", speakerIds);
        }
        if (filter.speakerId() != null) {
            where.and("s.id = :speakerId", "speakerId", filter.speakerId());
        }
        if (filter.outlet() != null) {
            OutletRepository.nameMatches(where, "o", filter.outlet());
        }
        if (filter.from() != null) {
            where.and("a.publishedAt >= :from", "from", filter.from());
        }
        if (filter.to() != null) {
            where.and("a.publishedAt <= :to", "to", filter.to());
        }
        if (filter.articleId() != null) {
            where.and("a.id = :articleId", "articleId", filter.articleId());
        }
        // The stored words are the style key of the quote (TextNormalizer.styleKey), so the search is read the same
        // way. A scan of every quote: only used while the quote index, which answers searches with words
        // (QuoteSearch), is rebuilt.
        where.andEachWord(
                "concat(' ', q.normText, ' ')",
                filter.words() == null ? null : TextNormalizer.styleKey(filter.words()),
                "% * %");
        String order = filter.articleId() != null
                ? " order by q.startOffset, q.id"
                : " order by a.publishedAt desc, a.id, q.startOffset, q.id";
        return Pages.read(find(FETCH_NAMED + where.clause() + order, where.parameters()), page);
    }

    /** One quote of a statement with the article that printed it, as {@link #sourcesOf} reads it. */
    public record SourceRow(
            long statementId,
            long articleId,
            long quoteId,
            String outlet,
            String title,
            String url,
            LocalDate date,
            String text,
            String attribution,
            String cueText,
            Integer cueStart,
            Integer cueEnd,
            Long copyOfArticleId,
            String copyOfOutlet,
            String copyOfTitle,
            String creditedOutlet) {

        /**
         * The source as the API shows it; {@code first} marks the statement's first appearance.
         *
         * @param copy whether this source reprints another outlet's article
         */
        public SourceView view(boolean first, boolean copy) {
            Attribution evidence = attribution == null ? null : new Attribution(attribution, cueText, cueStart, cueEnd);
            OriginalArticle original =
                    copyOfArticleId == null ? null : new OriginalArticle(copyOfArticleId, copyOfOutlet, copyOfTitle);
            return new SourceView(
                    articleId,
                    quoteId,
                    outlet,
                    title,
                    url,
                    date,
                    text,
                    first,
                    evidence,
                    copy,
                    original,
                    creditedOutlet);
        }
    }

    /** Every quote of these statements with its article, by statement, then earliest article first. */
    public List<SourceRow> sourcesOf(Collection<Long> statementIds) {
        return IdArrayQuery.list(
                getEntityManager(),
                SOURCES_OF,
                statementIds,
                row -> new SourceRow(
                        row.getLong(1),
                        row.getLong(2),
                        row.getLong(3),
                        row.getString(4),
                        row.getString(5),
                        row.getString(6),
                        row.getObject(7, LocalDate.class),
                        row.getString(8),
                        row.getString(9),
                        row.getString(10),
                        IdArrayQuery.nullableInt(row, 11),
                        IdArrayQuery.nullableInt(row, 12),
                        IdArrayQuery.nullableLong(row, 13),
                        row.getString(14),
                        row.getString(15),
                        row.getString(16)));
    }

    /** {@link #sourcesOf}'s read, in SQL for {@link IdArrayQuery}: every verification answer lists sources. */
    private static final String SOURCES_OF = """
            select q.statement_id, a.id, q.id, o.name, a.title, a.url, a.published_at, q.body,
                q.attribution, q.cue_text, q.cue_start, q.cue_end, orig.id, orig_outlet.name, orig.title,
                a.credited_outlet
            from quote q join article a on a.id = q.article_id join outlet o on o.id = a.outlet_id
                left join article orig on orig.id = a.copy_of_article_id
                left join outlet orig_outlet on orig_outlet.id = orig.outlet_id
            where q.statement_id = any(?)
            order by q.statement_id, a.published_at, a.id, q.start_offset""";

    /** A remark split into more parts than this is not a split quote but a speech; parts beyond it are left out. */
    static final int MAX_CHAIN = 8;
}
