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
