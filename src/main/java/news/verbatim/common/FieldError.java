package news.verbatim.common;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One offending input field of a validation problem. */
@Schema(name = "FieldError", description = "One offending input field.")
public record FieldError(
        @Schema(description = "The field, query parameter or JSON property at fault", example = "size")
        String field,

        @Schema(description = "What is wrong with it", example = "must be at most 100")
        String message) {}
