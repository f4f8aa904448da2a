package news.verbatim.bench.archive;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes a deterministic news-like corpus of about N quotes as NDJSON for {@code POST /api/v1/import}: one article
 * per line in the shape of {@code POST /api/v1/articles}, the same bytes for the same seed and size.
 *
 * <p>Each article carries four to eight quotations attributed as wire copy does ("“…,” Ann Roe said."). About a
 * third of the quotations repeat a recent remark, as another outlet carries it: verbatim, or with a leading "But",
 * cut to a fragment, or with one word changed. One article in twenty is a verbatim reprint of a recent article by
 * another outlet. Nouns follow a Zipf law; speakers (several thousand) are drawn by a Zipf law too, so a few are
 * quoted very often; outlets (a few hundred) uniformly.
 *
 * <pre>{@code
 * try (Writer out = Files.newBufferedWriter(path)) {
 *     CorpusStats stats = new CorpusGenerator(7).write(100_000, out);
 * }
 * }</pre>
 */
final class CorpusGenerator {

    static final double REPEAT_SHARE = 0.35;
    static final double REPRINT_SHARE = 0.05;
    static final int MIN_QUOTES_PER_ARTICLE = 4;
    static final int MAX_QUOTES_PER_ARTICLE = 8;
    /** Remarks (and articles) that later articles may repeat: recent news is what other outlets carry. */
    private static final int RECENT_REMARKS = 2_000;

    private static final int RECENT_ARTICLES = 200;
    private static final int FRAGMENT_WORDS = 8;
    private static final LocalDate FIRST_DAY = LocalDate.of(2024, 1, 1);
    private static final List<String> CUES = List.of("said", "told reporters", "added", "said on Tuesday");

    private final Vocabulary vocabulary = new Vocabulary();
    private final List<String> speakers = vocabulary.speakers();
    private final List<String> outlets = vocabulary.outlets();
    private final ObjectMapper json = new ObjectMapper();
    private final long seed;

    CorpusGenerator(long seed) {
        this.seed = seed;
    }

    /** Writes articles until at least {@code quotes} quotations are written; answers what was written. */
    CorpusStats write(int quotes, Writer out) throws IOException {
        if (quotes < 1) {
            throw new IllegalArgumentException("quotes must be at least 1, got " + quotes);
        }
        Random random = new Random(seed);
        List<Remark> recentRemarks = new ArrayList<>();
        List<Story> recentStories = new ArrayList<>();
        CorpusStats.Counter counter = new CorpusStats.Counter();
        for (int i = 0; counter.quotes < quotes; i++) {
            String outlet = outlets.get(random.nextInt(outlets.size()));
            Story story;
            if (recentStories.size() > 10 && random.nextDouble() < REPRINT_SHARE) {
                Story original = recentStories.get(random.nextInt(recentStories.size()));
                while (outlet.equals(original.outlet())) {
                    outlet = outlets.get(random.nextInt(outlets.size()));
                }
                story = new Story(outlet, original.title(), original.text(), original.quotes());
                counter.reprints++;
            } else {
                story = newStory(random, i, outlet, recentRemarks, counter);
                remember(recentStories, story, RECENT_ARTICLES);
            }
            writeLine(out, i, story, random);
            counter.articles++;
            counter.quotes += story.quotes();
            counter.outlets.add(outlet);
        }
        return counter.stats();
    }

    private Story newStory(Random random, int i, String outlet, List<Remark> recent, CorpusStats.Counter counter) {
        String place =
                vocabulary.surnames().get(random.nextInt(vocabulary.surnames().size())) + "ville";
        StringBuilder text = new StringBuilder(
                "The " + vocabulary.zipfNoun(random) + " of " + place + " was in the news again on day " + i + ".");
        int quotes = MIN_QUOTES_PER_ARTICLE + random.nextInt(MAX_QUOTES_PER_ARTICLE - MIN_QUOTES_PER_ARTICLE + 1);
        for (int q = 0; q < quotes; q++) {
            Remark remark;
            if (!recent.isEmpty() && random.nextDouble() < REPEAT_SHARE) {
                remark = vary(random, recent.get(random.nextInt(recent.size())), counter);
                counter.repeats++;
            } else {
                remark = new Remark(speakers.get(Vocabulary.zipfRank(random, speakers.size())), newRemark(random));
                remember(recent, remark, RECENT_REMARKS);
            }
            counter.speakers.add(remark.speaker());
            String cue = CUES.get(random.nextInt(CUES.size()));
            text.append("\n\n“")
                    .append(remark.words())
                    .append(",” ")
                    .append(remark.speaker())
                    .append(' ');
            text.append(cue).append('.');
            text.append("\n\nThe ").append(vocabulary.zipfNoun(random)).append(" and the ");
            text.append(vocabulary.zipfNoun(random)).append(" were discussed at length.");
        }
        String title =
                "Story " + i + ": the " + vocabulary.zipfNoun(random) + " and the " + vocabulary.zipfNoun(random);
        return new Story(outlet, title, text.toString(), quotes);
    }

    /** Two to four clauses: "The council will fund the bridge of the town, and the …". */
    private String newRemark(Random random) {
        int clauses = 2 + random.nextInt(3);
        StringBuilder s = new StringBuilder();
        for (int c = 0; c < clauses; c++) {
            if (c > 0) {
                s.append(", and ");
            }
            s.append("the ").append(vocabulary.zipfNoun(random)).append(' ').append(vocabulary.modal(random));
            s.append(' ').append(vocabulary.action(random)).append(" the ").append(vocabulary.zipfNoun(random));
            s.append(" of the ").append(vocabulary.zipfNoun(random));
        }
        return capitalise(s.toString());
    }

    /** The remark as another outlet prints it: mostly verbatim, else with a "But", cut short, or a word changed. */
    private Remark vary(Random random, Remark remark, CorpusStats.Counter counter) {
        double variant = random.nextDouble();
        String words = remark.words();
        if (variant < 0.1) {
            words = "But " + Character.toLowerCase(words.charAt(0)) + words.substring(1);
            counter.butVariants++;
        } else if (variant < 0.2) {
            String[] split = words.split(" ");
            words = String.join(" ", List.of(split).subList(0, Math.min(FRAGMENT_WORDS, split.length)))
                    .replaceAll(",$", "");
            counter.fragments++;
        } else if (variant < 0.3) {
            String[] split = words.split(" ");
            int at = 1; // the first noun after "The"
            split[at] = vocabulary.otherNoun(random, split[at]);
            words = String.join(" ", split);
            counter.changedWords++;
        }
        return new Remark(remark.speaker(), words);
    }

    private void writeLine(Writer out, int i, Story story, Random random) throws IOException {
        ObjectNode line = json.createObjectNode();
        line.put("outlet", story.outlet());
        line.put("title", story.title());
        line.put("url", "https://" + story.outlet().toLowerCase().replace(' ', '-') + ".example/story/" + i);
        line.put("publishedAt", FIRST_DAY.plusDays(i % 730).toString());
        line.put("author", speakers.get(random.nextInt(speakers.size())));
        line.put("text", story.text());
        out.write(json.writeValueAsString(line));
        out.write('\n');
    }

    private static <T> void remember(List<T> recent, T item, int limit) {
        if (recent.size() == limit) {
            recent.remove(0);
        }
        recent.add(item);
    }

    private static String capitalise(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private record Remark(String speaker, String words) {}

    private record Story(String outlet, String title, String text, int quotes) {}
}
