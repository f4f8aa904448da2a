package news.verbatim.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuoteIndexTest {

    // Real quotes from the seed articles (/work/shared/seeds).
    static final String BLINKEN_ESCALATE = "No one should escalate this conflict";
    static final String BLINKEN_DIPLOMACY = "We’ve been engaged in intense diplomacy with allies and partners, "
            + "communicating that message directly to Iran. We communicated that message directly to Israel";
    static final String BLINKEN_EVERYONE = "But everyone in the region should understand that further attacks only "
            + "perpetuate conflict, instability, insecurity for everyone";
    static final String NASRALLAH_WHATEVER =
            "Whatever the consequences, the resistance will not let these Israeli " + "attacks pass by";
    static final String NASRALLAH_WAIT = "Iran will respond, and Hezbollah will respond, and the enemy waits... "
            + "Making the enemy wait is part of the punishment";
    static final String GALLANT_PUNCH = "Our punch will be powerful, precise and, above all, surprising. "
            + "They won’t understand what happened and how it happened";
    static final String BIDEN_DIRECT = "very direct";

    private QuoteIndex index;

    @BeforeEach
    void setUp() throws IOException {
        index = new QuoteIndex(new ByteBuffersDirectory());
        index.upsert(1, BLINKEN_ESCALATE);
        index.apply(
                List.of(
                        new IndexedQuote(2, BLINKEN_DIPLOMACY),
                        new IndexedQuote(3, BLINKEN_EVERYONE),
                        new IndexedQuote(4, NASRALLAH_WHATEVER),
                        new IndexedQuote(5, NASRALLAH_WAIT),
                        new IndexedQuote(6, GALLANT_PUNCH),
                        new IndexedQuote(7, BIDEN_DIRECT)),
                List.of());
    }

    @AfterEach
    void tearDown() throws IOException {
        index.close();
    }

    private List<Long> ids(String text) throws IOException {
        return index.candidates(text, 10).stream().map(Candidate::quoteId).toList();
    }

    @Test
    void upsertedQuotesAreSearchableAtOnce() throws IOException {
        assertEquals(7, index.size());
        assertEquals(2L, ids(BLINKEN_DIPLOMACY).get(0));
        assertEquals(6L, ids("They won't understand what happened").get(0));
    }

    @Test
    void normalisesQueryLikeTheIndex() throws IOException {
        // Curly vs straight apostrophe, case, full-width letters, extra spaces, dash for a space.
        assertEquals(6L, ids("THEY   WON'T understand  what happened").get(0));
        assertEquals(1L, ids("Ｎｏ ｏｎｅ should escalate—this conflict").get(0));
    }

    @Test
    void upsertReplacesText() throws IOException {
        index.upsert(7, "the right resources and capabilities");
        assertEquals(7, index.size());
        assertFalse(ids("very direct").contains(7L));
        assertEquals(7L, ids("right resources").get(0));
    }

    @Test
    void deleteRemoves() throws IOException {
        index.delete(4);
        index.delete(999); // unknown ids are fine
        assertEquals(6, index.size());
        assertFalse(ids(NASRALLAH_WHATEVER).contains(4L));
    }

    @Test
    void replaceAllRebuilds() throws IOException {
        index.replaceAll(List.of(
                new IndexedQuote(10, "proportionate."),
                new IndexedQuote(11, "the machinations"),
                new IndexedQuote(10, "proportionate")));
        assertEquals(2, index.size());
        assertEquals(List.of(10L), ids("proportionate"));
        assertTrue(ids(BLINKEN_DIPLOMACY).isEmpty());
    }

    @Test
    void shortSubmissionsFindQuotesContainingThem() throws IOException {
        assertEquals(7L, ids("very direct").get(0));
        assertEquals(List.of(4L), ids("consequences"));
        assertTrue(ids("the enemy").contains(5L));
        assertTrue(ids("Hezbollah").contains(5L));
        assertTrue(ids("zanzibar").isEmpty());
    }

    @Test
    void excerptAndAlteredWordingFindTheirQuote() throws IOException {
        assertEquals(3L, ids("further attacks only perpetuate conflict").get(0));
        // Every other word changed: the bigrams are gone, the unigrams still lead to the quote.
        assertEquals(
                4L,
                ids("Regardless of consequences, our resistance shall never let those Israeli raids go by")
                        .get(0));
    }

    @Test
    void ellipsisPartsAreAnalysedSeparately() throws IOException {
        List<String> terms = index.queryTerms(List.of("Iran will respond", "the punishment"));
        assertFalse(terms.contains("respond the"), terms.toString());
        assertTrue(terms.contains("the punishment"), terms.toString());
        assertEquals(
                5L,
                index.candidates(List.of("Iran will respond", "part of the punishment"), 5)
                        .get(0)
                        .quoteId());
    }

    @Test
    void rareTermsDriveTheQuery() throws IOException {
        List<IndexedQuote> quotes = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            quotes.add(new IndexedQuote(1000 + i, "we said that the people of the region will be " + i));
        }
        quotes.add(new IndexedQuote(1, "sonic booms rattled windows across the city"));
        index.replaceAll(quotes);
        String query = "we said that the people of the region will be told that sonic booms rattled windows "
                + "and that the people of the city will be safe and that the region will be calm and we said so";
        List<String> terms = index.queryTerms(List.of(query));
        assertTrue(terms.size() <= QuoteIndex.MAX_QUERY_TERMS);
        assertTrue(terms.indexOf("sonic booms rattled") < terms.indexOf("sonic"), terms.toString());
        assertTrue(terms.containsAll(List.of("sonic booms rattled", "booms rattled windows", "sonic booms")));
        assertFalse(terms.contains("the"), "the commonest word must not be in the query: " + terms);
        assertFalse(terms.contains("zzz"));
        assertEquals(1L, ids(query).get(0));
        // Short query: all its n-grams, however common, trigram before its bigrams when equally rare.
        assertEquals(
                java.util.Set.of("of the region", "of the", "the region", "of", "region", "the"),
                java.util.Set.copyOf(index.queryTerms(List.of("of the region"))));
        assertEquals(6, index.queryTerms(List.of("of the region")).size());
    }

    @Test
    void queryNgramsAreExactlyTheIndexedOnes() {
        for (String text : List.of(
                BLINKEN_DIPLOMACY,
                NASRALLAH_WAIT,
                GALLANT_PUNCH,
                BIDEN_DIRECT,
                "proportionate.",
                "“It’s   not—helped,” ＢＩＤＥＮ",
                "x".repeat(600) + " and more",
                "",
                "…")) {
            assertEquals(
                    new java.util.HashSet<>(index.indexedNgrams(text)),
                    new java.util.HashSet<>(QueryTermSelector.queryNgrams(text)),
                    text);
        }
    }

    @Test
    void aQuoteEqualToTheSubmissionComesFirstEvenAmongManyContainingIt() throws IOException {
        List<IndexedQuote> quotes = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            quotes.add(new IndexedQuote(1000 + i, "consequences upon consequences, the consequences of " + i));
        }
        quotes.add(new IndexedQuote(36, "consequences")); // Kanaani's one-word fragment, seed 003
        index.replaceAll(quotes);
        assertEquals(36L, index.candidates("“Consequences”", 3).get(0).quoteId());
    }

    @Test
    void anExcerptHeldWordForWordIsACandidateEvenWhenNearMissesRankHigher() throws IOException {
        List<IndexedQuote> quotes = new ArrayList<>();
        for (int i = 0; i < 200; i++) { // short quotes sharing all but the last word of the excerpt
            quotes.add(new IndexedQuote(1000 + i, "the council of the plan, and the harbour will " + i));
        }
        for (int i = 0; i < 200; i++) { // and as many sharing its last words: only the whole run is rare
            quotes.add(new IndexedQuote(2000 + i, "the vote of the plan, and the budget must expand " + i));
        }
        StringBuilder filler = new StringBuilder();
        for (int w = 0; w < 60; w++) {
            filler.append(" the road must explain the town of the coast");
        }
        for (int i = 0; i < 3; i++) { // long quotes holding the whole excerpt
            quotes.add(new IndexedQuote(
                    10 + i, "the army should review" + filler + " the council of the plan, and the budget " + i));
        }
        index.replaceAll(quotes);
        String excerpt = "council of the plan, and the budget";
        List<Long> byNgrams =
                index.candidates(excerpt, 30).stream().map(Candidate::quoteId).toList();
        assertFalse(byNgrams.contains(10L), "the case this guards: by n-grams alone the holders rank below 30");
        List<Long> forVerification = index.candidates(List.of(excerpt), 30).stream()
                .map(Candidate::quoteId)
                .toList();
        assertTrue(forVerification.containsAll(List.of(10L, 11L, 12L)), forVerification.toString());
        assertEquals(30, forVerification.size(), "the rest are still the best by n-grams");
        assertTrue(forVerification.containsAll(byNgrams.subList(0, 15)), "half the n-gram candidates are kept");
    }

    @Test
    void limitIsRespectedAndChecked() throws IOException {
        assertEquals(2, index.candidates("the", 2).size());
        assertThrows(IllegalArgumentException.class, () -> index.candidates("the", 0));
    }

    @Test
    void positionIsEmptyUntilCommitted() throws IOException {
        assertEquals(Optional.empty(), index.position());
        index.commit(new IndexPosition("log-a", 7));
        assertEquals(Optional.of(new IndexPosition("log-a", 7)), index.position());
        index.apply(List.of(), List.of(7L, 6L));
        assertEquals(5, index.size());
        index.commit(new IndexPosition("log-a", 9));
        assertEquals(Optional.of(new IndexPosition("log-a", 9)), index.position());
    }

    @Test
    void applyUpsertsAndDeletesInOneBatch() throws IOException {
        index.apply(
                List.of(new IndexedQuote(7, "a new wording entirely"), new IndexedQuote(8, BIDEN_DIRECT)), List.of(1L));
        assertEquals(7, index.size());
        assertEquals(8L, ids(BIDEN_DIRECT).get(0));
        assertEquals(7L, ids("a new wording entirely").get(0));
        assertFalse(ids(BLINKEN_ESCALATE).contains(1L));
        assertThrows(NullPointerException.class, () -> index.apply(List.of(), java.util.Arrays.asList((Long) null)));
    }

    @Test
    void positionSurvivesReopenAndUncommittedWritesAreDropped(@TempDir Path dir) throws IOException {
        try (QuoteIndex fs = QuoteIndex.open(dir)) {
            assertEquals(Optional.empty(), fs.position(), "a new index has no position");
            fs.upsert(41, BLINKEN_ESCALATE);
            fs.upsert(42, GALLANT_PUNCH);
            fs.commit(new IndexPosition("log-b", 2));
            fs.upsert(43, BIDEN_DIRECT); // never committed
        }
        try (QuoteIndex fs = QuoteIndex.open(dir)) {
            assertEquals(Optional.of(new IndexPosition("log-b", 2)), fs.position());
            assertEquals(2, fs.size());
            assertEquals(42L, fs.candidates("powerful, precise", 3).get(0).quoteId());
            fs.replaceAll(List.of(new IndexedQuote(50, "the machinations")));
            fs.commit(new IndexPosition("log-b", 3));
        }
        try (QuoteIndex fs = QuoteIndex.open(dir)) {
            assertEquals(Optional.of(new IndexPosition("log-b", 3)), fs.position());
            assertEquals(1, fs.size());
        }
    }

    @Test
    void positionArgumentsAreChecked() {
        assertThrows(NullPointerException.class, () -> new IndexPosition(null, 1));
        assertThrows(IllegalArgumentException.class, () -> new IndexPosition("log", -1));
        assertThrows(NullPointerException.class, () -> index.commit(null));
    }

    @Test
    void concurrentSearchesSeeCompleteWrites() throws Exception {
        List<Thread> threads = new ArrayList<>();
        List<Throwable> errors = java.util.Collections.synchronizedList(new ArrayList<>());
        for (int t = 0; t < 4; t++) {
            final int base = 100 + t * 100;
            threads.add(new Thread(() -> {
                try {
                    for (int i = 0; i < 25; i++) {
                        index.upsert(base + i, "thread quote number " + base + " item " + i);
                        if (!ids("thread quote number " + base + " item " + i).contains((long) base + i)) {
                            errors.add(new AssertionError("write not visible: " + (base + i)));
                        }
                    }
                } catch (Throwable e) {
                    errors.add(e);
                }
            }));
        }
        threads.forEach(Thread::start);
        for (Thread t : threads) {
            t.join();
        }
        assertTrue(errors.isEmpty(), errors.toString());
        assertEquals(7 + 100, index.size());
    }
}
