package news.verbatim.article;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import news.verbatim.common.Conditions;
import news.verbatim.common.IdArrayQuery;
import news.verbatim.common.PageRequest;
import news.verbatim.common.PageResponse;
import news.verbatim.common.Pages;
import news.verbatim.copies.CopyBands;
import news.verbatim.text.TextNormalizer;

@ApplicationScoped
public class ArticleRepository implements PanacheRepository<Article> {

    public Optional<Article> findBySha(String sha256) {
        return find("textSha256", sha256).firstResultOptional();
    }

    /** The article this outlet stored from text with this key: ingestion is idempotent per outlet. */
    public Optional<Article> findByOutletAndSha(String outletKey, String sha256) {
        return find("outlet.nameKey = ?1 and textSha256 = ?2", outletKey, sha256)
                .firstResultOptional();
    }

    /**
     * Every stored article holding one of {@code bandKeys}, a row per key it holds: which keys are full and which
     * articles share the most keys with a new one ({@link CopyLinker}) follow from this one read. No key is stored for
     * more than the band capacity, so it reads at most that many rows a key.
     */
    public List<BandHolder> bandHolders(long[] bandKeys) {
        if (bandKeys.length == 0) {
            return List.of();
        }
        return IdArrayQuery.list(
                getEntityManager(),
                "select band_key, article_id from article_band where band_key = any(?)",
                keys(bandKeys),
                row -> new BandHolder(row.getLong(1), row.getLong(2)));
    }

    /** A stored article holding a copy-detection key. */
    public record BandHolder(long bandKey, long articleId) {}

    /**
     * Of {@code ids}, the articles that may be copies of {@code article} or it of them: those of other outlets not
     * written by hand; their ids and stored signatures, not the articles, since most turn out not to be copies.
     */
    public List<CopyCandidate> copyCandidates(Article article, List<Long> ids) {
        return IdArrayQuery.list(
                getEntityManager(),
                "select id, copy_signature from article where id = any(?) and manual = false and outlet_id <> ?",
                ids,
                row -> new CopyCandidate(row.getLong(1), row.getBytes(2)),
                article.outlet.id);
    }

    private static List<Long> keys(long[] bandKeys) {
        return Arrays.stream(bandKeys).boxed().toList();
    }

    /** An article that may be a copy; {@code signature} is null for one stored before signatures were kept. */
    public record CopyCandidate(long id, byte[] signature) {}

    /** The articles of {@code ids}, outlets fetched, earliest published first. */
    public List<Article> inPublicationOrder(Collection<Long> ids) {
        return ids.isEmpty()
                ? List.of()
                : find("from Article c join fetch c.outlet where c.id in ?1 order by c.publishedAt, c.id", ids)
                        .list();
    }

    /** Stores the copy-detection keys of a stored article ({@link CopyBands}), in one statement. */
    public void storeBands(long articleId, long[] bandKeys) {
        if (bandKeys.length == 0) {
            return;
        }
        StringBuilder sql = new StringBuilder("insert into article_band (band_key, article_id) values ");
        for (int i = 0; i < bandKeys.length; i++) {
            sql.append(i == 0 ? "" : ", ").append("(?").append(i + 2).append(", ?1)");
        }
        var insert = getEntityManager().createNativeQuery(sql.toString()).setParameter(1, articleId);
        for (int i = 0; i < bandKeys.length; i++) {
            insert.setParameter(i + 2, bandKeys[i]);
        }
        insert.executeUpdate();
    }

    /** The articles linked as copies of {@code originalId}, outlets fetched. */
    public List<Article> copiesOf(long originalId) {
        return find("from Article a join fetch a.outlet where a.copyOf.id = ?1 order by a.id", originalId)
                .list();
    }

    /** The articles stored from text with this key or at this URL (null for none), outlet fetched. */
    public List<Article> byShaOrUrl(String sha256, String url) {
        return url == null
                ? find("from Article a join fetch a.outlet where a.textSha256 = ?1", sha256)
                        .list()
                : find("from Article a join fetch a.outlet where a.textSha256 = ?1 or a.url = ?2", sha256, url)
                        .list();
    }

    public Optional<Article> findWithOutlet(long id) {
        return find("from Article a join fetch a.outlet where a.id = ?1", id).firstResultOptional();
    }

    public boolean exists(long id) {
        return count("id", id) > 0;
    }

    /**
     * A page of the ingested articles (quotes added by hand have an article of their own, not listed), newest
     * first, outlet fetched.
     *
     * @param outlet the outlet's name, or null for every outlet
     * @param titleWords words the headline contains, or null
     */
    public PageResponse<Article> newestFirst(String outlet, String titleWords, PageRequest page) {
        Conditions where = new Conditions().and("a.manual = false");
        if (outlet != null) {
            OutletRepository.nameMatches(where, "o", outlet);
        }
        where.andEachWord("lower(a.title)", titleWords == null ? null : TextNormalizer.normalize(titleWords), "%*%");
        return Pages.read(
                find(
                        "from Article a join fetch a.outlet o" + where.clause() + " order by a.publishedAt desc, a.id",
                        where.parameters()),
                page);
    }
}
