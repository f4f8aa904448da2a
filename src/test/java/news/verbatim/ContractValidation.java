package news.verbatim;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;
import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Validates every response a REST Assured test receives against the OpenAPI document the running service
 * serves ({@code /q/openapi}): a status the document does not list, a body that does not match its schema or a
 * wrong content type fails the test. Requests are not validated, since many tests send bad requests on purpose.
 * Registered for every {@code @QuarkusTest} through {@code META-INF/services}, and for the {@code *IT} re-runs on the
 * packaged application through {@link PackagedApiTest}.
 */
public class ContractValidation implements QuarkusTestBeforeEachCallback {

    /** One filter for the whole run; it loads the document of whichever service a request goes to. */
    private static final LazyValidation FILTER = new LazyValidation();

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        register();
    }

    /** Whether REST Assured sends every request of this test run through the contract check. */
    static boolean isRegistered() {
        return RestAssured.filters().contains(FILTER);
    }

    private static void register() {
        if (!RestAssured.filters().contains(FILTER)) {
            RestAssured.filters(FILTER);
        }
    }

    /**
     * The same validation for {@code @QuarkusIntegrationTest} classes, which Quarkus' test callbacks do not reach:
     * {@code @ExtendWith(ContractValidation.OnPackagedApp.class)} next to the annotation.
     */
    public static final class OnPackagedApp implements BeforeEachCallback {
        @Override
        public void beforeEach(ExtensionContext context) {
            register();
        }
    }

    /** Validates through the document of the service at the request's base URI and port, read on first use. */
    private static final class LazyValidation implements Filter {
        private String loadedFor;
        private OpenApiValidationFilter delegate;

        @Override
        public Response filter(
                FilterableRequestSpecification request, FilterableResponseSpecification response, FilterContext ctx) {
            return current(request.getBaseUri() + ":" + request.getPort()).filter(request, response, ctx);
        }

        private synchronized OpenApiValidationFilter current(String base) {
            if (!base.equals(loadedFor)) {
                delegate = new OpenApiValidationFilter(validator(fetchSpec(base)));
                loadedFor = base;
            }
            return delegate;
        }
    }

    private static String fetchSpec(String base) {
        try {
            HttpResponse<String> spec = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(base + "/q/openapi"))
                                    .header("Accept", "application/json")
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            if (spec.statusCode() != 200) {
                throw new IllegalStateException("GET /q/openapi answered " + spec.statusCode());
            }
            return spec.body();
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot read the OpenAPI document", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static OpenApiInteractionValidator validator(String spec) {
        return OpenApiInteractionValidator.createForInlineApiSpecification(spec)
                .withLevelResolver(LevelResolver.create()
                        // Tests send bad requests on purpose; what the service answers must still be documented.
                        .withLevel("validation.request", ValidationReport.Level.IGNORE)
                        // /q/health, the web client's files: not part of the API contract.
                        .withLevel("validation.request.path.missing", ValidationReport.Level.IGNORE)
                        .build())
                .build();
    }
}
