package news.verbatim.article;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
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

    public static String key(String name) {
        return NameKeys.outlet(name);
    }
}
