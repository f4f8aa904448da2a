package news.verbatim.speaker;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import news.verbatim.common.ApiException;
import news.verbatim.common.IdParam;
import news.verbatim.common.PageParams;
import news.verbatim.common.PageResponse;
import news.verbatim.common.QueryParams;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestQuery;

/** The speakers; their quotes are the quote feature's ({@code SpeakerQuotesResource}), which depends on this one. */
@Path("/api/v1/speakers")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = SpeakerResource.TAG, description = SpeakerResource.TAG_DESCRIPTION)
public class SpeakerResource {

    /** The OpenAPI tag of every speaker endpoint, the quotes of a speaker included. */
    public static final String TAG = "Speakers";

    public static final String TAG_DESCRIPTION = "People, anonymous sources and organisations quoted in the corpus";

    private final SpeakerService speakers;

    public SpeakerResource(SpeakerService speakers) {
        this.speakers = speakers;
    }

    @GET
    @Operation(
            operationId = "listSpeakers",
            summary = "List speakers",
            description = "With their aliases and quote counts; q matches names and aliases.")
    public PageResponse<SpeakerView> list(
            @Parameter(description = "Name or alias, whole words", example = "Blinken") @RestQuery String q,
            @BeanParam PageParams paging) {
        return speakers.list(QueryParams.textOrNull("q", q), paging.toRequest());
    }

    @GET
    @Path("/{id}")
    @Operation(
            operationId = "getSpeaker",
            summary = "One speaker",
            description = "The speaker with every alias and the number of quotes attributed to them.")
    public SpeakerView get(@BeanParam IdParam id) {
        long speakerId = id.value();
        return speakers.find(speakerId).orElseThrow(() -> ApiException.notFound("speaker", speakerId));
    }
}
