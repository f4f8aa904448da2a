package news.verbatim.common;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Documents the problem+json error responses of every API operation from what the operation is, rather than by
 * repeating the same annotations on each method, so that the contract lists every status the API returns:
 *
 * <ul>
 *   <li>any operation: 400 (its parameters), 406, 414 and 431 (the HTTP limits), 500, and a default problem;
 *   <li>any but verify and check, which every origin may call: 403 for a browser page of a refused origin;
 *   <li>with a request body: 413 and 415;
 *   <li>needing the API key: 401, 409 (a concurrent writer won a race retries did not resolve) and 503 (the data
 *       it needed stayed locked);
 *   <li>rate limited (verification, previews, writes): 429 with Retry-After;
 *   <li>under an {@code {id}}: 404.
 * </ul>
 *
 * The test suite validates every response it receives against this document, so a status missing here fails a
 * test.
 */
public class ProblemResponsesFilter implements OASFilter {

    /** Component name, status and description of each problem response added here (others are annotated). */
    private record Problem(String name, String status, String description) {}

    private static final List<Problem> PROBLEMS = List.of(
            new Problem(
                    "OriginRefused",
                    "403",
                    "A browser page of an origin not listed in verbatim.cors.origins (nor the service's own) called"
                            + " an operation other than verify and check"),
            new Problem("NotAcceptable", "406", "The client does not accept application/json"),
            new Problem("TooLarge", "413", "The request body (or the article text) is too large"),
            new Problem("UriTooLong", "414", "The request URI is longer than 8 KiB"),
            new Problem("UnsupportedMediaType", "415", "The body is not application/json"),
            new Problem("TooManyQuotes", "422", "The article has more quotations than one article can"),
            new Problem("TooManyRequests", "429", "This client sent more requests than its limit; see Retry-After"),
            new Problem("HeadersTooLarge", "431", "The request headers take more than 16 KiB"),
            new Problem("Busy", "503", "Another write held the data this one needed; nothing was written, retry"),
            new Problem("AnyProblem", "default", "Any other error, as problem+json"));

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        addComponents(openAPI);
        for (Map.Entry<String, PathItem> path :
                openAPI.getPaths().getPathItems().entrySet()) {
            if (!path.getKey().startsWith("/api/")) {
                continue;
            }
            path.getValue()
                    .getOperations()
                    .forEach((method, operation) -> addProblems(path.getKey(), method, operation));
        }
    }

    private static void addComponents(OpenAPI openAPI) {
        Components components = openAPI.getComponents();
        if (components == null) {
            components = OASFactory.createComponents();
            openAPI.setComponents(components);
        }
        for (Problem p : PROBLEMS) {
            if (components.getResponses() != null && components.getResponses().containsKey(p.name())) {
                continue;
            }
            APIResponse response = OASFactory.createAPIResponse()
                    .description(p.description())
                    .content(OASFactory.createContent()
                            .addMediaType(
                                    news.verbatim.common.Problem.MEDIA_TYPE,
                                    OASFactory.createMediaType()
                                            .schema(OASFactory.createSchema().ref("Problem"))));
            if (p.status().equals("429")) {
                response.addHeader(
                        "Retry-After", header("Seconds to wait before the next request", Schema.SchemaType.INTEGER));
                response.addHeader("RateLimit-Limit", header("Requests allowed at once", Schema.SchemaType.INTEGER));
                response.addHeader("RateLimit-Remaining", header("Requests left now", Schema.SchemaType.INTEGER));
                response.addHeader(
                        "RateLimit-Reset", header("Seconds until the limit is whole again", Schema.SchemaType.INTEGER));
            }
            components.addResponse(p.name(), response);
        }
    }

    private static Header header(String description, Schema.SchemaType type) {
        return OASFactory.createHeader()
                .description(description)
                .schema(OASFactory.createSchema().addType(type));
    }

    private static void addProblems(String path, PathItem.HttpMethod method, Operation operation) {
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            operation.setResponses(responses);
        }
        boolean body = operation.getRequestBody() != null;
        boolean write =
                operation.getSecurity() != null && !operation.getSecurity().isEmpty();
        boolean limited = write
                || path.equals("/api/v1/verify")
                || path.equals("/api/v1/articles/preview")
                || path.equals("/api/v1/check");
        add(responses, "400", "BadRequest");
        if (!CorsRules.isPublicRead(path)) {
            add(responses, "403", "OriginRefused");
        }
        add(responses, "406", "NotAcceptable");
        add(responses, "414", "UriTooLong");
        add(responses, "431", "HeadersTooLarge");
        if (body) {
            add(responses, "413", "TooLarge");
            add(responses, "415", "UnsupportedMediaType");
        }
        if (write) {
            add(responses, "401", "Unauthorized");
            add(responses, "409", "Conflict");
            add(responses, "503", "Busy");
        }
        if (limited) {
            add(responses, "429", "TooManyRequests");
        }
        if (path.contains("{id}")) {
            add(responses, "404", "NotFound");
        }
        if (method == PathItem.HttpMethod.POST
                && (path.equals("/api/v1/articles")
                        || path.equals("/api/v1/articles/preview")
                        || path.equals("/api/v1/check"))) {
            add(responses, "422", "TooManyQuotes");
        }
        add(responses, "500", "InternalError");
        add(responses, "default", "AnyProblem");
    }

    /**
     * Documents {@code code} as the problem {@code component}, unless the operation documents it itself. A bare
     * response without content (SmallRye's own "400 Bad Request" for validated parameters) is replaced: the
     * service always answers with a problem body.
     */
    private static void add(APIResponses responses, String code, String component) {
        APIResponse existing = responses.getAPIResponse(code);
        boolean bare = existing != null
                && existing.getRef() == null
                && (existing.getContent() == null
                        || existing.getContent().getMediaTypes() == null
                        || existing.getContent().getMediaTypes().isEmpty());
        if (existing == null || bare) {
            responses.addAPIResponse(code, OASFactory.createAPIResponse().ref(component));
        }
    }
}
