package news.verbatim.correction;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One editorial change of one field of a quote: the value before and after, when, and the editor's note. The
 * quote row holds the current state; these rows are how it got there.
 */
@Entity
@Table(name = "quote_correction")
public class QuoteCorrection extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /** The quote corrected; an id rather than an association, the history is read by it and never navigated. */
    @Column(name = "quote_id", nullable = false)
    public long quoteId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public CorrectedField field;

    /** The speaker's name, or the kind, before the correction. */
    @Column(name = "old_value", nullable = false, length = 300)
    public String oldValue;

    @Column(name = "new_value", nullable = false, length = 300)
    public String newValue;

    /** For a speaker correction, the speaker before; null for a kind. */
    @Column(name = "old_speaker_id")
    public Long oldSpeakerId;

    @Column(name = "new_speaker_id")
    public Long newSpeakerId;

    @Column(length = CorrectionRequest.MAX_NOTE_CHARS)
    public String note;

    @Column(name = "corrected_at", nullable = false)
    public Instant correctedAt;
}
