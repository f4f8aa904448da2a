package db.migration;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Keeps each copy-detection key to the first {@value #CAPACITY} articles stored with it, as new articles now do
 * ({@code verbatim.copies.band-capacity}, its default). At 500, a key row of the benchmark's generated
 * 60,000-quote corpus shared its key with 20 others on average, every new article read about a thousand rows to
 * find its copies and the import slowed as the store grew; a story is carried by far fewer outlets than 50, and
 * one carried by more is still linked through the copies stored first.
 */
public class V15__Article_band_capacity_50 extends BaseJavaMigration {

    static final int CAPACITY = 50;

    @Override
    public void migrate(Context context) throws Exception {
        BandTrim.toCapacity(context.getConnection(), CAPACITY);
    }
}
