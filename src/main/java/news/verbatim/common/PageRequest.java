package news.verbatim.common;

/**
 * Validated paging parameters. Query parameters arrive as strings so that "page=abc" is a 400 that names the
 * parameter, not the 404 JAX-RS gives for unconvertible query parameters.
 */
public record PageRequest(int page, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    public PageRequest {
        if (page < 0) {
            throw ApiException.invalid("page", "must be 0 or more");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw ApiException.invalid("size", "must be between 1 and " + MAX_SIZE);
        }
    }

    public static PageRequest of(String page, String size) {
        return new PageRequest(
                QueryParams.intOrDefault("page", page, 0), QueryParams.intOrDefault("size", size, DEFAULT_SIZE));
    }

    public int offset() {
        return page * size;
    }
}
