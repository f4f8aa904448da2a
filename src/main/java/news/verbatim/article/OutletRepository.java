package news.verbatim.article;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import news.verbatim.common.Conditions;
import news.verbatim.text.NameKeys;

@ApplicationScoped
public class OutletRepository implements PanacheRepository<Outlet> {

    public Optional<Outlet> findByName(String name) {
        return find("nameKey", key(name)).firstResultOptional();
    }

    /** The outlet of that name, created on first use; "cnn" and "CNN" are the same outlet. */
    public Outlet findOrCreate(String name) {
        return findByName(name).orElseGet(() -> {
            Outlet outlet = new Outlet();
            outlet.name = name.strip();
            outlet.nameKey = key(name);
            persist(outlet);
            return outlet;
        });
    }

    /**
     * Restricts a query to the outlet typed as {@code outlet}: its exact name, or a longer name starting with it
     * as whole words ("BBC" finds "BBC News"). {@code alias} names the outlet in the query.
     */
    public static Conditions nameMatches(Conditions where, String alias, String outlet) {
        String key = key(outlet);
        return where.and(
                "(" + alias + ".nameKey = :outletKey or " + alias + ".nameKey like :outletPrefix)",
                Map.of("outletKey", key, "outletPrefix", key + " %"));
    }

    /** The ids of the outlets {@link #nameMatches} admits for the name typed as {@code outlet}. */
    public Set<Long> idsMatching(String outlet) {
        Conditions where = nameMatches(new Conditions(), "o", outlet);
        TypedQuery<Long> query =
                getEntityManager().createQuery("select o.id from Outlet o" + where.clause(), Long.class);
        where.parameters().forEach(query::setParameter);
        return Set.copyOf(query.getResultList());
    }

    public static String key(String name) {
        return NameKeys.outlet(name);
    }
}
