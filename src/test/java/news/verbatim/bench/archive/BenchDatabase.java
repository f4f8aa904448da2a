package news.verbatim.bench.archive;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/**
 * The store the benchmark runs on: H2 in the data directory (the default), or a fresh PostgreSQL database on
 * 127.0.0.1:5432 ({@code -Dbench.db=pg}), dropped and created again at the start of each run and served by the
 * PostgreSQL build of the service ({@code target/quarkus-app-pg}).
 */
final class BenchDatabase {

    private static final String PG_HOST = "jdbc:postgresql://127.0.0.1:5432/";
    private static final String PG_DATABASE = "verbatim_bench";
    private static final String PG_USER = "postgres";

    private final boolean postgres;

    BenchDatabase(String kind) {
        if (!kind.equals("h2") && !kind.equals("pg")) {
            throw new IllegalArgumentException("bench.db must be h2 or pg, got '" + kind + "'");
        }
        this.postgres = kind.equals("pg");
    }

    String name() {
        return postgres ? "PostgreSQL" : "H2";
    }

    Path jar() {
        Path jar = Path.of("target", postgres ? "quarkus-app-pg" : "quarkus-app", "quarkus-run.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: run ./mvnw -Pbench verify"
                    + (postgres ? " -Dbench.db=pg -Dpg.skip=false, which builds it" : ", which packages it"));
        }
        return jar;
    }

    /** What the service's environment needs besides the data directory. */
    Map<String, String> environment() {
        return postgres
                ? Map.of(
                        "VERBATIM_PG_URL",
                        PG_HOST + PG_DATABASE + "?reWriteBatchedInserts=true",
                        "VERBATIM_PG_USER",
                        PG_USER)
                : Map.of();
    }

    /** An empty database (H2 starts empty in the emptied data directory; PostgreSQL's is dropped and created). */
    void recreate() throws SQLException {
        if (postgres) {
            admin("drop database if exists " + PG_DATABASE + " with (force)");
            admin("create database " + PG_DATABASE);
        }
    }

    /** The database's size on disk in MiB: H2's files, or what PostgreSQL reports for the database. */
    double sizeMib(Path dataDir) throws IOException, SQLException {
        if (!postgres) {
            return ServiceProbe.sizeMib(dataDir.resolve("db"));
        }
        try (Connection c = DriverManager.getConnection(PG_HOST + "postgres", PG_USER, "");
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery("select pg_database_size('" + PG_DATABASE + "')")) {
            r.next();
            return r.getLong(1) / (1024.0 * 1024.0);
        }
    }

    private static void admin(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(PG_HOST + "postgres", PG_USER, "");
                Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
