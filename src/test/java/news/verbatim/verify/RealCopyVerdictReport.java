package news.verbatim.verify;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import news.verbatim.extract.ExtractedQuote;
import news.verbatim.extract.QuoteExtractor;
import news.verbatim.extract.SpeakerType;
import news.verbatim.index.Candidate;
import news.verbatim.index.IndexedQuote;
import news.verbatim.index.QuoteIndex;
import news.verbatim.text.TextNormalizer;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/**
 * What a journalist checking a correct quote with its correct speaker is told, over the real-copy corpora:
 * every article of a set is extracted into one index, then every labelled FULL quote of five words or more by a
 * named person is verified with that person claimed. The issue's target is zero MISATTRIBUTED answers: a
 * speaker the extractor could not establish must come back UNATTRIBUTED, never as an accusation.
 *
 * <p>Engine level (extractor, index, verifier; no database): a claimed name resolves to the extracted speakers
 * of that name or with it among their printed forms, as the service's alias match does. Prints the counts; the
 * held-out set only with {@code -Dextract.heldout=true}.
 *
 * <pre>
 * ./mvnw -q test -Dtest=RealCopyVerdictReport -Dextract.heldout=true -Dpg.skip
 * </pre>
 */
class RealCopyVerdictReport {

    private static final Path ROOT = Path.of("src", "test", "resources", "extract");
    private static final int MIN_WORDS = 5;

    @Test
    void realisticSet() throws IOException {
        report("REALISTIC", ROOT.resolve("realistic"));
    }

    @Test
    void heldoutSet() throws IOException {
        if (Boolean.getBoolean("extract.heldout")) {
            report("HELDOUT", ROOT.resolve("heldout"));
        }
    }

    private static void report(String label, Path dir) throws IOException {
        QuoteExtractor extractor = new QuoteExtractor();
        List<AttestedQuote> attested = new ArrayList<>();
        Map<String, Long> speakerIds = new HashMap<>();
        Map<Long, Set<String>> forms = new HashMap<>();
        List<String[]> checks = new ArrayList<>(); // {text, speaker}
        ObjectMapper json = new ObjectMapper();
        try (Stream<Path> files = Files.list(dir.resolve("expected"))) {
            for (Path f :
                    files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                String id = f.getFileName().toString().replaceFirst("\\.json$", "");
                String raw = Files.readString(dir.resolve("articles").resolve(id + ".txt"), StandardCharsets.UTF_8);
                for (ExtractedQuote q : extractor.extract(raw).quotes()) {
                    String name = q.speaker().kind() + ":" + q.speaker().name();
                    long sid = speakerIds.computeIfAbsent(
                            name + "@" + (q.speaker().kind() == SpeakerType.PERSON ? "" : id),
                            k -> (long) speakerIds.size() + 1);
                    forms.computeIfAbsent(sid, k -> new HashSet<>())
                            .add(q.speaker().name());
                    forms.get(sid).addAll(q.speaker().nameForms());
                    long qid = attested.size() + 1;
                    attested.add(new AttestedQuote(
                            qid,
                            q.text(),
                            sid,
                            q.speaker().name(),
                            qid,
                            q.kind(),
                            q.speaker().kind(),
                            null));
                }
                for (JsonNode q : json.readTree(f.toFile()).path("quotes")) {
                    String text = q.path("text").asText();
                    boolean full = "FULL".equals(q.path("kind").asText());
                    if ("PERSON".equals(q.path("speakerKind").asText())
                            && full
                            && TextNormalizer.tokenize(text).size() >= MIN_WORDS) {
                        checks.add(new String[] {text, q.path("speaker").asText()});
                    }
                }
            }
        }
        Map<Long, AttestedQuote> byId = new HashMap<>();
        attested.forEach(a -> byId.put(a.quoteId(), a));
        Map<Verdict, Integer> counts = new EnumMap<>(Verdict.class);
        StringBuilder accusations = new StringBuilder();
        Verifier verifier = new Verifier();
        try (QuoteIndex index = new QuoteIndex(new ByteBuffersDirectory())) {
            index.replaceAll(attested.stream()
                    .map(a -> new IndexedQuote(a.quoteId(), a.text()))
                    .toList());
            for (String[] check : checks) {
                SubmittedQuote submitted = SubmittedQuote.parse(check[0]);
                Set<Long> claimed = new HashSet<>();
                forms.forEach((sid, names) -> {
                    if (names.contains(check[1])) {
                        claimed.add(sid);
                    }
                });
                List<AttestedQuote> candidates = new ArrayList<>();
                for (Candidate c : index.candidates(submitted.parts(), 10)) {
                    candidates.add(byId.get(c.quoteId()));
                }
                Verification v = verifier.verify(submitted, new SpeakerClaim(check[1], claimed), candidates);
                counts.merge(v.verdict(), 1, Integer::sum);
                if (v.verdict() == Verdict.MISATTRIBUTED) {
                    accusations
                            .append("   MISATTRIBUTED \"")
                            .append(check[0])
                            .append("\" claimed ")
                            .append(check[1])
                            .append(": ")
                            .append(v.explanation())
                            .append('\n');
                }
            }
        }
        System.out.println(label + ": " + checks.size() + " correct quote + correct speaker checks → " + counts);
        System.out.print(accusations);
        assertTrue(checks.size() > 0, "no checks in " + dir);
    }
}
