package news.verbatim.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The extension as the build assembles it: {@code src/main/extension} plus the web client's answer rendering copied
 * into {@code shared/}. This class checks the copy the build stages in {@code target/extension} (the one the browser
 * tests load); {@link ExtensionPackageIT} runs the same checks on {@code target/verbatim-extension.zip} after package.
 *
 * <pre>
 * shared/dom.js, shared/format.js, shared/render/*.js  &lt;- src/main/resources/META-INF/resources/js/…
 * shared/answer.css, shared/marks.css                   &lt;- src/main/resources/META-INF/resources/answer.css, marks.css
 * </pre>
 */
class ExtensionPackageTest {

    static final Path WEB_CLIENT = Paths.get("src/main/resources/META-INF/resources");
    static final Path EXTENSION_SOURCE = Paths.get("src/main/extension");

    /**
     * A file named in a script: imports ({@code from '../dom.js'}, {@code import(chrome.runtime.getURL('x.js'))}) and
     * the files the background injects or fetches ({@code files: ['panel.js']}).
     */
    private static final Pattern FILE_LITERAL = Pattern.compile("['\"]([A-Za-z0-9_./-]+\\.(?:js|css|html|png))['\"]");
    /** A file an extension page loads: {@code src="…"} or {@code href="…"} naming a local file. */
    private static final Pattern PAGE_FILE = Pattern.compile("(?:src|href)=\"(?!https?:|#)([^\"]+)\"");

    /** Extension file (relative path, '/'-separated) → bytes. */
    Map<String, byte[]> packagedFiles() throws IOException {
        return readTree(ExtensionTest.STAGED);
    }

    /** The web client files the build copies, by their path in the extension. */
    static Map<String, Path> sharedSources() throws IOException {
        Map<String, Path> shared = new TreeMap<>();
        Path js = WEB_CLIENT.resolve("js");
        shared.put("shared/dom.js", js.resolve("dom.js"));
        shared.put("shared/format.js", js.resolve("format.js"));
        shared.put("shared/answer.css", WEB_CLIENT.resolve("answer.css"));
        shared.put("shared/marks.css", WEB_CLIENT.resolve("marks.css"));
        try (Stream<Path> files = Files.walk(js.resolve("render"))) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                shared.put("shared/" + slashes(js.relativize(p)), p);
            }
        }
        return shared;
    }

    @Test
    void carriesTheWebClientsRenderModulesByteForByte() throws IOException {
        Map<String, byte[]> packaged = packagedFiles();
        Map<String, Path> sources = sharedSources();
        assertTrue(
                sources.containsKey("shared/render/answer.js") && sources.size() >= 12,
                sources.keySet().toString());
        for (Map.Entry<String, Path> e : sources.entrySet()) {
            assertTrue(packaged.containsKey(e.getKey()), "packaged: " + e.getKey());
            assertArrayEquals(
                    Files.readAllBytes(e.getValue()), packaged.get(e.getKey()), e.getKey() + " = " + e.getValue());
        }
        List<String> extraShared = packaged.keySet().stream()
                .filter(f -> f.startsWith("shared/") && !sources.containsKey(f))
                .toList();
        assertEquals(List.of(), extraShared, "shared/ holds only copies of the web client's files");
    }

    @Test
    void everyModuleAndFileTheExtensionLoadsIsInIt() throws IOException {
        Map<String, byte[]> packaged = packagedFiles();
        List<String> missing = new ArrayList<>();
        int references = 0;
        for (Map.Entry<String, byte[]> e : packaged.entrySet()) {
            String file = e.getKey();
            String text = new String(e.getValue(), StandardCharsets.UTF_8);
            Pattern pattern = file.endsWith(".js") ? FILE_LITERAL : file.endsWith(".html") ? PAGE_FILE : null;
            if (pattern == null) {
                continue;
            }
            Matcher m = pattern.matcher(text);
            while (m.find()) {
                references++;
                String target = resolve(file, m.group(1));
                if (!packaged.containsKey(target)) {
                    missing.add(file + " -> " + m.group(1));
                }
            }
        }
        // A shared module importing a module of the web page only (page.js, router.js …) would show here.
        assertEquals(List.of(), missing, "references to files the extension does not carry");
        assertTrue(references > 30, "found the imports: " + references);
        String manifest = new String(packaged.get("manifest.json"), StandardCharsets.UTF_8);
        for (String file : List.of("background.js", "popup.html", "options.html", "answer-view.js")) {
            assertTrue(manifest.contains("\"" + file + "\""), "manifest names " + file);
            assertTrue(packaged.containsKey(file), file);
        }
        assertFalse(
                packaged.containsKey("README.md") || packaged.keySet().stream().anyMatch(f -> f.startsWith("tools/")));
    }

    /** "Exists once in the source tree": the extension's sources hold no copy of a shared module. */
    @Test
    void theExtensionSourcesHoldNoCopyOfTheRenderer() throws IOException {
        assertFalse(Files.exists(EXTENSION_SOURCE.resolve("shared")), "shared/ is filled by the build only");
        Map<String, byte[]> sources = readTree(EXTENSION_SOURCE);
        for (Path shared : sharedSources().values()) {
            byte[] bytes = Files.readAllBytes(shared);
            for (Map.Entry<String, byte[]> e : sources.entrySet()) {
                assertFalse(Arrays.equals(bytes, e.getValue()), e.getKey() + " is a copy of " + shared);
            }
        }
    }

    static Map<String, byte[]> readTree(Path root) throws IOException {
        assertTrue(Files.isDirectory(root), root + " exists (staged by mvn process-resources)");
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            walk.filter(Files::isRegularFile).forEach(p -> {
                try {
                    files.put(slashes(root.relativize(p)), Files.readAllBytes(p));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        return files;
    }

    /** {@code reference} as written in {@code file}, as a path from the extension's root. */
    static String resolve(String file, String reference) {
        String ref = reference.replaceFirst("[?#].*$", "");
        Path base = ref.startsWith("/") ? Paths.get("") : parentOf(file);
        return slashes(base.resolve(ref.replaceFirst("^/", "")).normalize());
    }

    private static Path parentOf(String file) {
        Path parent = Paths.get(file).getParent();
        return parent == null ? Paths.get("") : parent;
    }

    private static String slashes(Path p) {
        return p.toString().replace('\\', '/');
    }
}
