package news.verbatim.article;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** One published article: the text every quote's offsets point into. */
@Entity
@Table(name = "article")
public class Article extends PanacheEntityBase {

    @Id
    // A sequence, not the identity column: inserts of a whole article are then sent as one batch.
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "article_seq")
    @SequenceGenerator(name = "article_seq", sequenceName = "article_seq", allocationSize = 50)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "outlet_id")
    public Outlet outlet;

    @Column(nullable = false, length = 500)
    public String title;

    @Column(length = 2000)
    public String url;

    @Column(length = 300)
    public String author;

    @Column(name = "published_at", nullable = false)
    public LocalDate publishedAt;

    /** The stored (cleaned) article text. */
    @Column(name = "body", nullable = false, length = 2_000_000)
    public String text;

    /** The idempotency key within the outlet: the same text by another outlet is another article (a copy). */
    @Column(name = "text_sha256", nullable = false, length = 64)
    public String textSha256;

    /** The original this article reprints, itself never a copy; null for an original. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "copy_of_article_id")
    public Article copyOf;

    /** The outlet the copy's wire credit line names ("Reuters"), or null when it credits nobody. */
    @Column(name = "credited_outlet", length = 200)
    public String creditedOutlet;

    /** True when the credit names only the story's distributor ("via Tribune Content Agency"), not its author. */
    @Column(name = "credited_distributor", nullable = false)
    public boolean creditedDistributor;

    /**
     * The text's {@link news.verbatim.copies.CompactSignature}, so that copy detection compares a new article with
     * this one without reading its text; null for an article stored before it was kept (computed when needed).
     */
    @Column(name = "copy_signature")
    public byte[] copySignature;

    /** True for the one-quote articles created by adding a quote by hand. */
    @Column(nullable = false)
    public boolean manual;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
