package news.verbatim.common;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import java.util.List;

/**
 * Reads one page of a repository query with the size of the whole list: the one way every paged list of the API
 * is read, so that offsets, totals and page numbers agree everywhere.
 *
 * <pre>{@code
 * PageResponse<Speaker> found = Pages.read(speakers.find("order by name, id"), page);
 * return found.map(SpeakerView::of);
 * }</pre>
 */
public final class Pages {

    private Pages() {}

    /** The {@code page} of {@code query}, counted first; the query keeps its own order. */
    public static <T> PageResponse<T> read(PanacheQuery<T> query, PageRequest page) {
        long total = query.count();
        List<T> items = query.page(Page.of(page.page(), page.size())).list();
        return new PageResponse<>(items, page.page(), page.size(), total);
    }

    /** An empty page: the filter matched nothing before any query ran. */
    public static <T> PageResponse<T> empty(PageRequest page) {
        return new PageResponse<>(List.of(), page.page(), page.size(), 0);
    }
}
