package news.verbatim.article;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A publication that carries articles ("CNN", "Jerusalem Post"). */
@Entity
@Table(name = "outlet")
public class Outlet extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, length = 200)
    public String name;

    /** Normalised name, so that "cnn" and "CNN" are one outlet. */
    @Column(name = "name_key", nullable = false, length = 200, unique = true)
    public String nameKey;
}
