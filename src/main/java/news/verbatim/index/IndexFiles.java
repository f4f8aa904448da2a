package news.verbatim.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.UUID;
import java.util.stream.Stream;

/** The index's files under the data directory: its folder and this instance's node id. */
final class IndexFiles {

    private static final boolean POSIX =
            FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private IndexFiles() {}

    static Path indexDir(Path dataDir) {
        return dataDir.resolve("index");
    }

    /** Creates {@code dir} (and its parents) readable by the owner only. */
    static void createPrivateDir(Path dir) throws IOException {
        if (POSIX) {
            Files.createDirectories(
                    dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
        } else {
            Files.createDirectories(dir);
        }
    }

    /** Deletes {@code dir} and everything in it. */
    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /**
     * This instance's id, kept in {@code <data-dir>/node-id}: the same across restarts, so the log's node table
     * holds one row per data directory.
     */
    static String nodeId(Path dataDir) {
        Path file = dataDir.resolve("node-id");
        try {
            if (Files.exists(file)) {
                String id = Files.readString(file, StandardCharsets.UTF_8).strip();
                if (!id.isEmpty()) {
                    return id;
                }
            }
            createPrivateDir(dataDir);
            String id = UUID.randomUUID().toString();
            Files.writeString(file, id + "\n", StandardCharsets.UTF_8);
            if (POSIX) {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            }
            return id;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or write the node id " + file, e);
        }
    }
}
