package news.verbatim.quote;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One utterance that several sources carry: the quotes of different articles that are the same remark
 * (equal after normalisation, or one contained in the other) point to one statement.
 */
@Entity
@Table(name = "statement")
public class Statement extends PanacheEntityBase {

    @Id
    // A sequence, not the identity column: inserts of a whole article are then sent as one batch.
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "statement_seq")
    @SequenceGenerator(name = "statement_seq", sequenceName = "statement_seq", allocationSize = 50)
    public Long id;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
