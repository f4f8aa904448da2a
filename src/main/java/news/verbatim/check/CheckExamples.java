package news.verbatim.check;

/** The OpenAPI example of a page check: two fixture quotes reprinted, one of them with its "not" dropped. */
final class CheckExamples {

    static final String REQUEST_TEXT = "“Israel has no interest in a war of attrition,” Gideon Sa'ar said.\n\n"
            + "“Whatever the consequences, the resistance will let these Israeli attacks pass by,” Hassan"
            + " Nasrallah said.";

    static final String REQUEST = "TODO";

    static final String RESPONSE = "TODO";

    private CheckExamples() {}
}
