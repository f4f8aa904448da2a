package news.verbatim.quote;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.Optional;

@ApplicationScoped
public class StatementKeyRepository implements PanacheRepositoryBase<StatementKey, String> {

    /** The statement of a linking key, if a quote with that key was stored. */
    public Optional<Statement> statementOf(String linkKey) {
        return findByIdOptional(linkKey).map(key -> key.statement);
    }

    /**
     * Points every key of the {@code merged} statements at {@code keep}. Entity updates rather than a bulk
     * UPDATE, so keys already loaded in this transaction never point at a statement about to be removed.
     */
    public void repoint(Collection<Long> merged, Statement keep) {
        list("statement.id in ?1", merged).forEach(key -> key.statement = keep);
    }

    /** Forgets the keys of a statement that is about to be removed. */
    public void removeFor(long statementId) {
        delete("statement.id", statementId);
    }

    /** Records that quotes with {@code linkKey} belong to {@code statement}. */
    public void add(String linkKey, Statement statement) {
        StatementKey key = new StatementKey();
        key.linkKey = linkKey;
        key.statement = statement;
        persist(key);
    }
}
