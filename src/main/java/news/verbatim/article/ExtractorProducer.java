package news.verbatim.article;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import news.verbatim.extract.QuoteExtractor;

/** The extractor is stateless and thread-safe: one instance serves every request. */
public class ExtractorProducer {

    @Produces
    @Singleton
    QuoteExtractor quoteExtractor() {
        return new QuoteExtractor();
    }
}
