package news.verbatim.bench.archive;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Submissions to verify, drawn from the exported corpus in a fixed rotation of four kinds: a stored quote as it
 * is, a run of its words (an excerpt), the quote with one word changed, and words the generator could have
 * written but (most likely) did not.
 */
final class Submissions {

    enum Kind {
        EXACT,
        EXCERPT,
        ALTERED,
        INVENTED
    }

    record Submission(Kind kind, String quote) {}

    private static final int MIN_EXCERPT_WORDS = 6;

    private Submissions() {}

    /** {@code count} submissions from {@code quoteTexts}, the same ones for the same seed and corpus. */
    static List<Submission> draw(List<String> quoteTexts, int count, long seed) {
        if (quoteTexts.isEmpty()) {
            throw new IllegalArgumentException("the corpus holds no quote to draw submissions from");
        }
        Vocabulary vocabulary = new Vocabulary();
        Random random = new Random(seed);
        List<Submission> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Kind kind = Kind.values()[i % Kind.values().length];
            String text = quoteTexts.get(random.nextInt(quoteTexts.size()));
            String[] words = text.split(" ");
            String quote = switch (kind) {
                case EXACT -> text;
                case EXCERPT -> excerpt(words, random);
                case ALTERED -> altered(words, random, vocabulary);
                case INVENTED -> invented(random, vocabulary);
            };
            out.add(new Submission(kind, quote));
        }
        return out;
    }

    private static String excerpt(String[] words, Random random) {
        if (words.length <= MIN_EXCERPT_WORDS + 1) {
            return String.join(" ", words);
        }
        int length = MIN_EXCERPT_WORDS + random.nextInt(words.length - MIN_EXCERPT_WORDS);
        int from = random.nextInt(words.length - length + 1);
        return String.join(" ", Arrays.asList(words).subList(from, from + length));
    }

    /** One word of four letters or more (a noun or verb, not "the") replaced by another noun. */
    private static String altered(String[] words, Random random, Vocabulary vocabulary) {
        String[] copy = words.clone();
        for (int attempt = 0; attempt < 20; attempt++) {
            int at = random.nextInt(copy.length);
            String bare = copy[at].replaceAll("\\W", "");
            if (bare.length() >= 4 && bare.equals(copy[at])) {
                copy[at] = vocabulary.otherNoun(random, bare);
                break;
            }
        }
        return String.join(" ", copy);
    }

    private static String invented(Random random, Vocabulary vocabulary) {
        return "The " + vocabulary.zipfNoun(random) + " " + vocabulary.modal(random) + " never "
                + vocabulary.action(random) + " a " + vocabulary.zipfNoun(random) + " for the "
                + vocabulary.zipfNoun(random) + " or the " + vocabulary.zipfNoun(random);
    }
}
