package news.verbatim.quote;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import news.verbatim.common.ApiException;
import news.verbatim.common.IdParam;
import news.verbatim.common.PageParams;
import news.verbatim.common.PageResponse;
import news.verbatim.speaker.SpeakerResource;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The quotes of one speaker. It lives with the quotes, not the speakers, so that the dependency points one way:
 * quotes know their speaker, the speaker feature knows nothing of quotes.
 */
@Path("/api/v1/speakers/{id}/quotes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = SpeakerResource.TAG, description = SpeakerResource.TAG_DESCRIPTION)
public class SpeakerQuotesResource {

    private final QuoteService quotes;

    public SpeakerQuotesResource(QuoteService quotes) {
        this.quotes = quotes;
    }

    @GET
    @Operation(operationId = "getSpeakerQuotes", summary = "Quotes of a speaker", description = "Newest article first.")
    public PageResponse<QuoteView> quotes(@BeanParam IdParam id, @BeanParam PageParams paging) {
        long speakerId = id.value();
        return quotes.ofSpeaker(speakerId, paging.toRequest())
                .orElseThrow(() -> ApiException.notFound("speaker", speakerId));
    }
}
