package news.verbatim.bench.archive;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import news.verbatim.PackagedService;

/** What the harness reads off the running service besides its answers: heap in use and bytes on disk. */
final class ServiceProbe {

    private static final String HEAP_USED = "jvm_memory_used_bytes{area=\"heap\"";

    private ServiceProbe() {}

    /** Heap in use by every heap pool, from the Prometheus metrics ({@code /q/metrics}), in MiB. */
    static double heapUsedMib(PackagedService service) throws IOException, InterruptedException {
        String metrics = service.get("/q/metrics").body();
        double bytes = metrics.lines()
                .filter(line -> line.startsWith(HEAP_USED))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .sum();
        return bytes / (1024 * 1024);
    }

    /** Heap in use after a full collection ({@code jcmd <pid> GC.run}): what the phase really keeps. */
    static double liveHeapMib(PackagedService service) throws IOException, InterruptedException {
        Process jcmd = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                        Long.toString(service.pid()),
                        "GC.run")
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        if (!jcmd.waitFor(60, TimeUnit.SECONDS)) {
            jcmd.destroyForcibly();
            throw new IllegalStateException("jcmd GC.run did not finish within 60 s");
        }
        return heapUsedMib(service);
    }

    /** Bytes of every file under {@code dir}, in MiB (0 when it does not exist). */
    static double sizeMib(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            long bytes = files.filter(Files::isRegularFile)
                    .mapToLong(file -> {
                        try {
                            return Files.size(file);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    })
                    .sum();
            return bytes / (1024.0 * 1024.0);
        }
    }
}
