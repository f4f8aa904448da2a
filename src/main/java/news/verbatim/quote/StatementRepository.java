package news.verbatim.quote;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;

@ApplicationScoped
public class StatementRepository implements PanacheRepository<Statement> {

    /** The statements with these ids, locked for writing in id order, so that two mergers take turns. */
    public List<Statement> lockInIdOrder(Collection<Long> ids) {
        return find("id in ?1", Sort.by("id"), ids)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .list();
    }

    /** How many of these statements exist. */
    public long countAmong(Collection<Long> ids) {
        return count("id in ?1", ids);
    }
}
