package news.verbatim.article;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import news.verbatim.common.ApiException;
import news.verbatim.common.ApiResponses;
import news.verbatim.common.IdParam;
import news.verbatim.common.PageParams;
import news.verbatim.common.PageResponse;
import news.verbatim.common.Problem;
import news.verbatim.common.QueryParams;
import news.verbatim.quote.QuoteService;
import news.verbatim.quote.QuoteView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestQuery;

@Path("/api/v1/articles")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Articles", description = "The news articles the quotes come from")
public class ArticleResource {

    private final ArticleService articles;
    private final ArticleIngestion ingestion;
    private final QuoteService quotes;

    public ArticleResource(ArticleService articles, ArticleIngestion ingestion, QuoteService quotes) {
        this.articles = articles;
        this.ingestion = ingestion;
        this.quotes = quotes;
    }

    @GET
    @Operation(
            operationId = "listArticles",
            summary = "List articles",
            description = "Newest first, with their quote counts.")
    public PageResponse<ArticleSummary> list(
            @Parameter(description = "Outlet name", example = "Bloomberg") @RestQuery String outlet,
            @Parameter(description = "Words in the headline", example = "Iran") @RestQuery String q,
            @BeanParam PageParams paging) {
        return articles.list(
                QueryParams.textOrNull("outlet", outlet), QueryParams.textOrNull("q", q), paging.toRequest());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = ApiResponses.API_KEY)
    @Operation(
            operationId = "ingestArticle",
            summary = "Ingest an article",
            description =
                    "Cleans the text (script code, buttons, comment forms), extracts every quote with its speaker and stores them. "
                            + "201 with the new article and its quotes; the same text again (by normalised SHA-256) is 200 with the stored article and nothing new written. Requires an API key.")
    @APIResponse(
            responseCode = "201",
            description = "Stored",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = StoredArticle.class)))
    @APIResponse(
            responseCode = "200",
            description = "Already stored: nothing new written",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = StoredArticle.class)))
    @APIResponse(
            responseCode = "422",
            description = "More quotations than one article can have, or a speaker override naming no quote of the "
                    + "text (preview it again)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "413",
            description = "Text over 1 MB",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response ingest(@Valid @NotNull NewArticleRequest request, UriInfo uri) {
        ArticleMeta meta = new ArticleMeta(
                request.outlet(), request.title(), request.url(), request.publishedAt(), request.author());
        StoredArticle stored = ingestion.ingest(meta, request.text(), request.speakerOverrides());
        if (!stored.created()) {
            return Response.ok(stored).build();
        }
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(String.valueOf(stored.article().id()))
                        .build())
                .entity(stored)
                .build();
    }

    @POST
    @Path("/preview")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "previewArticle",
            summary = "Preview extraction",
            description =
                    "The cleaned text and the quotes and speakers ingesting it would store. Nothing is stored; no key needed.")
    @APIResponse(
            responseCode = "200",
            description = "What would be extracted",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ExtractionPreview.class)))
    public ExtractionPreview preview(@Valid @NotNull PreviewRequest request) {
        return ingestion.preview(request.text());
    }

    @GET
    @Path("/{id}")
    @Operation(
            operationId = "getArticle",
            summary = "One article with its text",
            description =
                    "The article with its metadata, quote count and stored text; quote offsets point into the text.")
    public ArticleView get(@BeanParam IdParam id) {
        long articleId = id.value();
        return articles.find(articleId).orElseThrow(() -> ApiException.notFound("article", articleId));
    }

    @GET
    @Path("/{id}/quotes")
    @Operation(
            operationId = "getArticleQuotes",
            summary = "Quotes of an article",
            description = "In text order; offsets point into the article text.")
    public PageResponse<QuoteView> quotes(@BeanParam IdParam id, @BeanParam PageParams paging) {
        long articleId = id.value();
        return quotes.ofArticle(articleId, paging.toRequest())
                .orElseThrow(() -> ApiException.notFound("article", articleId));
    }
}
