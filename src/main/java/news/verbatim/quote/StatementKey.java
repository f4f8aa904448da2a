package news.verbatim.quote;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * The statement a wording belongs to. Its primary key is the wording's linking key, so two transactions storing
 * the same remark at once cannot both create a statement for it: the second fails on the key and is retried,
 * and then finds the first one's statement.
 */
@Entity
@Table(name = "statement_key")
public class StatementKey extends PanacheEntityBase {

    /** {@link StatementLinker#linkKey}: the normalised wording's SHA-256, plus the speaker for short quotes. */
    @Id
    @Column(name = "link_key", length = 100)
    public String linkKey;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "statement_id")
    public Statement statement;
}
