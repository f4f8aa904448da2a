package news.verbatim.common;

import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a list: every list the API returns has this shape. */
public record PageResponse<T>(
        @Schema(description = "The items of this page") List<T> items,

        @Schema(description = "Page number, from 0", example = "0")
        int page,

        @Schema(description = "Page size", example = "20") int size,

        @Schema(description = "Number of items in the whole list", example = "46")
        long total) {

    public <R> PageResponse<R> map(Function<T, R> mapper) {
        return new PageResponse<>(items.stream().map(mapper).toList(), page, size, total);
    }
}
