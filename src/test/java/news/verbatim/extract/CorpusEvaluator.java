package news.verbatim.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import news.verbatim.text.TextNormalizer;

/**
 * Scores {@link QuoteExtractor} against hand-labelled articles (the seed fixtures and the extraction corpus),
 * with the matching rule every report uses: an extracted quote matches an expected one when their
 * {@link TextNormalizer#normalize normalised} texts are equal, or one contains the other and the shorter has
 * at least 80 % of the longer's words (a partial match).
 */
final class CorpusEvaluator {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One hand-labelled quote. */
    record Expected(
            String text,
            String speaker,
            String speakerKind,
            String kind,
            boolean continuesPrevious,
            List<String> alsoAcceptable) {
        int words() {
            String n = TextNormalizer.normalize(text);
            return n.isEmpty() ? 0 : n.split(" ").length;
        }
    }

    /** One article with its labels. */
    record Labelled(String id, String raw, List<Expected> quotes, List<String> notQuotes) {}

    /** An extracted quote paired with the expected quote it matches (or null). */
    record Pair(ExtractedQuote got, Expected want, boolean partial) {}

    /** Scores of one article (or of a union of articles, by summing). */
    static final class Score {
        String id;
        int extracted;
        int truePositives;
        int partials;
        int notQuoteHits;
        int fullLong;
        int fullLongFound;
        int personMatched;
        int personCorrect;
        int allMatched;
        int allCorrect;
        int kindCorrect;
        int contCorrect;
        /** Quotes labelled PERSON that the extractor gave to a different PERSON: worse than no name at all. */
        int wrongPersons;

        final List<String> problems = new ArrayList<>();

        double precision() {
            return extracted == 0 ? 1.0 : (double) truePositives / extracted;
        }

        double recall() {
            return fullLong == 0 ? 1.0 : (double) fullLongFound / fullLong;
        }

        double speakerAccuracy() {
            return personMatched == 0 ? 1.0 : (double) personCorrect / personMatched;
        }

        void add(Score o) {
            extracted += o.extracted;
            truePositives += o.truePositives;
            partials += o.partials;
            notQuoteHits += o.notQuoteHits;
            fullLong += o.fullLong;
            fullLongFound += o.fullLongFound;
            personMatched += o.personMatched;
            personCorrect += o.personCorrect;
            allMatched += o.allMatched;
            allCorrect += o.allCorrect;
            kindCorrect += o.kindCorrect;
            contCorrect += o.contCorrect;
            wrongPersons += o.wrongPersons;
        }

        String row() {
            return String.format(
                    Locale.ROOT,
                    "%-58s %4d %4d %4d %6.3f %3d/%-3d %6.3f %3d/%-3d %6.3f %3d/%-3d %5.2f %5.2f",
                    id,
                    extracted,
                    truePositives,
                    partials,
                    precision(),
                    fullLongFound,
                    fullLong,
                    recall(),
                    personCorrect,
                    personMatched,
                    speakerAccuracy(),
                    allCorrect,
                    allMatched,
                    allMatched == 0 ? 1.0 : (double) kindCorrect / allMatched,
                    allMatched == 0 ? 1.0 : (double) contCorrect / allMatched);
        }

        static String header() {
            return String.format(
                    Locale.ROOT,
                    "%-58s %4s %4s %4s %6s %7s %6s %7s %6s %7s %5s %5s",
                    "article",
                    "ext",
                    "tp",
                    "part",
                    "prec",
                    "full5+",
                    "recall",
                    "person",
                    "spkAcc",
                    "allSpk",
                    "kind",
                    "cont");
        }
    }

    /** Loads every article of {@code articlesDir} that has a label file in {@code expectedDir}. */
    static List<Labelled> load(Path articlesDir, Path expectedDir) {
        List<Labelled> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(expectedDir)) {
            for (Path json :
                    files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                String id = json.getFileName().toString().replaceFirst("\\.json$", "");
                Path article = articlesDir.resolve(id + ".txt");
                JsonNode root = JSON.readTree(json.toFile());
                List<Expected> quotes = new ArrayList<>();
                for (JsonNode q : root.path("quotes")) {
                    List<String> also = new ArrayList<>();
                    for (JsonNode a : q.path("alsoAcceptable")) {
                        also.add(a.asText());
                    }
                    quotes.add(new Expected(
                            q.path("text").asText(),
                            q.path("speaker").asText(),
                            q.path("speakerKind").asText(),
                            q.path("kind").asText(),
                            q.path("continuesPrevious").asBoolean(),
                            also));
                }
                List<String> not = new ArrayList<>();
                for (JsonNode q : root.path("notQuotes")) {
                    not.add(q.path("text").asText());
                }
                out.add(new Labelled(id, Files.readString(article, StandardCharsets.UTF_8), quotes, not));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** Whether two quote texts match under the 80 % containment rule; 0 = no, 1 = exact, 2 = partial. */
    static int match(String a, String b) {
        String na = TextNormalizer.normalize(a);
        String nb = TextNormalizer.normalize(b);
        if (na.isEmpty() || nb.isEmpty()) {
            return 0;
        }
        if (na.equals(nb)) {
            return 1;
        }
        String longer = na.length() >= nb.length() ? na : nb;
        String shorter = longer == na ? nb : na;
        if (!(" " + longer + " ").contains(" " + shorter + " ")) {
            return 0;
        }
        double ratio = (double) shorter.split(" ").length / longer.split(" ").length;
        return ratio >= 0.8 ? 2 : 0;
    }

    static Score score(Labelled a, ExtractionResult r) {
        Score sc = new Score();
        sc.id = a.id();
        sc.extracted = r.quotes().size();
        boolean[] used = new boolean[a.quotes().size()];
        List<Pair> pairs = new ArrayList<>();
        for (ExtractedQuote q : r.quotes()) {
            Expected best = null;
            int bestIdx = -1;
            int bestType = 0;
            for (int i = 0; i < a.quotes().size(); i++) {
                if (used[i]) {
                    continue;
                }
                int m = match(q.text(), a.quotes().get(i).text());
                if (m != 0 && (bestType == 0 || m < bestType)) {
                    best = a.quotes().get(i);
                    bestIdx = i;
                    bestType = m;
                    if (m == 1) {
                        break;
                    }
                }
            }
            if (best != null) {
                used[bestIdx] = true;
                pairs.add(new Pair(q, best, bestType == 2));
            } else {
                boolean nq = a.notQuotes().stream().anyMatch(t -> match(t, q.text()) != 0);
                if (nq) {
                    sc.notQuoteHits++;
                }
                sc.problems.add((nq ? "NOT-QUOTE " : "EXTRA     ") + "\"" + q.text() + "\"");
            }
        }
        for (Pair p : pairs) {
            sc.truePositives++;
            if (p.partial()) {
                sc.partials++;
                sc.problems.add("PARTIAL   got \"" + p.got().text() + "\"\n              want \""
                        + p.want().text() + "\"");
            }
            Expected w = p.want();
            ExtractedSpeaker s = p.got().speaker();
            boolean speakerOk =
                    (s.name().equals(w.speaker()) || w.alsoAcceptable().contains(s.name()))
                            && (s.kind().name().equals(w.speakerKind())
                                    || !w.alsoAcceptable().isEmpty());
            sc.allMatched++;
            if (speakerOk) {
                sc.allCorrect++;
            }
            if ("PERSON".equals(w.speakerKind())) {
                sc.personMatched++;
                if (speakerOk) {
                    sc.personCorrect++;
                } else if (s.kind() == SpeakerType.PERSON) {
                    sc.wrongPersons++;
                }
            }
            if (!speakerOk) {
                sc.problems.add("SPEAKER   \"" + abbreviate(w.text()) + "\": got " + s.kind() + " '" + s.name()
                        + "', want " + w.speakerKind() + " '" + w.speaker() + "'");
            }
            if (p.got().kind().name().equals(w.kind())) {
                sc.kindCorrect++;
            } else {
                sc.problems.add("KIND      \"" + abbreviate(w.text()) + "\": got "
                        + p.got().kind() + ", want " + w.kind());
            }
            if (p.got().continuesPrevious() == w.continuesPrevious()) {
                sc.contCorrect++;
            } else {
                sc.problems.add("CONT      \"" + abbreviate(w.text()) + "\": got "
                        + p.got().continuesPrevious());
            }
        }
        for (int i = 0; i < a.quotes().size(); i++) {
            Expected w = a.quotes().get(i);
            boolean fullLong = "FULL".equals(w.kind()) && w.words() >= 5;
            if (fullLong) {
                sc.fullLong++;
                if (used[i]) {
                    sc.fullLongFound++;
                }
            }
            if (!used[i]) {
                sc.problems.add("MISSED    " + w.kind() + " \"" + w.text() + "\"");
            }
        }
        return sc;
    }

    private static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }
}
