package news.verbatim.correction;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class QuoteCorrectionRepository implements PanacheRepository<QuoteCorrection> {

    /** The corrections of a quote in the order they were made, oldest first. */
    public PanacheQuery<QuoteCorrection> ofQuote(long quoteId) {
        return find("quoteId = ?1 order by correctedAt, id", quoteId);
    }
}
