package news.verbatim.bench.archive;

import java.util.HashSet;
import java.util.Set;

/** What {@link CorpusGenerator} wrote: its size and how much of it repeats other outlets' words. */
record CorpusStats(
        int articles,
        int quotes,
        int reprints,
        int repeats,
        int butVariants,
        int fragments,
        int changedWords,
        int speakers,
        int outlets) {

    /** Counts while writing; distinct speakers and outlets as sets. */
    static final class Counter {
        int articles;
        int quotes;
        int reprints;
        int repeats;
        int butVariants;
        int fragments;
        int changedWords;
        final Set<String> speakers = new HashSet<>();
        final Set<String> outlets = new HashSet<>();

        CorpusStats stats() {
            return new CorpusStats(
                    articles,
                    quotes,
                    reprints,
                    repeats,
                    butVariants,
                    fragments,
                    changedWords,
                    speakers.size(),
                    outlets.size());
        }
    }
}
