package news.verbatim.common;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.resteasy.reactive.RestQuery;

/** The {@code page} and {@code size} query parameters every list endpoint takes, documented once. */
public class PageParams {

    @RestQuery
    @Parameter(
            description = "Page number, from 0",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "0", maximum = "10000000", defaultValue = "0"))
    String page;

    @RestQuery
    @Parameter(
            description = "Page size, at most " + PageRequest.MAX_SIZE,
            schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20"))
    String size;

    /** The validated request; a 400 naming the parameter when either is not a whole number in range. */
    public PageRequest toRequest() {
        return PageRequest.of(page, size);
    }
}
