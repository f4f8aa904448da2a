package news.verbatim.common;

import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Documents the problem+json error responses of every API operation from what the operation is, rather than
 * by repeating the same annotations on each method: any operation can fail with 500; one with parameters or
 * a body can be a 400; one under an {id} a 404; one that needs the API key a 401.
 */
public class ProblemResponsesFilter implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
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

    private static void addProblems(String path, PathItem.HttpMethod method, Operation operation) {
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            operation.setResponses(responses);
        }
        boolean hasInput = operation.getRequestBody() != null
                || (operation.getParameters() != null
                        && !operation.getParameters().isEmpty());
        if (hasInput) {
            add(responses, "400", "BadRequest");
        }
        if (operation.getSecurity() != null && !operation.getSecurity().isEmpty()) {
            add(responses, "401", "Unauthorized");
        }
        if (path.contains("{id}")) {
            add(responses, "404", "NotFound");
        }
        if (method == PathItem.HttpMethod.POST && path.equals("/api/v1/quotes")) {
            add(responses, "409", "Conflict");
        }
        add(responses, "500", "InternalError");
    }

    private static void add(APIResponses responses, String code, String component) {
        if (!responses.hasAPIResponse(code)) {
            responses.addAPIResponse(code, OASFactory.createAPIResponse().ref(component));
        }
    }
}
