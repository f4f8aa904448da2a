package news.verbatim.article;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import news.verbatim.common.ApiException;
import news.verbatim.common.PageRequest;
import news.verbatim.common.PageResponse;
import news.verbatim.common.QueryParams;
import news.verbatim.quote.QuoteFilter;
import news.verbatim.quote.QuoteService;
import news.verbatim.quote.QuoteView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

@Path("/api/v1/articles")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Articles", description = "The news articles the quotes come from")
public class ArticleResource {

    private final ArticleService articles;
    private final QuoteService quotes;

    public ArticleResource(ArticleService articles, QuoteService quotes) {
        this.articles = articles;
        this.quotes = quotes;
    }

    @GET
    @Operation(summary = "List articles", description = "Newest first, with their quote counts.")
    public PageResponse<ArticleSummary> list(
            @Parameter(description = "Outlet name", example = "Bloomberg") @RestQuery String outlet,
            @Parameter(description = "Words in the headline", example = "Iran") @RestQuery String q,
            @Parameter(description = "Page number, from 0", schema = @Schema(type = SchemaType.INTEGER, minimum = "0", defaultValue = "0")) @RestQuery String page,
            @Parameter(description = "Page size, at most 100", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20")) @RestQuery String size) {
        return articles.list(QueryParams.textOrNull(outlet), QueryParams.textOrNull(q), PageRequest.of(page, size));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One article with its text")
    public ArticleView get(@RestPath long id) {
        return articles.find(id).orElseThrow(() -> ApiException.notFound("article", id));
    }

    @GET
    @Path("/{id}/quotes")
    @Operation(summary = "Quotes of an article", description = "In text order; offsets point into the article text.")
    public PageResponse<QuoteView> quotes(@RestPath long id,
            @Parameter(description = "Page number, from 0", schema = @Schema(type = SchemaType.INTEGER, minimum = "0", defaultValue = "0")) @RestQuery String page,
            @Parameter(description = "Page size, at most 100", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20")) @RestQuery String size) {
        PageRequest paging = PageRequest.of(page, size);
        articles.requireExists(id);
        return quotes.search(QuoteFilter.ofArticle(id), paging);
    }
}
