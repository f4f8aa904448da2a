package news.verbatim.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import news.verbatim.extract.QuoteForm;
import news.verbatim.index.Candidate;
import news.verbatim.index.IndexedQuote;
import news.verbatim.index.QuoteIndex;
import news.verbatim.text.TextNormalizer;
import news.verbatim.text.Token;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The index and the verifier together, as the service will use them, over every seed quote. */
class IndexAndVerifyTest {

    private static final Verifier VERIFIER = new Verifier();
    private static List<AttestedQuote> seeds;
    private static Map<Long, AttestedQuote> byId;
    private static QuoteIndex index;

    @BeforeAll
    static void setUp() throws IOException {
        seeds = SeedQuotes.load();
        List<AttestedQuote> all = new ArrayList<>(seeds);
        all.addAll(SeedQuotes.extractFromArticles(SeedQuotes.fixtures(), seeds, 1000));
        byId = all.stream().collect(Collectors.toMap(AttestedQuote::quoteId, Function.identity()));
        index = new QuoteIndex(new ByteBuffersDirectory());
        index.replaceAll(
                all.stream().map(q -> new IndexedQuote(q.quoteId(), q.text())).toList());
    }

    @AfterAll
    static void tearDown() throws IOException {
        index.close();
    }

    /** Candidates from the index (parts searched separately), then verification. */
    private static Verification check(String submitted, AttestedQuote claimed) throws IOException {
        SubmittedQuote q = SubmittedQuote.parse(submitted);
        List<AttestedQuote> candidates = index.candidates(q.parts(), 10).stream()
                .map(Candidate::quoteId)
                .map(byId::get)
                .toList();
        SpeakerClaim claim = new SpeakerClaim(claimed.speakerName(), Set.of(claimed.speakerId()));
        return VERIFIER.verify(q, claim, candidates);
    }

    @Test
    void everySeedQuoteVerifiesAsItsSpeakers() throws IOException {
        assertTrue(seeds.size() >= 40);
        for (AttestedQuote quote : seeds) {
            Verification v = check(quote.text(), quote);
            assertEquals(Verdict.VERIFIED, v.verdict(), quote.text() + " → " + v.explanation());
            int words = TextNormalizer.styleTokens(quote.text()).size();
            assertEquals(quote.kind() == QuoteForm.FRAGMENT && words <= 2, v.weakEvidence(), quote.text());
        }
    }

    @Test
    void middleOfEveryLongSeedQuoteIsAnExcerpt() throws IOException {
        for (AttestedQuote quote : seeds) {
            List<String> words = TextNormalizer.styleTokens(quote.text()).stream()
                    .map(t -> t.surface())
                    .toList();
            if (words.size() < 9) {
                continue;
            }
            String middle = String.join(" ", words.subList(2, words.size() - 2));
            Verification v = check(middle, quote);
            assertEquals(Verdict.EXCERPT, v.verdict(), middle + " → " + v.explanation());
        }
    }

    @Test
    void everyLongSeedQuoteWithAWordDroppedIsAltered() throws IOException {
        for (AttestedQuote quote : seeds) {
            List<Token> tokens = TextNormalizer.styleTokens(quote.text());
            List<String> words =
                    new ArrayList<>(tokens.stream().map(t -> t.surface()).toList());
            if (words.size() < 6) {
                continue;
            }
            int drop = words.size() / 2;
            if (OutletGloss.span(tokens, drop, drop + 1, quote.text()) != null) {
                drop++; // an outlet's gloss ("(Israel)") is not the speaker's: leaving it out is no alteration
            }
            words.remove(drop);
            String altered = String.join(" ", words);
            Verification v = check(altered, quote);
            assertEquals(Verdict.ALTERED, v.verdict(), altered + " → " + v.explanation());
            // The same words may be printed by two outlets: either printing is right.
            assertEquals(
                    TextNormalizer.normalize(quote.text()),
                    TextNormalizer.normalize(v.matches().get(0).quote().text()));
        }
    }

    /**
     * Claimed for the wrong speaker, a seed quote is MISATTRIBUTED when its source names its speaker (a person
     * or an organisation), and UNATTRIBUTED when the source only describes an unnamed one.
     */
    @Test
    void seedQuotesClaimedForTheWrongSpeakerAreMisattributedOrUnattributed() throws IOException {
        AttestedQuote blinken = SeedQuotes.find(seeds, "No one should escalate");
        int unattributed = 0;
        for (AttestedQuote quote : seeds) {
            if (quote.speakerId() == blinken.speakerId()
                    || TextNormalizer.styleTokens(quote.text()).size() < 4) {
                continue;
            }
            Verification v = check(quote.text(), blinken);
            Verdict expected = quote.identifiesSpeaker() ? Verdict.MISATTRIBUTED : Verdict.UNATTRIBUTED;
            assertEquals(expected, v.verdict(), quote.text() + " → " + v.explanation());
            assertEquals(quote.speakerId(), v.attestedSpeakers().get(0).speakerId());
            unattributed += expected == Verdict.UNATTRIBUTED ? 1 : 0;
        }
        assertTrue(unattributed >= 3, "the seeds hold quotes of unnamed sources: " + unattributed);
    }
}
