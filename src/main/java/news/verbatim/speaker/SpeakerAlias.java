package news.verbatim.speaker;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A name form under which a speaker appeared or may be looked up ("Blinken", "Secretary of State Antony Blinken"). */
@Entity
@Table(name = "speaker_alias")
public class SpeakerAlias extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "speaker_id")
    public Speaker speaker;

    @Column(nullable = false, length = 300)
    public String alias;

    @Column(name = "alias_key", nullable = false, length = 300)
    public String aliasKey;
}
