package news.verbatim.speaker;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;

/** One person, anonymous source or organisation, known under every name form the corpus used for it. */
@Entity
@Table(name = "speaker")
public class Speaker extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /** Canonical name: "Antony Blinken", "senior US official", "White House", "unknown". */
    @Column(nullable = false, length = 300)
    public String name;

    @Column(name = "name_key", nullable = false, length = 300)
    public String nameKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public SpeakerKind kind;

    @OneToMany(mappedBy = "speaker", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    public List<SpeakerAlias> aliases = new ArrayList<>();
}
