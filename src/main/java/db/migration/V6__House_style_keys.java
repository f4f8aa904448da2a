package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import news.verbatim.common.Hashes;
import news.verbatim.text.TextNormalizer;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Recomputes what is stored of each quote's wording for house style (issue 13): {@code quote.norm_text}
 * becomes {@link TextNormalizer#styleKey} of its text ("iron-clad" and "ironclad" give one key), with its
 * {@code norm_sha256} and {@code word_count}; the linking keys ({@code statement_key}) are rebuilt from them;
 * and statements whose quotes now share a linking key — two outlets' house styles of one remark — are merged
 * into the oldest, as {@code StatementLinker} merges them. Java, not SQL, because the key is computed by the
 * application's normalisation.
 *
 * <p>Why a migration: the design keeps one normalisation path, whose printed words ({@code normalize}) stay as
 * they were for names and article hashes, while everything that compares quote wording moved to the style
 * key. Rows written before that are stale until recomputed. The search index is not touched here: its format
 * version was raised with the same change, so every instance rebuilds its index from these rows on start.
 * Quotes one of which merely contains the other in another house style are not merged here; the statement
 * repair ({@code POST /api/v1/statements/repair}) links those.
 *
 * <p>A later change to the word lists changes keys again and needs a migration like this one.
 */
public class V6__House_style_keys extends BaseJavaMigration {

    /** Quotes read per page, by id. */
    static final int PAGE = 1_000;

    /** The same threshold as {@code StatementLinker.MIN_WORDS_ACROSS_SPEAKERS}, which this copy must match. */
    static final int MIN_WORDS_ACROSS_SPEAKERS = 3;

    @Override
    public void migrate(Context context) throws Exception {
        Connection c = context.getConnection();
        Map<String, Long> statementOfKey = new HashMap<>();
        Map<Long, Long> mergedInto = new HashMap<>();
        try (PreparedStatement page =
                        c.prepareStatement("select id, body, norm_text, speaker_id, statement_id from quote"
                                + " where id > ? order by id fetch first " + PAGE + " rows only");
                PreparedStatement update = c.prepareStatement(
                        "update quote set norm_text = ?, norm_sha256 = ?, word_count = ? where id = ?")) {
            long after = 0;
            boolean more = true;
            while (more) {
                page.setLong(1, after);
                int read = 0;
                try (ResultSet rs = page.executeQuery()) {
                    while (rs.next()) {
                        read++;
                        after = rs.getLong(1);
                        String key = TextNormalizer.styleKey(rs.getString(2));
                        if (key.isEmpty()) {
                            key = rs.getString(3); // no words (cannot be stored today): keep what it had
                        }
                        String sha = Hashes.sha256Hex(key);
                        int words = key.split(" ").length;
                        if (!key.equals(rs.getString(3))) {
                            update.setString(1, key);
                            update.setString(2, sha);
                            update.setInt(3, words);
                            update.setLong(4, after);
                            update.addBatch();
                        }
                        String linkKey = words >= MIN_WORDS_ACROSS_SPEAKERS ? sha : sha + ":" + rs.getLong(4);
                        long statement = root(mergedInto, rs.getLong(5));
                        Long other = statementOfKey.putIfAbsent(linkKey, statement);
                        if (other != null && root(mergedInto, other) != statement) {
                            union(mergedInto, statementOfKey, linkKey, statement, root(mergedInto, other));
                        }
                    }
                }
                update.executeBatch();
                more = read == PAGE;
            }
        }
        merge(c, mergedInto);
        rebuildKeys(c, statementOfKey, mergedInto);
    }

    /** The statement {@code id} ends up in. */
    private static long root(Map<Long, Long> mergedInto, long id) {
        long r = id;
        while (mergedInto.containsKey(r)) {
            r = mergedInto.get(r);
        }
        return r;
    }

    /** Merges statements {@code a} and {@code b} (both roots) into the older, the smaller id. */
    private static void union(
            Map<Long, Long> mergedInto, Map<String, Long> statementOfKey, String key, long a, long b) {
        long keep = Math.min(a, b);
        mergedInto.put(Math.max(a, b), keep);
        statementOfKey.put(key, keep);
    }

    private static void merge(Connection c, Map<Long, Long> mergedInto) throws Exception {
        if (mergedInto.isEmpty()) {
            return;
        }
        try (PreparedStatement move = c.prepareStatement("update quote set statement_id = ? where statement_id = ?");
                PreparedStatement delete = c.prepareStatement("delete from statement where id = ?")) {
            List<Long> gone = new ArrayList<>(mergedInto.keySet());
            for (long id : gone) {
                move.setLong(1, root(mergedInto, id));
                move.setLong(2, id);
                move.addBatch();
            }
            move.executeBatch();
            try (Statement s = c.createStatement()) {
                s.execute("delete from statement_key");
            }
            for (long id : gone) {
                delete.setLong(1, id);
                delete.addBatch();
            }
            delete.executeBatch();
        }
    }

    private static void rebuildKeys(Connection c, Map<String, Long> statementOfKey, Map<Long, Long> mergedInto)
            throws Exception {
        try (Statement s = c.createStatement()) {
            s.execute("delete from statement_key");
        }
        try (PreparedStatement insert =
                c.prepareStatement("insert into statement_key (link_key, statement_id) values (?, ?)")) {
            int batched = 0;
            for (Map.Entry<String, Long> e : statementOfKey.entrySet()) {
                insert.setString(1, e.getKey());
                insert.setLong(2, root(mergedInto, e.getValue()));
                insert.addBatch();
                if (++batched % PAGE == 0) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
        }
    }
}
