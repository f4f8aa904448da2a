package news.verbatim.article;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import news.verbatim.common.Conditions;
import news.verbatim.common.PageRequest;
import news.verbatim.common.PageResponse;
import news.verbatim.common.Pages;
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
     * Ingested articles of other outlets that may be copies of {@code article} or it of them: the same text, or a
     * quotation of at least {@code minWords} words in common; earliest first, at most {@code limit}.
     */
    public List<Article> copyCandidates(Article article, int minWords, int limit) {
        return find("""
                        from Article c join fetch c.outlet o
                        where c.id <> ?1 and c.manual = false and o.id <> ?2
                          and (c.textSha256 = ?3 or c.id in (
                            select q2.article.id from Quote q2 where q2.wordCount >= ?4 and q2.normSha256 in (
                              select q.normSha256 from Quote q where q.article.id = ?1)))
                        order by c.publishedAt, c.id""", article.id, article.outlet.id, article.textSha256, minWords)
                .range(0, limit - 1)
                .list();
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
