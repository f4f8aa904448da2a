package news.verbatim.verify;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Set;
import news.verbatim.common.InputRules;
import news.verbatim.common.QueryParams;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestQuery;

@Path("/api/v1/verify")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Verify", description = "Did this person say this, in these words, and who carried it?")
public class VerifyResource {

    private final VerifyService verifier;
    private final Validator validator;

    public VerifyResource(VerifyService verifier, Validator validator) {
        this.verifier = verifier;
        this.validator = validator;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "verifyQuote",
            summary = "Verify a quote",
            description =
                    "Verdict (VERIFIED, EXCERPT, ALTERED, MISATTRIBUTED, UNATTRIBUTED, NOT_FOUND) with a one-line explanation, "
                            + "the best matching attested quotes with a word-level diff and meaning-changing edits flagged, who really "
                            + "said it when a source names a different speaker (MISATTRIBUTED), how the sources describe the speaker "
                            + "when none names one (UNATTRIBUTED: neither confirmed nor refuted), the attribution evidence of each "
                            + "match and source, and every source carrying each match, earliest first. House style is not "
                            + "alteration: words a source prints in its own style (iron-clad/ironclad, U.S./US, defence/defense, "
                            + "per cent/%, three hundred/300, first/1st, do not/don't) are diff steps of op style, listed in "
                            + "styleVariants, and never make a quote ALTERED; a number of another value is still a NUMBER meaning "
                            + "change. The claimed speaker is read like a printed name (titles, honorifics and possessives "
                            + "dropped). No key needed.")
    public VerifyResponse verify(@Valid @NotNull VerifyRequest request) {
        return verifier.verify(request);
    }

    @GET
    @Operation(
            operationId = "verifyQuoteLink",
            summary = "Verify a quote (link form)",
            description = "The same answer as POST, for links and browser extensions.")
    public VerifyResponse verifyLink(
            @Parameter(
                            description = "The quote",
                            required = true,
                            example = "Israel has no interest in a war of attrition")
                    @RestQuery
                    String quote,
            @Parameter(description = "Claimed speaker", example = "Sa'ar") @RestQuery String speaker,
            @Parameter(description = "Claimed outlet", example = "Jerusalem Post") @RestQuery String outlet,
            @Parameter(description = "Claimed date", schema = @Schema(type = SchemaType.STRING, format = "date"))
                    @RestQuery
                    String date) {
        VerifyRequest request = new VerifyRequest(
                InputRules.requireText("quote", quote),
                InputRules.requireText("speaker", speaker),
                InputRules.requireText("outlet", outlet),
                QueryParams.dateOrNull("date", date));
        // The same constraints as the POST body, from the same record: one definition of a valid request.
        Set<ConstraintViolation<VerifyRequest>> violations = validator.validate(request);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return verifier.verify(request);
    }
}
