package news.verbatim.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import news.verbatim.extract.AttributionMethod;
import news.verbatim.extract.QuoteForm;
import news.verbatim.extract.SpeakerType;
import news.verbatim.text.StyleFamily;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Verdicts over the real quotes of the seed articles (fixtures/expected), all given as candidates.
 *
 * <p>Longer than the usual limit on purpose: one test class per unit, and the verifier's verdicts and
 * explanations are many short cases over the same seed quotes.
 */
class VerifierTest {

    private static List<AttestedQuote> seeds;
    private static final Verifier VERIFIER = new Verifier();

    private static AttestedQuote blinkenEscalate;
    private static AttestedQuote nasrallahWhatever;

    @BeforeAll
    static void load() {
        seeds = SeedQuotes.load();
        blinkenEscalate = SeedQuotes.find(seeds, "No one should escalate");
        nasrallahWhatever = SeedQuotes.find(seeds, "Whatever the consequences");
    }

    private static Verification verify(String submitted) {
        return VERIFIER.verify(SubmittedQuote.parse(submitted), seeds);
    }

    private static Verification verify(String submitted, String claimedName, long... speakerIds) {
        Set<Long> ids = new java.util.HashSet<>();
        for (long id : speakerIds) {
            ids.add(id);
        }
        return VERIFIER.verify(SubmittedQuote.parse(submitted), new SpeakerClaim(claimedName, ids), seeds);
    }

    private static Match best(Verification v) {
        return v.matches().get(0);
    }

    @Test
    void verifiedExactQuote() {
        Verification v =
                verify("“No one should escalate this conflict,” Blinken said.", "Blinken", blinkenEscalate.speakerId());
        assertEquals(Verdict.VERIFIED, v.verdict());
        assertEquals(blinkenEscalate, best(v).quote());
        assertEquals(Wording.EXACT, best(v).wording());
        assertEquals(1.0, best(v).score());
        assertFalse(best(v).meaningChanged());
        assertFalse(v.weakEvidence());
        assertEquals(
                List.of(new DiffOp(
                        "equal", "No one should escalate this conflict", "No one should escalate this conflict")),
                best(v).diff());
        assertEquals(0, best(v).attestedStart());
        assertEquals(blinkenEscalate.text().length(), best(v).attestedEnd());
        assertEquals(List.of(new AttestedSpeaker(blinkenEscalate.speakerId(), "Antony Blinken")), v.attestedSpeakers());
        assertEquals("Verified: the words match a quote by Antony Blinken exactly.", v.explanation());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "We've been engaged in intense diplomacy with allies and partners communicating that message directly "
                        + "to Iran. We communicated that message directly to Israel", // straight apostrophe
                "WE’VE BEEN ENGAGED IN INTENSE DIPLOMACY WITH ALLIES AND PARTNERS COMMUNICATING THAT MESSAGE DIRECTLY "
                        + "TO IRAN. WE COMMUNICATED THAT MESSAGE DIRECTLY TO ISRAEL", // case
                "We’ve  been engaged in intense diplomacy\u00A0with allies and partners — communicating that message "
                        + "directly to Iran; we communicated that message directly to Israel!", // spaces, punctuation
                "Ｗｅ’ｖｅ been engaged in intense diplomacy with allies and partners communicating that message "
                        + "directly to Iran. We communicated that message directly to Israel", // full-width (NFKC)
            })
    void normalisationMakesTheseTheSameWords(String submitted) {
        Verification v = verify(submitted);
        assertEquals(Verdict.VERIFIED, v.verdict(), v.explanation());
        // Both outlets' printings of the remark match; the comma after "partners" does not matter.
        assertEquals(
                2,
                v.matches().stream().filter(m -> m.wording() == Wording.EXACT).count());
    }

    @Test
    void invisibleCharactersFromWebCopyDoNotSplitWords() {
        // A soft hyphen and a zero-width joiner pasted inside words.
        Verification v = verify("No one should escal\u00ADate this con\u200Dflict");
        assertEquals(Verdict.VERIFIED, v.verdict(), v.explanation());
        assertEquals("escal\u00ADate", best(v).diff().get(0).submitted().split(" ")[3]);
    }

    @Test
    void hyphensAndDashesSeparateWords() {
        for (String s : List.of(
                "multi front war against Iran's axis of evil",
                "multi–front war against Iran’s axis of evil",
                "multi—front war against Iran’s axis of evil",
                "Multi-Front War Against Iran’s Axis Of Evil")) {
            assertEquals(Verdict.VERIFIED, verify(s).verdict(), s);
        }
    }

    @Test
    void excerptInTheMiddleOfALongerQuote() {
        Verification v = verify("further attacks only perpetuate conflict, instability, insecurity");
        assertEquals(Verdict.EXCERPT, v.verdict());
        assertEquals(Wording.EXCERPT, best(v).wording());
        assertEquals(1.0, best(v).score());
        // Printed by two outlets (with and without "But"): both match.
        assertEquals(2, v.matches().size());
        Match m = best(v);
        assertEquals(
                "further attacks only perpetuate conflict, instability, insecurity",
                m.quote().text().substring(m.attestedStart(), m.attestedEnd()));
        assertTrue(
                v.explanation().startsWith("Excerpt: the words are an exact part of a longer quote by Antony Blinken"),
                v.explanation());
    }

    @Test
    void excerptWithEllipsesInOrder() {
        Verification v = verify(
                "“Iran will respond … the enemy waits [...] part of the punishment,” Nasrallah said.",
                "Nasrallah",
                nasrallahWhatever.speakerId());
        assertEquals(Verdict.EXCERPT, v.verdict(), v.explanation());
        List<String> ops = best(v).diff().stream().map(DiffOp::op).toList();
        assertEquals(List.of("equal", "elided", "equal", "elided", "equal"), ops);
        assertEquals(
                new DiffOp("elided", "…", "and Hezbollah will respond and"),
                best(v).diff().get(1));
        assertEquals(
                "Excerpt: the words are 3 exact parts, in order, of a longer quote by Hassan Nasrallah.",
                v.explanation());
    }

    @Test
    void ellipsisPartsOutOfOrderAreNotAnExcerpt() {
        Verification v = verify("part of the punishment … Iran will respond");
        assertNotEquals(Verdict.EXCERPT, v.verdict());
        assertNotEquals(Verdict.VERIFIED, v.verdict());
        assertEquals(Verdict.ALTERED, v.verdict());
        assertTrue(v.explanation().contains("not in this order"), v.explanation());
    }

    @Test
    void ellipsisHidingANegationIsAnAlteration() {
        Verification v = verify("major mistake by the Zionist regime (Israel) that will … go unanswered");
        assertEquals(Verdict.ALTERED, v.verdict(), v.explanation());
        assertTrue(best(v).meaningChanged());
        assertEquals(List.of(new MeaningChange(MeaningChange.Type.NEGATION, "…", "not")), best(v).meaningChanges());
        assertTrue(v.explanation().contains("cut to leave out “not” — this changes the meaning"), v.explanation());
    }

    @Test
    void excerptStartingRightAfterANegationIsAnAlteration() {
        Verification v = verify("one should escalate this conflict");
        assertEquals(Verdict.ALTERED, v.verdict());
        assertEquals(Wording.ALTERED, best(v).wording());
        assertEquals(List.of(new MeaningChange(MeaningChange.Type.NEGATION, "", "No")), best(v).meaningChanges());
        assertTrue(
                v.explanation().startsWith("Altered: a quote by Antony Blinken cut to leave out “No” — this changes"),
                v.explanation());
    }

    @Test
    void excerptThatCutsTheNegatedPronounIsAnAlteration() {
        Verification v = verify("should escalate this conflict");
        assertEquals(Verdict.ALTERED, v.verdict(), v.explanation());
        assertEquals(List.of(new MeaningChange(MeaningChange.Type.NEGATION, "", "No one")), best(v).meaningChanges());
        assertTrue(v.explanation().contains("cut to leave out “No one”"), v.explanation());
    }

    @Test
    void aNegationOutsideTheExcerptsReachIsAnHonestCut() {
        // "has no interest in" governs "interest", not the noun phrase quoted on its own
        Verification v = verify("a war of attrition");
        assertEquals(Wording.EXCERPT, best(v).wording(), v.explanation());
        assertFalse(best(v).meaningChanged());
    }

    @Test
    void synonymousNegationsAreAWordChangeWithoutAMeaningChange() {
        Verification nobody = verify("Nobody should escalate this conflict");
        assertEquals(Verdict.ALTERED, nobody.verdict());
        assertEquals(blinkenEscalate, best(nobody).quote());
        assertFalse(best(nobody).meaningChanged(), best(nobody).meaningChanges().toString());
        assertEquals(
                new DiffOp("replace", "Nobody", "No one"), best(nobody).diff().get(0));
        assertEquals(0, best(nobody).attestedStart());
        assertEquals(
                "Altered: a quote by Antony Blinken with 2 words changed (“No one” → “Nobody”).", nobody.explanation());

        Verification noMatter =
                verify("No matter what the consequences, the resistance will not let these Israeli attacks pass by");
        assertEquals(nasrallahWhatever, best(noMatter).quote());
        assertEquals(Verdict.ALTERED, noMatter.verdict());
        assertFalse(
                best(noMatter).meaningChanged(), best(noMatter).meaningChanges().toString());
    }

    @Test
    void alteredDroppedNot() {
        Verification v = verify("Whatever the consequences, the resistance will let these Israeli attacks pass by");
        assertEquals(Verdict.ALTERED, v.verdict());
        Match m = best(v);
        assertEquals(nasrallahWhatever, m.quote());
        assertTrue(m.meaningChanged());
        assertEquals(List.of(new MeaningChange(MeaningChange.Type.NEGATION, "", "not")), m.meaningChanges());
        assertTrue(m.diff().contains(new DiffOp("delete", "", "not")), m.diff().toString());
        assertEquals(24.0 / 25, m.score(), 1e-9);
        assertEquals(
                "Altered: a quote by Hassan Nasrallah with 1 word dropped (“not”) — this changes the meaning.",
                v.explanation());
    }

    @Test
    void alteredDroppedNt() {
        Verification v = verify("Our punch will be powerful, precise and, above all, surprising. They will understand "
                + "what happened and how it happened");
        assertEquals(Verdict.ALTERED, v.verdict());
        assertTrue(
                best(v).diff().contains(new DiffOp("replace", "will", "won’t")),
                best(v).diff().toString());
        assertEquals(
                MeaningChange.Type.NEGATION, best(v).meaningChanges().get(0).type());
    }

    private static final String BLINKEN_IRONCLAD = "Our commitment to Israel's security is iron-clad. We will continue"
            + " to defend Israel against attacks from terrorist groups with their sponsors, just as we will continue to"
            + " defend our troops";

    @Test
    void houseStyleOnlyIsVerifiedWithTheVariantsListed() {
        Verification v = verify(BLINKEN_IRONCLAD.replace("we will", "we'll"));
        assertEquals(Verdict.VERIFIED, v.verdict(), v.explanation());
        assertEquals(List.of(new StyleVariant("iron-clad", "ironclad", StyleFamily.COMPOUND)), best(v).styleVariants());
        assertTrue(
                best(v).diff().contains(new DiffOp(DiffOp.STYLE, "iron-clad", "ironclad")), best(v).diff()::toString);
        assertFalse(best(v).meaningChanged());
        assertTrue(
                v.explanation().contains("exactly, apart from house style (printed as “ironclad”)"), v.explanation());
        Verification excerpt = verify("Our commitment to Israel's security is iron clad");
        assertEquals(Verdict.EXCERPT, excerpt.verdict(), excerpt.explanation());
    }

    @Test
    void aContractionIsAStyleEditNotAChangedWord() {
        Verification v = verify(BLINKEN_IRONCLAD.replace("iron-clad", "ironclad"));
        assertEquals(Verdict.VERIFIED, v.verdict(), v.explanation());
        assertEquals(List.of(new StyleVariant("we will", "we'll", StyleFamily.CONTRACTION)), best(v).styleVariants());
    }

    @Test
    void houseStylePlusARealEditIsAlteredForTheEditOnly() {
        Verification v = verify(BLINKEN_IRONCLAD.replace("terrorist groups", "terror groups"));
        assertEquals(Verdict.ALTERED, v.verdict(), v.explanation());
        assertTrue(
                v.explanation()
                        .contains("with 1 word changed (“terrorist” → “terror”), apart from house style (printed as"
                                + " “ironclad”, “we'll”)"),
                v.explanation());
        assertEquals(2, best(v).styleVariants().size());
    }

    @Test
    void aNumberOfAnotherValueIsStillANumberChange() {
        Verification v = verify("Nobody in Lebanon or abroad can ask us to deal with the aggression that happened last "
                + "Tuesday as a normal aggression within the context of the battle that has been going on for "
                + "twelve months");
        assertEquals(Verdict.ALTERED, v.verdict(), v.explanation());
        assertEquals(List.of(new MeaningChange(MeaningChange.Type.NUMBER, "twelve", "10")), best(v).meaningChanges());
        assertTrue(best(v).styleVariants().isEmpty());
    }

    @Test
    void alteredNumber() {
        Verification v = verify("Nobody in Lebanon or abroad can ask us to deal with the aggression that happened last "
                + "Tuesday as a normal aggression within the context of the battle that has been going on for "
                + "12 months");
        assertEquals(Verdict.ALTERED, v.verdict());
        assertEquals(List.of(new MeaningChange(MeaningChange.Type.NUMBER, "12", "10")), best(v).meaningChanges());
        assertTrue(v.explanation().contains("1 word changed (“10” → “12”)"), v.explanation());
        // "10" written as "ten" is the same number in another house style: not an edit.
        Verification ten = verify("Nobody in Lebanon or abroad can ask us to deal with the aggression that happened "
                + "last Tuesday as a normal aggression within the context of the battle that has been going on for "
                + "ten months");
        assertEquals(Verdict.VERIFIED, ten.verdict(), ten.explanation());
        assertFalse(best(ten).meaningChanged());
        assertEquals(
                List.of(new StyleVariant("ten", "10", StyleFamily.NUMBER)),
                best(ten).styleVariants());
    }

    @Test
    void alteredNumberWordsInRealSentences() {
        // Real sentences from the seed articles (reporting, used here as attested text).
        AttestedQuote met = new AttestedQuote(
                900,
                "Representatives from each country met three times in less than a " + "month",
                90,
                "CNN",
                900,
                QuoteForm.FULL);
        AttestedQuote fired = new AttestedQuote(
                901,
                "Almost 300 Iranian drones and missiles were fired but most were "
                        + "destroyed by air defenses from Israel, the US and several allies",
                91,
                "Bloomberg",
                901,
                QuoteForm.FULL);
        Verification four = VERIFIER.verify(
                SubmittedQuote.parse("Representatives from each country met four times in " + "less than a month"),
                List.of(met, fired));
        assertEquals(Verdict.ALTERED, four.verdict());
        assertEquals(
                List.of(new MeaningChange(MeaningChange.Type.NUMBER, "four", "three")),
                best(four).meaningChanges());
        Verification twoHundred = VERIFIER.verify(
                SubmittedQuote.parse("Almost 200 Iranian drones and missiles were "
                        + "fired but most were destroyed by air defenses from Israel, the US and several allies"),
                List.of(met, fired));
        assertEquals(Verdict.ALTERED, twoHundred.verdict());
        assertEquals(
                List.of(new MeaningChange(MeaningChange.Type.NUMBER, "200", "300")),
                best(twoHundred).meaningChanges());
    }

    @Test
    void alteredEntity() {
        Verification v = verify("major mistake by the Zionist regime (Iran) that will not go unanswered");
        assertEquals(Verdict.ALTERED, v.verdict());
        assertEquals(List.of(new MeaningChange(MeaningChange.Type.ENTITY, "Iran", "Israel")), best(v).meaningChanges());
        assertEquals(new DiffOp("replace", "Iran", "Israel"), best(v).diff().get(1));
        assertTrue(v.explanation().endsWith("— this changes the meaning."), v.explanation());
    }

    @Test
    void alteredWithoutMeaningChange() {
        Verification v = verify("We know how to do this, and we should be doing that.");
        assertEquals(Verdict.ALTERED, v.verdict());
        assertFalse(best(v).meaningChanged());
        assertEquals("Altered: a quote by Yuli Edelstein with 1 word changed (“that” → “this”).", v.explanation());
    }

    @Test
    void translationVariantsAreAlteredNeverVerified() {
        Verification v =
                verify("Regardless of the consequences, the resistance will not let these Israeli attacks pass by");
        assertEquals(Verdict.ALTERED, v.verdict());
        assertEquals(nasrallahWhatever, best(v).quote());
        assertTrue(best(v).score() < 1.0);
        // The other outlet's fragment "regardless of the consequences" is itself attested.
        assertEquals(Verdict.VERIFIED, verify("regardless of the consequences").verdict());
        // A looser translation is not close enough.
        assertEquals(
                Verdict.NOT_FOUND,
                verify("No matter what it costs, the resistance will not allow these Israeli assaults to go unpunished")
                        .verdict());
    }

    @Test
    void misattributed() {
        AttestedQuote blinken = blinkenEscalate;
        Verification v = verify(
                "Whatever the consequences, the resistance will not let these Israeli attacks pass by",
                "Antony Blinken",
                blinken.speakerId());
        assertEquals(Verdict.MISATTRIBUTED, v.verdict());
        assertEquals(
                List.of(new AttestedSpeaker(nasrallahWhatever.speakerId(), "Hassan Nasrallah")), v.attestedSpeakers());
        assertEquals(Wording.EXACT, best(v).wording());
        assertEquals("Misattributed: these words were said by Hassan Nasrallah, not Antony Blinken.", v.explanation());
    }

    @Test
    void misattributedAlteredAndExcerptWording() {
        Verification altered = verify(
                "Whatever the consequences, the resistance will let these Israeli attacks pass by",
                "Blinken",
                blinkenEscalate.speakerId());
        assertEquals(Verdict.MISATTRIBUTED, altered.verdict());
        assertEquals(Wording.ALTERED, best(altered).wording());
        assertEquals(
                "Misattributed: these words, with 1 word dropped (“not”), were said by Hassan Nasrallah, not "
                        + "Blinken — and the changes alter the meaning.",
                altered.explanation());
        Verification excerpt = verify(
                "the resistance will not let these Israeli attacks pass by", "Blinken", blinkenEscalate.speakerId());
        assertEquals(Verdict.MISATTRIBUTED, excerpt.verdict());
        assertEquals(Wording.EXCERPT, best(excerpt).wording());
    }

    @Test
    void misattributedToAnUnknownName() {
        Verification v = verify("No one should escalate this conflict", "Blinkne");
        assertEquals(Verdict.MISATTRIBUTED, v.verdict());
        assertTrue(v.explanation().contains("not “Blinkne”, who is not a known speaker"), v.explanation());
    }

    @Test
    void claimedSpeakerAmongGoodMatchesIsNotMisattributed() {
        AttestedQuote byBlinken = new AttestedQuote(
                1, "No one should escalate this conflict now", 10, "Antony Blinken", 1, QuoteForm.FULL);
        AttestedQuote byMiller =
                new AttestedQuote(2, "No one should escalate this conflict", 20, "Matthew Miller", 2, QuoteForm.FULL);
        SubmittedQuote q = SubmittedQuote.parse("No one should escalate this conflict");
        Verification v = VERIFIER.verify(q, new SpeakerClaim("Blinken", Set.of(10L)), List.of(byMiller, byBlinken));
        assertEquals(Verdict.EXCERPT, v.verdict());
        assertEquals(byBlinken, best(v).quote(), "the claimed speaker's match decides and comes first");
        assertEquals(byMiller, v.matches().get(1).quote());
        assertEquals(
                List.of(new AttestedSpeaker(10, "Antony Blinken"), new AttestedSpeaker(20, "Matthew Miller")),
                v.attestedSpeakers());
        assertTrue(
                v.explanation().endsWith("; the words as submitted are attested from Matthew Miller."),
                v.explanation());
        // No claim: the exact one decides.
        assertEquals(
                Verdict.VERIFIED,
                VERIFIER.verify(q, List.of(byBlinken, byMiller)).verdict());
        // A claimed speaker whose match is far weaker does not save the attribution.
        AttestedQuote farByBlinken = new AttestedQuote(
                3, "No one wants to escalate this conflict further", 10, "Antony Blinken", 3, QuoteForm.FULL);
        Verification far =
                VERIFIER.verify(q, new SpeakerClaim("Blinken", Set.of(10L)), List.of(byMiller, farByBlinken));
        assertEquals(Verdict.MISATTRIBUTED, far.verdict(), far.explanation());
        assertEquals(2, far.matches().size(), "the claimed speaker's altered match is still listed");
        assertEquals(List.of(new AttestedSpeaker(20, "Matthew Miller")), far.attestedSpeakers());
    }

    @Test
    void weakEvidenceForScareQuotes() {
        Verification direct = verify(
                "very direct", "Biden", SeedQuotes.find(seeds, "very direct").speakerId());
        assertEquals(Verdict.VERIFIED, direct.verdict());
        assertTrue(direct.weakEvidence());
        assertEquals(
                "Verified: the words match a quote by Joe Biden exactly, but it is only a two-word fragment, "
                        + "which is weak evidence.",
                direct.explanation());
        Verification proportionate = verify("proportionate");
        assertEquals(Verdict.VERIFIED, proportionate.verdict());
        assertTrue(proportionate.weakEvidence());
        // Two words inside a long FULL quote: an excerpt, but weak.
        Verification twoWords = verify("calm tensions");
        assertEquals(Verdict.EXCERPT, twoWords.verdict());
        assertTrue(twoWords.weakEvidence());
        assertFalse(verify("No one should escalate this conflict").weakEvidence());
    }

    @Test
    void longSentenceContainingAScareQuoteIsNotVerified() {
        Verification v = verify("Biden said Israel's retaliation against Iran should be very direct and proportionate");
        assertEquals(Verdict.NOT_FOUND, v.verdict());
        assertTrue(v.weakEvidence());
        assertFalse(v.matches().isEmpty(), "the contained scare quotes are listed");
        assertTrue(v.matches().stream().allMatch(m -> m.quote().text().split(" ").length <= 2));
        assertTrue(v.explanation().startsWith("Not found: of these words only “"), v.explanation());
        // Also with a claimed speaker, and never VERIFIED/EXCERPT.
        Verification claimed = verify(
                "Israel's retaliation against Iran should be very direct and fast",
                "Joe Biden",
                SeedQuotes.find(seeds, "very direct").speakerId());
        assertEquals(Verdict.NOT_FOUND, claimed.verdict());
    }

    @Test
    void longerFragmentInsideAParaphraseIsListedButNotWeak() {
        Verification v = verify("Austin said the US certainly will help defend Israel against any attack from Iran or "
                + "its proxies in the region");
        assertEquals(Verdict.NOT_FOUND, v.verdict());
        assertFalse(v.weakEvidence());
        assertEquals(
                "Not found: of these words only “certainly will help defend Israel” is attested (Lloyd Austin).",
                v.explanation());
    }

    @Test
    void threeCommonWordsInOrderAreNotAnAlteration() {
        // Shares "We know how" with Edelstein's quote: score 0.6, half the words; a coincidence, not a quote.
        assertEquals(Verdict.NOT_FOUND, verify("We know how they can win").verdict());
        // One word in four changed is still the quote, altered.
        assertEquals(Verdict.ALTERED, verify("No one should escalate this war").verdict());
    }

    @Test
    void notFound() {
        Verification v = verify("We will wipe the enemy off the map by the end of the summer");
        assertEquals(Verdict.NOT_FOUND, v.verdict());
        assertTrue(v.matches().isEmpty());
        assertTrue(v.attestedSpeakers().isEmpty());
        assertTrue(v.explanation().startsWith("Not found: no attested quote is close enough"), v.explanation());
        assertEquals(
                "Not found: no attested quote shares these words.",
                verify("zebra xylophone quokka").explanation());
        assertEquals(
                Verdict.NOT_FOUND,
                VERIFIER.verify(SubmittedQuote.parse("anything"), List.of()).verdict());
    }

    @Test
    void duplicateCandidatesAreIgnoredAndRankingIsStable() {
        SubmittedQuote q = SubmittedQuote.parse("No one should escalate this conflict");
        Verification v = VERIFIER.verify(q, List.of(blinkenEscalate, blinkenEscalate, nasrallahWhatever));
        assertEquals(1, v.matches().size());
        assertEquals(blinkenEscalate, best(v).quote());
    }

    // --- who said it: identified, unknown, unnamed, groups ---

    private static final String FERRY = "We will keep the first boat at six every morning";

    private static AttestedQuote ferry(long id, long speakerId, String speaker, SpeakerType type, String cue) {
        return new AttestedQuote(id, FERRY, speakerId, speaker, id, QuoteForm.FULL, type, cue, null);
    }

    private static AttestedQuote ferryBy(
            long id, long speakerId, String speaker, AttributionMethod method, String cue) {
        return new AttestedQuote(id, FERRY, speakerId, speaker, id, QuoteForm.FULL, SpeakerType.PERSON, cue, method);
    }

    @Test
    void aSpeakerTheEngineInferredDoesNotRefuteAClaimedPersonTheSameSourceNames() {
        AttestedQuote byPronoun = ferryBy(1, 41, "Isabel Vole", AttributionMethod.PRONOUN, "she said");
        Verification v = claimFerry(new SpeakerClaim("Ann Vole", Set.of(40L)).withOpenSources(Set.of(1L)), byPronoun);
        assertEquals(Verdict.UNATTRIBUTED, v.verdict());
        assertEquals(
                "Unattributed: the words are attested in 1 source; it gives them to Isabel Vole only by inference"
                        + " (“she said”), and also names Ann Vole; nothing confirms or refutes that Ann Vole said them"
                        + " (attributed by: “she said”).",
                v.explanation());
    }

    @Test
    void anUnnamedSourceAndAnInferredOneAreCountedApart() {
        AttestedQuote unknown = ferry(1, 5, "unknown", SpeakerType.UNKNOWN, "NONE");
        AttestedQuote byPronoun = ferryBy(2, 41, "Isabel Vole", AttributionMethod.PRONOUN, "she said");
        Verification v =
                claimFerry(new SpeakerClaim("Ann Vole", Set.of(40L)).withOpenSources(Set.of(2L)), unknown, byPronoun);
        assertEquals(Verdict.UNATTRIBUTED, v.verdict());
        assertTrue(
                v.explanation()
                        .startsWith("Unattributed: the words are attested in 2 sources; 1 does not name the speaker;"
                                + " 1 source gives them to Isabel Vole only by inference (“she said”), and also"
                                + " names Ann Vole; nothing confirms or refutes that Ann Vole said them"),
                v.explanation());
    }

    @Test
    void anInferredSpeakerStillRefutesAClaimedPersonTheSourceNeverNames() {
        AttestedQuote byPronoun = ferryBy(1, 41, "Isabel Vole", AttributionMethod.PRONOUN, "she said");
        Verification v = claimFerry(new SpeakerClaim("Ann Vole", Set.of(40L)), byPronoun);
        assertEquals(Verdict.MISATTRIBUTED, v.verdict());
        assertTrue(v.explanation().startsWith("Misattributed: these words were said by Isabel Vole, not Ann Vole"));
    }

    @Test
    void aCueNamingTheSpeakerAtTheQuoteRefutesAClaimedPersonTheSourceAlsoNames() {
        AttestedQuote byCue = ferryBy(1, 41, "Isabel Vole", AttributionMethod.CUE_AFTER, "Isabel Vole said");
        AttestedQuote byPronoun = ferryBy(2, 42, "Tom Hale", AttributionMethod.PRONOUN, "he said");
        Verification v =
                claimFerry(new SpeakerClaim("Ann Vole", Set.of(40L)).withOpenSources(Set.of(2L)), byCue, byPronoun);
        assertEquals(Verdict.MISATTRIBUTED, v.verdict());
        assertEquals(
                "Misattributed: these words were said by Isabel Vole, not Ann Vole; 1 other source gives them to Tom"
                        + " Hale only by inference (“he said”), and also names Ann Vole (attributed by: “Isabel Vole"
                        + " said”).",
                v.explanation());
        assertEquals(
                List.of(new AttestedSpeaker(41, "Isabel Vole"), new AttestedSpeaker(42, "Tom Hale")),
                v.attestedSpeakers());
    }

    private static Verification claimFerry(SpeakerClaim claim, AttestedQuote... candidates) {
        return VERIFIER.verify(SubmittedQuote.parse(FERRY), claim, List.of(candidates));
    }

    @Test
    void wordsFromAnUnknownSpeakerAreUnattributedNotMisattributed() {
        AttestedQuote unknown = ferry(1, 5, "unknown", SpeakerType.UNKNOWN, "NONE");
        Verification v = claimFerry(new SpeakerClaim("Ann Vole", Set.of(40L)), unknown);
        assertEquals(Verdict.UNATTRIBUTED, v.verdict());
        assertEquals(unknown, best(v).quote());
        assertEquals(
                "Unattributed: the words are attested in 1 source, which does not name the speaker; nothing confirms"
                        + " or refutes that Ann Vole said them.",
                v.explanation());
        assertEquals(List.of(new AttestedSpeaker(5, "unknown")), v.attestedSpeakers());
    }

    @Test
    void wordsFromUnnamedSourcesAreUnattributedAndTheExplanationSaysHowTheSourcesDescribeTheSpeaker() {
        Verification v = claimFerry(
                new SpeakerClaim("Blinken", Set.of(10L)),
                ferry(1, 6, "senior board official", SpeakerType.ANONYMOUS, "a senior board official said"),
                ferry(2, 5, "unknown", SpeakerType.UNKNOWN, null));
        assertEquals(Verdict.UNATTRIBUTED, v.verdict());
        assertEquals(
                "Unattributed: the words are attested in 2 sources, which do not name the speaker (one describes the"
                        + " speaker as “senior board official”); nothing confirms or refutes that Blinken said them"
                        + " (attributed by: “a senior board official said”).",
                v.explanation());
        assertEquals(2, v.attestedSpeakers().size());
        // An excerpt of an unnamed source's quote says so, and a name nobody knows is quoted as such.
        Verification excerpt = VERIFIER.verify(
                SubmittedQuote.parse("keep the first boat at six"),
                new SpeakerClaim("Jo Nobody", Set.of()),
                List.of(ferry(1, 6, "senior board official", SpeakerType.ANONYMOUS, null)));
        assertEquals(Verdict.UNATTRIBUTED, excerpt.verdict());
        assertEquals(
                "Unattributed: the words are part of a longer quote in 1 source, which does not name the speaker (it"
                        + " describes the speaker as “senior board official”); nothing confirms or refutes that “Jo"
                        + " Nobody”, who is not a known speaker, said them.",
                excerpt.explanation());
    }

    @Test
    void alteredWordsFromAnUnknownSpeakerAreUnattributedWithTheEdits() {
        Verification v = VERIFIER.verify(
                SubmittedQuote.parse("We will keep the first boat at seven every morning"),
                new SpeakerClaim("Ann Vole", Set.of(40L)),
                List.of(ferry(1, 5, "unknown", SpeakerType.UNKNOWN, null)));
        assertEquals(Verdict.UNATTRIBUTED, v.verdict());
        assertEquals(Wording.ALTERED, best(v).wording());
        assertTrue(
                v.explanation()
                        .startsWith("Unattributed: the words, with 1 word changed (“six” → “seven”), are attested in 1"
                                + " source, which does not name the speaker"),
                v.explanation());
        assertTrue(v.explanation().contains("and the changes alter the meaning"), v.explanation());
    }

    @Test
    void anIdentifiedOtherSpeakerIsStillMisattributedAndTheUnnamedSourcesAreMentioned() {
        Verification v = claimFerry(
                new SpeakerClaim("Ann Vole", Set.of(40L)),
                ferry(1, 5, "unknown", SpeakerType.UNKNOWN, null),
                ferry(2, 41, "Tom Hale", SpeakerType.PERSON, "Tom Hale said"),
                ferry(3, 6, "ferry company source", SpeakerType.ANONYMOUS, null));
        assertEquals(Verdict.MISATTRIBUTED, v.verdict());
        assertEquals(41, best(v).quote().speakerId(), "the identified speaker decides");
        assertEquals(
                "Misattributed: these words were said by Tom Hale, not Ann Vole; 2 other sources do not name the"
                        + " speaker (one describes the speaker as “ferry company source”) (attributed by: “Tom Hale"
                        + " said”).",
                v.explanation());
        assertEquals(new AttestedSpeaker(41, "Tom Hale"), v.attestedSpeakers().get(0));
        // An organisation is an identified speaker too.
        Verification org = claimFerry(
                new SpeakerClaim("Ann Vole", Set.of(40L)),
                ferry(1, 5, "unknown", SpeakerType.UNKNOWN, null),
                ferry(2, 42, "Harbour Board", SpeakerType.ORGANISATION, null));
        assertEquals(Verdict.MISATTRIBUTED, org.verdict());
        assertTrue(
                org.explanation().startsWith("Misattributed: these words were said by Harbour Board, not Ann Vole;"));
    }

    @Test
    void aSourceNamingTheClaimedSpeakerDecidesWhateverTheOthersSay() {
        Verification v = claimFerry(
                new SpeakerClaim("Vole", Set.of(40L)),
                ferry(1, 5, "unknown", SpeakerType.UNKNOWN, null),
                ferry(2, 41, "Tom Hale", SpeakerType.PERSON, null),
                ferry(3, 40, "Ann Vole", SpeakerType.PERSON, "Vole said"));
        assertEquals(Verdict.VERIFIED, v.verdict());
        assertEquals(40, best(v).quote().speakerId());
        assertEquals(
                "Verified: the words match a quote by Ann Vole exactly (attributed by: “Vole said”).", v.explanation());
    }

    @Test
    void withoutAClaimAnUnknownSpeakersQuoteStillVerifiesTheWords() {
        Verification v = VERIFIER.verify(
                SubmittedQuote.parse(FERRY), List.of(ferry(1, 5, "unknown", SpeakerType.UNKNOWN, "NONE")));
        assertEquals(Verdict.VERIFIED, v.verdict());
        assertEquals("Verified: the words match a quote by unknown exactly.", v.explanation());
    }

    @Test
    void aGroupThatIncludesTheClaimedPersonConfirmsTheClaim() {
        AttestedQuote group = ferry(1, 50, "Ann Vole and Ben Cole", SpeakerType.GROUP, "they said");
        Verification v = claimFerry(new SpeakerClaim("Ann Vole", Set.of(40L), Set.of(50L)), group);
        assertEquals(Verdict.VERIFIED, v.verdict());
        assertEquals(
                "Verified: the words match a quote by Ann Vole and Ben Cole exactly; Ann Vole said them as one of this"
                        + " group (attributed by: “they said”).",
                v.explanation());
        // The claimed person's own quote is preferred to the group's when both are there.
        Verification own = claimFerry(
                new SpeakerClaim("Ann Vole", Set.of(40L), Set.of(50L)),
                group,
                ferry(2, 40, "Ann Vole", SpeakerType.PERSON, null));
        assertEquals(Verdict.VERIFIED, own.verdict());
        assertEquals(2, own.matches().get(0).quote().quoteId(), "the person's own words, not the group's");
        assertEquals("Verified: the words match a quote by Ann Vole exactly.", own.explanation());
        // A group the claimed person is not part of is an identified other speaker.
        Verification other = claimFerry(new SpeakerClaim("Tom Hale", Set.of(41L)), group);
        assertEquals(Verdict.MISATTRIBUTED, other.verdict());
        assertTrue(
                other.explanation()
                        .startsWith("Misattributed: these words were said by Ann Vole and Ben Cole, not Tom Hale"),
                other.explanation());
    }

    @Test
    void speakerClaimChecksArguments() {
        assertThrows(NullPointerException.class, () -> new SpeakerClaim(null, Set.of()));
        assertThrows(NullPointerException.class, () -> new SpeakerClaim("x", Set.of(), null));
        SpeakerClaim c = new SpeakerClaim("Ann Vole", Set.of(40L), Set.of(40L, 50L));
        assertFalse(c.viaGroup(40), "a speaker that is the claim itself is not a group it belongs to");
        assertTrue(c.viaGroup(50));
        assertTrue(c.confirmedBy(50));
        assertThrows(
                NullPointerException.class,
                () -> new AttestedQuote(1, "a b", 1, "x", 1, QuoteForm.FULL, null, null, null));
    }

    @Test
    void checksArguments() {
        assertThrows(NullPointerException.class, () -> VERIFIER.verify(null, List.of()));
        assertThrows(NullPointerException.class, () -> VERIFIER.verify(SubmittedQuote.parse("a b"), null));
        assertThrows(IllegalArgumentException.class, () -> new Thresholds(1.5, 3, 0.5, 2, 0.1));
        assertThrows(IllegalArgumentException.class, () -> new DiffOp("move", "", ""));
    }
}
