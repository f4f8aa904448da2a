package news.verbatim.common;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An RFC 9457 problem detail, the body of every 4xx and 5xx response ({@code application/problem+json}). */
@Schema(
        name = "Problem",
        description = "RFC 9457 problem details, returned as application/problem+json for every error.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(
        @Schema(example = "urn:verbatim:problem:validation") String type,
        @Schema(example = "Invalid request") String title,
        @Schema(example = "400") int status,
        @Schema(example = "size: must be at most 100") String detail,
        @Schema(example = "/api/v1/quotes") String instance,

        @Schema(description = "The offending fields, for validation problems")
        List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
}
