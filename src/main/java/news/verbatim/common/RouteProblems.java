package news.verbatim.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.Future;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;

/**
 * Answers a request with a problem from a route filter, which runs before Quarkus REST and its exception mappers
 * ({@link ProblemMappers}): the limits, the rate limits and the CORS refusal answer in the contract's shape too.
 */
final class RouteProblems {

    /** The longest request path echoed back as the problem's {@code instance}. */
    private static final int MAX_INSTANCE_CHARS = 200;

    private RouteProblems() {}

    /**
     * Ends the response with {@code status} and a problem of the type {@code urn:verbatim:problem:<slug>}; headers
     * set before stay.
     */
    static Future<Void> send(
            RoutingContext ctx, ObjectMapper json, int status, String slug, String title, String detail) {
        String path = ctx.request().path();
        Problem problem = new Problem(
                "urn:verbatim:problem:" + slug,
                title,
                status,
                detail,
                path == null || path.length() > MAX_INSTANCE_CHARS ? null : path,
                null);
        String body;
        try {
            body = json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            body = "{\"status\":" + status + "}";
        }
        return ctx.response()
                .setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .end(body);
    }
}
