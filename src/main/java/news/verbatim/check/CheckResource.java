package news.verbatim.check;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/check")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Check", description = "Every quote of a page verified at once")
public class CheckResource {

    private final CheckService checker;

    public CheckResource(CheckService checker) {
        this.checker = checker;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "checkPage",
            summary = "Check every quote of a page",
            description =
                    "Extracts every quotation of the text as ingestion would, and verifies each as the page attributes it"
                            + " (the extracted speaker is the claimed speaker; the outlet and date, when given, the claimed"
                            + " source). Per quote: its span in the text as sent, the speaker and how it was decided, the"
                            + " verdict, the best match with its word diff and meaning changes, the first appearance and the"
                            + " number of sources. The summary counts the verdicts and lists the quotes needing attention"
                            + " (MISATTRIBUTED, ALTERED with a meaning change, NOT_FOUND) most serious first. A stored copy"
                            + " of the page (same URL, or same text by the same outlet, or by any outlet when none is"
                            + " given) is left out, so a stored page never matches itself. Nothing is stored; no key"
                            + " needed. Bounded: text up to 1 MB and 500 quotations (413, 422), at most"
                            + " verbatim.check.max-quotes quotes verified within verbatim.check.time-budget (the rest are"
                            + " counted as unchecked).")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = CheckRequest.class),
                            examples = @ExampleObject(name = "fixture-quotes", value = CheckExamples.REQUEST)))
    @APIResponse(
            responseCode = "200",
            description = "Every quote checked, with a summary",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = CheckResponse.class),
                            examples = @ExampleObject(name = "fixture-quotes", value = CheckExamples.RESPONSE)))
    public CheckResponse check(@Valid @NotNull CheckRequest request) {
        return checker.check(request);
    }
}
