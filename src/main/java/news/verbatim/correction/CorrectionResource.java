package news.verbatim.correction;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import news.verbatim.common.ApiResponses;
import news.verbatim.common.IdParam;
import news.verbatim.common.PageParams;
import news.verbatim.common.PageResponse;
import news.verbatim.common.Problem;
import news.verbatim.quote.QuoteView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Editorial corrections of a quote's speaker or kind, and their history. */
@Path("/api/v1/quotes/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Quotes", description = "The attributed-quote corpus")
public class CorrectionResource {

    private final CorrectionService corrections;

    public CorrectionResource(CorrectionService corrections) {
        this.corrections = corrections;
    }

    @PATCH
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = ApiResponses.API_KEY)
    @Operation(
            operationId = "correctQuote",
            summary = "Correct a quote's speaker or kind",
            description = "Sets the speaker (an existing one by id, or one by name, found or created as ingestion "
                    + "does), the kind, or both; the quote's attribution becomes CORRECTED, the change is kept in "
                    + "its history, its statement is linked again under the new speaker and the search index has "
                    + "the change when the answer comes. A speaker correction applies to every part of a quote "
                    + "split around its attribution. A field given with its current value changes nothing. "
                    + "Requires an API key.")
    @APIResponse(
            responseCode = "200",
            description = "The quote as it is now",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = QuoteView.class)))
    @APIResponse(
            responseCode = "422",
            description = "The speaker id names no speaker",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public QuoteView correct(@BeanParam IdParam id, @Valid @NotNull CorrectionRequest request) {
        return corrections.correct(id.value(), request);
    }

    @GET
    @Path("/corrections")
    @Operation(
            operationId = "getQuoteCorrections",
            summary = "The correction history of a quote",
            description = "Every correction of the quote's speaker or kind, oldest first (newest last), with the "
                    + "value before and after, when, and the editor's note.")
    public PageResponse<CorrectionView> history(@BeanParam IdParam id, @BeanParam PageParams paging) {
        return corrections.history(id.value(), paging.toRequest());
    }
}
