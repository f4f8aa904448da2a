package news.verbatim.common;

/** Names shared by the REST resources' OpenAPI annotations. */
public final class ApiResponses {

    public static final String API_KEY = "api-key";

    private ApiResponses() {}
}
