package db.migration;

import org.flywaydb.core.Flyway;

/** The application's migrations on an in-memory H2 database of a test's own, up to a chosen version. */
final class MigrationSupport {

    private MigrationSupport() {}

    static Flyway flyway(String url, String target) {
        return Flyway.configure()
                .dataSource(url, "sa", "")
                .locations("classpath:db/migration")
                .target(target)
                .load();
    }
}
