package news.verbatim;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The packaged service ({@code target/quarkus-app/quarkus-run.jar}) run as a separate process, as it runs in
 * production, for the tests that kill it or run several of it. Its output goes to a log file of its own.
 *
 * <pre>{@code
 * PackagedService s = new PackagedService("node-a", dataDir, Map.of("VERBATIM_API_KEYS", "k"));
 * s.start();                 // and waits until it is ready
 * s.post("/api/v1/articles", json, "k");
 * s.kill();                  // SIGKILL: no shutdown hook runs
 * }</pre>
 */
public final class PackagedService {

    static final Path JAR = Path.of("target", "quarkus-app", "quarkus-run.jar");
    private static final Duration DEFAULT_READY_TIMEOUT = Duration.ofSeconds(120);

    private final String name;
    private final Path jar;
    private final Path dataDir;
    private final Map<String, String> env;
    private final List<String> jvmArgs;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Path log;
    private int starts;
    private int port;
    private Process process;
    private Duration readyTimeout = DEFAULT_READY_TIMEOUT;

    public PackagedService(String name, Path dataDir, Map<String, String> env, List<String> jvmArgs, Path jar) {
        this.name = name;
        this.jar = jar;
        this.dataDir = dataDir;
        this.env = new LinkedHashMap<>(env);
        this.jvmArgs = List.copyOf(jvmArgs);
        this.log = dataDir.resolveSibling(name + ".log");
    }

    public PackagedService(String name, Path dataDir, Map<String, String> env) {
        this(name, dataDir, env, List.of(), JAR);
    }

    /** Whether the package phase built the jar (these tests run after it, under failsafe). */
    public static boolean isBuilt() {
        return Files.isRegularFile(JAR);
    }

    /** Starts the process on a free port and waits until its readiness check is UP. */
    public void start() throws IOException, InterruptedException {
        port = freePort();
        starts++;
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx512m");
        command.addAll(jvmArgs);
        command.add("-jar");
        command.add(jar.toAbsolutePath().toString());
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(env);
        builder.environment().put("QUARKUS_HTTP_PORT", Integer.toString(port));
        builder.environment().put("VERBATIM_DATA_DIR", dataDir.toAbsolutePath().toString());
        builder.environment().putIfAbsent("VERBATIM_FIXTURES_LOAD", "false");
        builder.environment().putIfAbsent("VERBATIM_RATE_LIMIT_ENABLED", "false");
        Files.writeString(
                log,
                "\n===== " + name + " start " + starts + " on port " + port + "\n",
                java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.APPEND);
        process = builder.start();
        long deadline = System.nanoTime() + readyTimeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + "; see " + log);
            }
            try {
                if (get("/q/health/ready").statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException(name + " was not ready within " + readyTimeout + "; see " + log);
    }

    /** How long {@link #start()} waits for readiness (a large corpus whose index must be rebuilt takes longer). */
    public void readyTimeout(Duration timeout) {
        this.readyTimeout = timeout;
    }

    /** The operating-system id of the running process, for reading its CPU time in {@code /proc}. */
    public long pid() {
        return process.pid();
    }

    /** SIGKILL: the process gets no chance to flush, commit or close anything. */
    public void kill() throws InterruptedException {
        if (process != null) {
            process.destroyForcibly();
            process.waitFor();
        }
    }

    /** SIGTERM and wait: the graceful path. */
    public void stop() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(uri(path))
                        .timeout(Duration.ofSeconds(30))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> post(String path, String json, String key) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (key != null) {
            b.header("X-API-Key", key);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> delete(String path, String key) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(uri(path))
                        .timeout(Duration.ofSeconds(30))
                        .header("X-API-Key", key)
                        .DELETE()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    public int port() {
        return port;
    }

    /** Everything the process wrote, all starts together. */
    public String output() throws IOException {
        return Files.readString(log);
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
