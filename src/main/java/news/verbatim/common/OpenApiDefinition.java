package news.verbatim.common;

import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeIn;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Contact;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The API's OpenAPI frame: the API-key scheme and the shared problem+json error responses that
 * {@link ProblemResponsesFilter} attaches to each operation.
 */
@OpenAPIDefinition(
        info =
                @Info(
                        title = "Verbatim API",
                        version = "1.0.0",
                        contact = @Contact(name = "Verbatim engineering", email = "engineering@verbatim.example"),
                        description =
                                "Quote verification for newsrooms: attributed quotes with their speakers, outlets, dates and articles; verdicts on submitted quotes with word-level diffs; every source carrying a statement."),
        components =
                @Components(
                        securitySchemes =
                                @SecurityScheme(
                                        securitySchemeName = ApiResponses.API_KEY,
                                        type = SecuritySchemeType.APIKEY,
                                        in = SecuritySchemeIn.HEADER,
                                        apiKeyName = ApiKeyFilter.HEADER,
                                        description = "Writes need a key from verbatim.api-keys (VERBATIM_API_KEYS)"),
                        responses = {
                            @APIResponse(
                                    name = "BadRequest",
                                    responseCode = "400",
                                    description = "Invalid input: the problem names the offending fields",
                                    content =
                                            @Content(
                                                    mediaType = Problem.MEDIA_TYPE,
                                                    schema = @Schema(implementation = Problem.class),
                                                    examples = @ExampleObject(name = "validation", value = """
                                            {"type":"urn:verbatim:problem:validation","title":"Invalid request","status":400,"detail":"size: must be between 1 and 100","instance":"/api/v1/quotes","errors":[{"field":"size","message":"must be between 1 and 100"}]}"""))),
                            @APIResponse(
                                    name = "Unauthorized",
                                    responseCode = "401",
                                    description = "Missing or invalid X-API-Key",
                                    content =
                                            @Content(
                                                    mediaType = Problem.MEDIA_TYPE,
                                                    schema = @Schema(implementation = Problem.class),
                                                    examples = @ExampleObject(name = "no-key", value = """
                                            {"type":"urn:verbatim:problem:unauthorized","title":"API key required","status":401,"detail":"this request changes the corpus: send a valid key in the X-API-Key header","instance":"/api/v1/quotes"}"""))),
                            @APIResponse(
                                    name = "NotFound",
                                    responseCode = "404",
                                    description = "No such resource",
                                    content =
                                            @Content(
                                                    mediaType = Problem.MEDIA_TYPE,
                                                    schema = @Schema(implementation = Problem.class),
                                                    examples = @ExampleObject(name = "unknown-id", value = """
                                            {"type":"urn:verbatim:problem:not-found","title":"Not found","status":404,"detail":"quote 999999 does not exist","instance":"/api/v1/quotes/999999"}"""))),
                            @APIResponse(
                                    name = "Conflict",
                                    responseCode = "409",
                                    description = "Already recorded",
                                    content =
                                            @Content(
                                                    mediaType = Problem.MEDIA_TYPE,
                                                    schema = @Schema(implementation = Problem.class))),
                            @APIResponse(
                                    name = "InternalError",
                                    responseCode = "500",
                                    description = "The service failed; nothing was changed",
                                    content =
                                            @Content(
                                                    mediaType = Problem.MEDIA_TYPE,
                                                    schema = @Schema(implementation = Problem.class)))
                        }))
public class OpenApiDefinition extends Application {}
