package news.verbatim.quote;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class QuoteRepository implements PanacheRepository<Quote> {

    private static final String FETCH = "from Quote q join fetch q.article a join fetch a.outlet "
            + "join fetch q.speaker join fetch q.statement left join fetch q.continues ";

    public Optional<Quote> findFull(long id) {
        return find(FETCH + "where q.id = ?1", id).firstResultOptional();
    }

    /** Every quote of a statement with its article, earliest publication first: the first appearance leads. */
    public List<Quote> findByStatementChronological(long statementId) {
        return list(FETCH + "where q.statement.id = ?1 order by a.publishedAt, a.id, q.startOffset", statementId);
    }

    public List<Quote> findByNormSha(String normSha256) {
        return list("from Quote q join fetch q.statement where q.normSha256 = ?1", normSha256);
    }

    public List<Quote> findBySpeaker(long speakerId) {
        return list("from Quote q join fetch q.statement where q.speaker.id = ?1", speakerId);
    }

    public List<Quote> findFullByIds(List<Long> ids) {
        return ids.isEmpty() ? List.of() : list(FETCH + "where q.id in ?1", ids);
    }
}
