package news.verbatim.verify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import news.verbatim.extract.QuoteForm;
import news.verbatim.extract.SpeakerType;
import news.verbatim.text.TextNormalizer;

/**
 * The real quotes of the seed articles, for tests and the benchmark: the hand-checked ones in
 * {@code fixtures/expected/*.json} (text, speaker, kind), in file order, with ids from 1, speaker ids by
 * first appearance of the speaker's name, and statement id = quote id. {@link #extractFromArticles} adds the
 * quoted passages a plain regex finds in {@code fixtures/articles} (the seed texts).
 */
final class SeedQuotes {

    private SeedQuotes() {}

    /** The fixture folder, from the project root (where Maven runs tests). */
    static Path fixtures() {
        return Path.of(System.getProperty("verbatim.fixtures", "fixtures"));
    }

    static List<AttestedQuote> load() {
        return load(fixtures());
    }

    static List<AttestedQuote> load(Path fixtures) {
        ObjectMapper json = new ObjectMapper();
        Map<String, Long> speakerIds = new LinkedHashMap<>();
        List<AttestedQuote> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(fixtures.resolve("expected"))) {
            for (Path f :
                    files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                for (JsonNode q : json.readTree(f.toFile()).get("quotes")) {
                    String speaker = q.get("speaker").asText();
                    long speakerId = speakerIds.computeIfAbsent(speaker, s -> (long) speakerIds.size() + 1);
                    long id = out.size() + 1;
                    out.add(new AttestedQuote(
                            id,
                            q.get("text").asText(),
                            speakerId,
                            speaker,
                            id,
                            QuoteForm.valueOf(q.get("kind").asText()),
                            SpeakerType.valueOf(q.get("speakerKind").asText()),
                            null,
                            null));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** The first quote whose text starts with {@code prefix}. */
    static AttestedQuote find(List<AttestedQuote> quotes, String prefix) {
        return quotes.stream()
                .filter(q -> q.text().startsWith(prefix))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no seed quote starts with " + prefix));
    }

    private static final Pattern QUOTED = Pattern.compile("[“”\"]([^“”\"\\n]{12,400}?)[“”\"]");

    /**
     * Passages of at least three words between double quotation marks in the seed articles that are not
     * already in {@code known} (by normalised text), as quotes of an unknown speaker (id 0) with ids from
     * {@code firstId}.
     */
    static List<AttestedQuote> extractFromArticles(Path fixtures, List<AttestedQuote> known, long firstId) {
        Set<String> seen = new LinkedHashSet<>();
        known.forEach(q -> seen.add(TextNormalizer.normalize(q.text())));
        List<AttestedQuote> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(fixtures.resolve("articles"))) {
            for (Path f :
                    files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                Matcher m = QUOTED.matcher(Files.readString(f));
                while (m.find()) {
                    String text = m.group(1).strip();
                    String norm = TextNormalizer.normalize(text);
                    if (norm.split(" ").length >= 3 && seen.add(norm)) {
                        long id = firstId + out.size();
                        out.add(new AttestedQuote(
                                id, text, 0, "unknown speaker", id, QuoteForm.FULL, SpeakerType.UNKNOWN, null, null));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
