package news.verbatim.common;

import java.util.List;

/**
 * A request the service refuses for a reason the caller can act on; mapped to {@code application/problem+json}
 * by {@link ProblemMappers}. Services throw it; resources stay free of error plumbing.
 */
public class ApiException extends RuntimeException {

    private final int status;
    private final String slug;
    private final String title;
    private final List<FieldError> errors;

    public ApiException(int status, String slug, String title, String detail, List<FieldError> errors) {
        super(detail);
        this.status = status;
        this.slug = slug;
        this.title = title;
        this.errors = errors == null ? List.of() : List.copyOf(errors);
    }

    public static ApiException notFound(String what, Object id) {
        return new ApiException(404, "not-found", "Not found", what + " " + id + " does not exist", null);
    }

    public static ApiException invalid(String field, String message) {
        return new ApiException(
                400, "validation", "Invalid request", field + ": " + message, List.of(new FieldError(field, message)));
    }

    public static ApiException conflict(String detail) {
        return new ApiException(409, "conflict", "Conflict", detail, null);
    }

    public int status() {
        return status;
    }

    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }

    public List<FieldError> errors() {
        return errors;
    }
}
