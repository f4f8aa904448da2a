package news.verbatim.article;

import java.util.List;
import news.verbatim.quote.QuoteView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The outcome of storing an article: the article, its quotes, and whether it was new. */
@Schema(name = "StoredArticle")
public record StoredArticle(
        ArticleView article,
        List<QuoteView> quotes,

        @Schema(description = "False when the same outlet already stored the same text; nothing new was written")
        boolean created) {}
