package news.verbatim.common;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;

/**
 * A JSON value of the right type that breaks a rule of {@link InputRules} (a control character in a string, a
 * date not written yyyy-MM-dd). Jackson records the JSON path as the exception travels up, so the problem can
 * name the field.
 */
public final class RejectedValueException extends JsonMappingException {

    private final String reason;

    public RejectedValueException(JsonParser parser, String reason) {
        super(parser, reason);
        this.reason = reason;
    }

    /** What is wrong with the value, without the location Jackson appends to the message. */
    public String reason() {
        return reason;
    }
}
