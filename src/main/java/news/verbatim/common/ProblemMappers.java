package news.verbatim.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The one place where failures become {@code application/problem+json}: every 4xx and 5xx the API returns
 * is shaped here, so clients can rely on one error format.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    private static final String TYPE_PREFIX = "urn:verbatim:problem:";

    @ServerExceptionMapper
    public Response apiException(ApiException e, UriInfo uri) {
        return problem(e.status(), e.slug(), e.title(), e.getMessage(), uri, e.errors());
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, UriInfo uri) {
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new FieldError(fieldName(v), v.getMessage()))
                .sorted(Comparator.comparing(FieldError::field).thenComparing(FieldError::message))
                .toList();
        String detail = errors.stream().map(f -> f.field() + ": " + f.message()).collect(Collectors.joining("; "));
        return problem(400, "validation", "Invalid request", detail, uri, errors);
    }

    @ServerExceptionMapper
    public Response rejectedValue(RejectedValueException e, UriInfo uri) {
        String field = jsonPath(e);
        String name = field.isEmpty() ? "body" : field;
        return problem(
                400,
                "validation",
                "Invalid request",
                name + ": " + e.reason(),
                uri,
                List.of(new FieldError(name, e.reason())));
    }

    @ServerExceptionMapper
    public Response unknownProperty(UnrecognizedPropertyException e, UriInfo uri) {
        String field = jsonPath(e);
        return problem(
                400,
                "validation",
                "Invalid request",
                "unknown property '" + e.getPropertyName() + "'",
                uri,
                List.of(new FieldError(field, "unknown property")));
    }

    @ServerExceptionMapper
    public Response invalidFormat(InvalidFormatException e, UriInfo uri) {
        String field = jsonPath(e);
        String expected = e.getTargetType() == null ? "another type" : friendlyType(e.getTargetType());
        String message = "cannot read '" + e.getValue() + "' as " + expected;
        return problem(
                400,
                "validation",
                "Invalid request",
                field + ": " + message,
                uri,
                List.of(new FieldError(field, message)));
    }

    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e, UriInfo uri) {
        String field = jsonPath(e);
        String expected = e.getTargetType() == null ? "the documented type" : friendlyType(e.getTargetType());
        String message = "expected " + expected;
        return problem(
                400,
                "validation",
                "Invalid request",
                (field.isEmpty() ? "body" : field) + ": " + message,
                uri,
                List.of(new FieldError(field.isEmpty() ? "body" : field, message)));
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonProcessingException e, UriInfo uri) {
        String location = e.getLocation() == null
                ? ""
                : " at line " + e.getLocation().getLineNr() + ", column "
                        + e.getLocation().getColumnNr();
        return problem(
                400, "malformed-json", "Malformed JSON", "the request body is not valid JSON" + location, uri, null);
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return jsonProblem(json, uri);
        }
        int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known == null ? "Error" : known.getReasonPhrase();
        String detail = switch (status) {
            case 404 -> "no resource at " + uri.getPath();
            case 405 -> "method not allowed on " + uri.getPath();
            case 406 -> "cannot produce the requested media type; this API speaks application/json";
            case 415 ->
                "unsupported media type; send "
                        + (HttpLimits.IMPORT_PATH.equals(uri.getPath()) ? "application/x-ndjson" : "application/json");
            default -> e.getMessage();
        };
        if (status >= 500) {
            LOG.error("Request failed: " + uri.getPath(), e);
        }
        return problem(status, slugFor(status), title, detail, uri, null);
    }

    /**
     * A unique key taken by a concurrent request between our check and our insert (the same article posted
     * twice at once, the same new speaker in two articles): the transaction rolled back, a retry succeeds.
     */
    @ServerExceptionMapper
    public Response unexpected(Exception e, UriInfo uri) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof jakarta.persistence.LockTimeoutException
                    || t instanceof jakarta.persistence.PessimisticLockException
                    || t instanceof org.hibernate.exception.LockTimeoutException
                    || t instanceof org.hibernate.exception.LockAcquisitionException) {
                return Response.fromResponse(problem(
                                503,
                                "busy",
                                "Busy",
                                "another write held the data this request "
                                        + "needed for too long; nothing was written, retry shortly",
                                uri,
                                null))
                        .header("Retry-After", "1")
                        .build();
            }
            if (t instanceof org.hibernate.exception.ConstraintViolationException c
                    && c.getKind() == org.hibernate.exception.ConstraintViolationException.ConstraintKind.UNIQUE) {
                return problem(
                        409,
                        "conflict",
                        "Conflict",
                        "a concurrent request stored the same data first; "
                                + "nothing was written, retry to get the stored version",
                        uri,
                        null);
            }
        }
        LOG.error("Unexpected failure on " + uri.getPath(), e);
        return problem(
                500,
                "internal",
                "Internal server error",
                "the service failed to handle this request; nothing was changed",
                uri,
                null);
    }

    /**
     * The problem a request body would be answered with for this failure of reading or checking it (a JSON
     * error, a constraint violation, an {@link ApiException}): what a bulk import reports for one bad line.
     * Anything else is not the caller's fault and is described without internals.
     */
    public Problem problemOf(Exception e) {
        Response response;
        if (e instanceof ApiException api) {
            response = apiException(api, null);
        } else if (e instanceof ConstraintViolationException violation) {
            response = constraintViolation(violation, null);
        } else if (e instanceof JsonProcessingException json) {
            response = jsonProblem(json, null);
        } else {
            return new Problem(
                    TYPE_PREFIX + "internal", "Internal server error", 500, "could not be stored", null, null);
        }
        return (Problem) response.getEntity();
    }

    /** A body Jackson could not read, wrapped by the JSON reader: mapped as if it had been thrown directly. */
    private Response jsonProblem(JsonProcessingException json, UriInfo uri) {
        if (json instanceof RejectedValueException rejected) {
            return rejectedValue(rejected, uri);
        }
        if (json instanceof UnrecognizedPropertyException unknown) {
            return unknownProperty(unknown, uri);
        }
        if (json instanceof InvalidFormatException invalid) {
            return invalidFormat(invalid, uri);
        }
        if (json instanceof MismatchedInputException mismatched) {
            return mismatchedInput(mismatched, uri);
        }
        return malformedJson(json, uri);
    }

    static Response problem(
            int status, String slug, String title, String detail, UriInfo uri, List<FieldError> errors) {
        Problem body = new Problem(
                TYPE_PREFIX + slug,
                title,
                status,
                detail,
                uri == null ? null : uri.getPath(),
                errors == null || errors.isEmpty() ? null : errors);
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(body).build();
    }

    private static String slugFor(int status) {
        return switch (status) {
            case 400 -> "bad-request";
            case 401 -> "unauthorized";
            case 403 -> "forbidden";
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 406 -> "not-acceptable";
            case 409 -> "conflict";
            case 413 -> "too-large";
            case 415 -> "unsupported-media-type";
            default -> status >= 500 ? "internal" : "error";
        };
    }

    /**
     * "create.request.text" becomes "text": callers know their JSON, not our Java method names. An element of a
     * list keeps its index ("speakerOverrides[1].start"), as the JSON errors name it.
     */
    private static String fieldName(ConstraintViolation<?> v) {
        StringBuilder out = new StringBuilder();
        String parameter = null;
        for (Path.Node node : v.getPropertyPath()) {
            if (node.getKind() == ElementKind.METHOD) {
                continue;
            }
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
                continue;
            }
            if (node.isInIterable() && node.getIndex() != null && !out.isEmpty()) {
                out.append('[').append(node.getIndex()).append(']');
            }
            if (node.getName() != null) {
                if (!out.isEmpty()) {
                    out.append('.');
                }
                out.append(node.getName());
            }
        }
        if (!out.isEmpty()) {
            return out.toString();
        }
        return parameter == null || parameter.startsWith("arg") || parameter.equals("request") ? "body" : parameter;
    }

    private static String jsonPath(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."))
                .replace(".[", "[");
    }

    private static String friendlyType(Class<?> type) {
        if (type == java.time.LocalDate.class) {
            return "a date yyyy-MM-dd";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive() && type != boolean.class) {
            return "a number";
        }
        if (type == String.class) {
            return "a string";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type.isEnum()) {
            return "one of " + java.util.Arrays.toString(type.getEnumConstants());
        }
        return "a JSON " + (type.isRecord() ? "object" : type.getSimpleName());
    }
}
