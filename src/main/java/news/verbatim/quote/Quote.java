package news.verbatim.quote;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import news.verbatim.article.Article;
import news.verbatim.speaker.Speaker;

/** One quotation as one source printed it, attributed to a speaker and linked to the statement it belongs to. */
@Entity
@Table(name = "quote")
public class Quote extends PanacheEntityBase {

    @Id
    // A sequence, not the identity column: inserts of a whole article are then sent as one batch.
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "quote_seq")
    @SequenceGenerator(name = "quote_seq", sequenceName = "quote_seq", allocationSize = 50)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "article_id")
    public Article article;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "speaker_id")
    public Speaker speaker;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "statement_id")
    public Statement statement;

    /** The exact wording as the source printed it. */
    @Column(name = "body", nullable = false, length = 20_000)
    public String text;

    /** {@link news.verbatim.text.TextNormalizer#styleKey} of {@link #text}: its words with house style folded. */
    @Column(name = "norm_text", nullable = false, length = 20_000)
    public String normText;

    @Column(name = "norm_sha256", nullable = false, length = 64)
    public String normSha256;

    @Column(name = "word_count", nullable = false)
    public int wordCount;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public QuoteKind kind;

    @Column(name = "start_offset", nullable = false)
    public int startOffset;

    @Column(name = "end_offset", nullable = false)
    public int endOffset;

    /** The earlier part of a quote split around its attribution, when this is a later part. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "continues_quote_id")
    public Quote continues;

    /** How the speaker was decided ({@link Attribution#method()}); null for quotes stored before it was recorded. */
    @Column(name = "attribution", length = 30)
    public String attribution;

    @Column(name = "cue_start")
    public Integer cueStart;

    @Column(name = "cue_end")
    public Integer cueEnd;

    @Column(name = "cue_text", length = Attribution.MAX_CUE_CHARS)
    public String cueText;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
