package db.migration;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Keeps each copy-detection key to the first {@value #CAPACITY} articles stored with it, as new articles then did: a
 * key held by thousands is page furniture every article prints, and each new article with it read all of them.
 */
public class V14__Article_band_capacity extends BaseJavaMigration {

    static final int CAPACITY = 500;

    @Override
    public void migrate(Context context) throws Exception {
        BandTrim.toCapacity(context.getConnection(), CAPACITY);
    }
}
