package news.verbatim.common;

/**
 * Validated paging parameters. Query parameters arrive as strings so that "page=abc" is a 400 that names the
 * parameter, not the 404 JAX-RS gives for unconvertible query parameters.
 */
public record PageRequest(int page, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;
    /** The last page number accepted: {@code MAX_PAGE × MAX_SIZE} still fits the int offsets databases take. */
    public static final int MAX_PAGE = 10_000_000;

    public PageRequest {
        if (page < 0 || page > MAX_PAGE) {
            throw ApiException.invalid("page", "must be between 0 and " + MAX_PAGE);
        }
        if (size < 1 || size > MAX_SIZE) {
            throw ApiException.invalid("size", "must be between 1 and " + MAX_SIZE);
        }
    }

    public static PageRequest of(String page, String size) {
        return new PageRequest(
                QueryParams.intOrDefault("page", page, 0), QueryParams.intOrDefault("size", size, DEFAULT_SIZE));
    }

    /** The index of the page's first item; never overflows (see {@link #MAX_PAGE}). */
    public int offset() {
        return Math.multiplyExact(page, size);
    }
}
