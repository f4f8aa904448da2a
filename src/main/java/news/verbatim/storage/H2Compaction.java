package news.verbatim.storage;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Compacts the embedded H2 file when the service stops cleanly. The file is opened with
 * {@code REUSE_SPACE=FALSE} (see application.properties: with space reuse, kill -9 could lose acknowledged
 * commits), so it only grows while the service runs; {@code SHUTDOWN COMPACT} rewrites it to its live data.
 * Runs after every other shutdown step that uses the database (the index follower stops earlier).
 */
@ApplicationScoped
public class H2Compaction {

    private static final Logger LOG = Logger.getLogger(H2Compaction.class);

    private final AgroalDataSource dataSource;
    private final boolean h2File;

    public H2Compaction(
            AgroalDataSource dataSource,
            @ConfigProperty(name = "quarkus.datasource.db-kind") String dbKind,
            @ConfigProperty(name = "quarkus.datasource.jdbc.url") String url) {
        this.dataSource = dataSource;
        this.h2File = "h2".equalsIgnoreCase(dbKind) && url.startsWith("jdbc:h2:file:");
    }

    void onStop(@Observes @Priority(Interceptor.Priority.PLATFORM_AFTER + 1000) ShutdownEvent event) {
        if (!h2File) {
            return;
        }
        long started = System.nanoTime();
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            s.execute("SHUTDOWN COMPACT");
            LOG.infof("Compacted the H2 database in %d ms", (System.nanoTime() - started) / 1_000_000);
        } catch (SQLException e) {
            LOG.warnf(e, "Could not compact the H2 database at shutdown; it stays as large as it grew");
        }
    }
}
