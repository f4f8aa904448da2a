package news.verbatim.web;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The checks of {@link ExtensionPackageTest} on the zip the package phase built. Failsafe runs it after package (and
 * sets {@code verbatim.packaged}); picked by a {@code -Dtest} pattern in the test phase, before there is a zip, it is
 * skipped.
 */
class ExtensionPackageIT extends ExtensionPackageTest {

    static final Path ZIP = Paths.get("target/verbatim-extension.zip");

    @Override
    Map<String, byte[]> packagedFiles() throws IOException {
        assumeTrue(Boolean.getBoolean("verbatim.packaged"), "runs after package, by failsafe");
        assertTrue(Files.isRegularFile(ZIP), ZIP + " is built by mvn package");
        Map<String, byte[]> files = new TreeMap<>();
        try (ZipFile zip = new ZipFile(ZIP.toFile())) {
            for (ZipEntry entry : zip.stream().toList()) {
                if (!entry.isDirectory()) {
                    try (var in = zip.getInputStream(entry)) {
                        files.put(entry.getName(), in.readAllBytes());
                    }
                }
            }
        }
        return files;
    }
}
