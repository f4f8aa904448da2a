package news.verbatim.article;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

@ApplicationScoped
public class ArticleRepository implements PanacheRepository<Article> {

    public Optional<Article> findBySha(String sha256) {
        return find("textSha256", sha256).firstResultOptional();
    }

    public Optional<Article> findWithOutlet(long id) {
        return find("from Article a join fetch a.outlet where a.id = ?1", id).firstResultOptional();
    }
}
