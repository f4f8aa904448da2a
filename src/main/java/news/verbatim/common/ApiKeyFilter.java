package news.verbatim.common;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Guards every write of the API with the {@code X-API-Key} header. Reads, verification and the extraction
 * preview change nothing, so they stay open.
 */
public class ApiKeyFilter {

    public static final String HEADER = ApiKeys.HEADER;

    private final ApiKeys keys;

    public ApiKeyFilter(ApiKeys keys) {
        this.keys = keys;
    }

    @ServerRequestFilter
    public Response checkKey(ContainerRequestContext request) {
        String method = request.getMethod();
        String path = request.getUriInfo().getPath();
        if (!keys.needsKey(method, path)) {
            return null;
        }
        String given = request.getHeaderString(HEADER);
        if (given == null || given.isBlank()) {
            return ProblemMappers.problem(
                    401,
                    "unauthorized",
                    "API key required",
                    "this request changes the corpus: send a valid key in the " + HEADER + " header",
                    request.getUriInfo(),
                    null);
        }
        if (!keys.isValid(given)) {
            return ProblemMappers.problem(
                    401,
                    "unauthorized",
                    "Invalid API key",
                    "the key in the " + HEADER + " header is not valid",
                    request.getUriInfo(),
                    null);
        }
        return null;
    }
}
