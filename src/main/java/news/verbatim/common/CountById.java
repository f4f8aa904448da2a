package news.verbatim.common;

import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/** One row of a grouped count: how many items belong to the owner with that id. */
public record CountById(long id, long count) {

    /**
     * How many rows of {@code from} belong to each of {@code ids}, by the owner {@code path} reaches; owners
     * without rows are absent. {@code countPer(em, "Quote q", "q.speaker", ids)}: quotes per speaker.
     */
    public static Map<Long, Long> countPer(EntityManager em, String from, String path, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        String owner = path + ".id";
        return toMap(em.createQuery(
                        "select new " + CountById.class.getName() + "(" + owner + ", count(*)) from " + from + " where "
                                + owner + " in :ids group by " + owner,
                        CountById.class)
                .setParameter("ids", ids)
                .getResultList());
    }

    /** The rows as a map from owner id to count; owners without items are absent. */
    private static Map<Long, Long> toMap(Collection<CountById> rows) {
        Map<Long, Long> out = new LinkedHashMap<>();
        rows.forEach(row -> out.put(row.id(), row.count()));
        return out;
    }
}
