package news.verbatim.quote;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import news.verbatim.common.PageRequest;
import news.verbatim.common.PageResponse;
import news.verbatim.common.QueryParams;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestQuery;

@Path("/api/v1/quotes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Quotes", description = "The attributed-quote corpus")
public class QuoteResource {

    private final QuoteService quotes;

    public QuoteResource(QuoteService quotes) {
        this.quotes = quotes;
    }

    @GET
    @Operation(
            operationId = "searchQuotes",
            summary = "Search quotes",
            description =
                    "Quotes matching every given filter, newest article first (text order within an article when articleId is given).")
    public PageResponse<QuoteView> search(
            @Parameter(
                            description =
                                    "Speaker name or any alias (\"Blinken\", \"Secretary of State Antony Blinken\")",
                            example = "Blinken")
                    @RestQuery
                    String speaker,
            @Parameter(description = "Outlet name", example = "CNN") @RestQuery String outlet,
            @Parameter(
                            description = "Earliest publication date",
                            schema = @Schema(type = SchemaType.STRING, format = "date"),
                            example = "2024-08-01")
                    @RestQuery
                    String from,
            @Parameter(
                            description = "Latest publication date",
                            schema = @Schema(type = SchemaType.STRING, format = "date"),
                            example = "2024-08-31")
                    @RestQuery
                    String to,
            @Parameter(description = "Words that must all occur in the quote", example = "intense diplomacy") @RestQuery
                    String q,
            @Parameter(
                            description = "Only quotes of this article",
                            schema = @Schema(type = SchemaType.INTEGER, format = "int64"))
                    @RestQuery
                    String articleId,
            @BeanParam PageParams paging) {
        PageRequest page = paging.toRequest();
        QuoteFilter filter = new QuoteFilter(
                QueryParams.textOrNull("speaker", speaker),
                QueryParams.textOrNull("outlet", outlet),
                QueryParams.dateOrNull("from", from),
                QueryParams.dateOrNull("to", to),
                QueryParams.textOrNull("q", q),
                QueryParams.idOrNull("articleId", articleId),
                null);
        if (filter.from() != null && filter.to() != null && filter.from().isAfter(filter.to())) {
            throw ApiException.invalid("from", "must not be after 'to'");
        }
        return quotes.search(filter, page);
    }

    @GET
    @Path("/{id}")
    @Operation(
            operationId = "getQuote",
            summary = "One quote",
            description = "The quote with its speaker, outlet, date, article and statement.")
    public QuoteView get(@BeanParam IdParam id) {
        long quoteId = id.value();
        return quotes.find(quoteId).orElseThrow(() -> ApiException.notFound("quote", quoteId));
    }

    @GET
    @Path("/{id}/sources")
    @Operation(
            operationId = "getQuoteSources",
            summary = "Every source carrying this quote's statement",
            description =
                    "Each article that printed the same remark, with its outlet, headline, URL, date and its own exact wording. Originals come earliest first, each followed by its copies (reprints of it in other outlets, marked copy with the original they reprint); the first appearance is the earliest original. independentOutlets counts the outlets that printed it independently, copies the reprints.")
    public SourcesPage sources(@BeanParam IdParam id, @BeanParam PageParams paging) {
        return quotes.sources(id.value(), paging.toRequest());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = ApiResponses.API_KEY)
    @Operation(
            operationId = "addQuote",
            summary = "Add an attributed quote by hand",
            description =
                    "Records the quote with its speaker (matched against known speakers and aliases), outlet and date. Requires an API key.")
    @APIResponse(
            responseCode = "201",
            description = "Recorded; Location names the new quote",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = QuoteView.class)))
    public Response add(@Valid @NotNull NewQuoteRequest request, UriInfo uri) {
        QuoteView created = quotes.addManual(request);
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(String.valueOf(created.id()))
                        .build())
                .entity(created)
                .build();
    }

    @DELETE
    @Path("/{id}")
    @SecurityRequirement(name = ApiResponses.API_KEY)
    @Operation(operationId = "deleteQuote", summary = "Delete a quote", description = "Requires an API key.")
    @APIResponse(responseCode = "204", description = "Deleted, with its statement when no other source carries it")
    public Response delete(@BeanParam IdParam id) {
        quotes.delete(id.value());
        return Response.noContent().build();
    }
}
