package news.verbatim.common;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.resteasy.reactive.RestPath;

/**
 * The {@code {id}} path parameter of every resource, read as text so that only ASCII digits count as an id
 * (a 400 naming the parameter otherwise, never a look-up of a misread number).
 */
public class IdParam {

    @RestPath
    @Parameter(
            description = "The id: digits 0-9",
            schema = @Schema(type = SchemaType.INTEGER, format = "int64", minimum = "1"))
    String id;

    /** The validated id. */
    public long value() {
        return InputRules.parseId("id", id);
    }
}
