package news.verbatim.speaker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.TestTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import news.verbatim.common.PageRequest;
import news.verbatim.common.PageResponse;
import news.verbatim.text.NearName;
import org.junit.jupiter.api.Test;

/** The speaker service's own methods, on the fixture corpus: name matching, paging and missing speakers. */
@QuarkusTest
class SpeakerServiceTest {

    private static final long NO_SUCH_SPEAKER = 987_654_321L;

    @Inject
    SpeakerService speakers;

    @Test
    void aSurnameMatchesItsPersonExactly() {
        List<SpeakerMatch> found = speakers.match("Blinken");

        assertEquals(1, found.size());
        assertEquals("Antony Blinken", found.get(0).speakerName());
        assertEquals(SpeakerKind.PERSON, found.get(0).kind());
        assertTrue(found.get(0).exact());
    }

    @Test
    void aTypedTitleIsReadAsThePersonalName() {
        List<SpeakerMatch> found = speakers.match("Secretary of State Blinken");

        assertEquals(List.of("Antony Blinken"), names(found));
        assertTrue(found.get(0).exact());
    }

    @Test
    void blankOrUnknownNamesMatchNobody() {
        assertEquals(List.of(), speakers.match(null));
        assertEquals(List.of(), speakers.match("  "));
        assertEquals(List.of(), speakers.match("Nobody Known Zebedee"));
    }

    @Test
    void pagesFollowOneAnotherInNameOrder() {
        PageResponse<SpeakerView> all = speakers.list(null, new PageRequest(0, PageRequest.MAX_SIZE));
        PageResponse<SpeakerView> first = speakers.list(null, new PageRequest(0, 3));
        PageResponse<SpeakerView> second = speakers.list(null, new PageRequest(1, 3));

        assertTrue(all.total() > 6, "the fixture corpus has more than two pages of three speakers");
        assertEquals(all.total(), first.total());
        assertEquals(all.total(), second.total());
        List<String> both = new ArrayList<>(names(first.items()));
        both.addAll(names(second.items()));
        assertEquals(names(all.items()).subList(0, 6), both);
        List<String> sorted = new ArrayList<>(names(all.items()));
        sorted.sort(String::compareTo);
        assertEquals(sorted, names(all.items()));
    }

    @Test
    void aPageBeyondTheEndIsEmptyButCountsTheList() {
        PageResponse<SpeakerView> beyond = speakers.list(null, new PageRequest(10_000, 20));

        assertEquals(List.of(), beyond.items());
        assertTrue(beyond.total() > 0);
        assertEquals(10_000, beyond.page());
    }

    @Test
    void aSearchListsOnlyTheMatchingSpeakersWithTheirQuoteCounts() {
        PageResponse<SpeakerView> found = speakers.list("Blinken", new PageRequest(0, 20));

        assertEquals(1, found.total());
        SpeakerView blinken = found.items().get(0);
        assertEquals("Antony Blinken", blinken.name());
        assertTrue(blinken.aliases().contains("Blinken"));
        assertTrue(blinken.quoteCount() >= 8, "quote count " + blinken.quoteCount());
        assertEquals(blinken, speakers.find(blinken.id()).orElseThrow());
        assertEquals(
                0, speakers.list("Nobody Known Zebedee", new PageRequest(0, 20)).total());
    }

    @Test
    void aMissingSpeakerIsNotFound() {
        assertTrue(speakers.find(NO_SUCH_SPEAKER).isEmpty());
        assertFalse(speakers.exists(NO_SUCH_SPEAKER));
    }

    @Test
    @TestTransaction
    void aFullNameLaterUpgradesASpeakerKnownBySurnameOnly() {
        Speaker bySurname = speakers.resolveOrCreate("Quillfeather", SpeakerKind.PERSON, List.of());
        Speaker byFullName = speakers.resolveOrCreate("Odile Quillfeather", SpeakerKind.PERSON, List.of());

        assertEquals(bySurname.id, byFullName.id);
        assertEquals("Odile Quillfeather", byFullName.name);
        assertTrue(speakers.exists(byFullName.id));
        assertEquals(List.of("Odile Quillfeather"), names(speakers.match("Quillfeather")));
    }

    @Test
    @TestTransaction
    void aSpeakerWithoutANameIsTheUnknownSpeaker() {
        Speaker blank = speakers.resolveOrCreate("   ", SpeakerKind.PERSON, List.of());
        Speaker unknown = speakers.resolveOrCreate("Somebody", SpeakerKind.UNKNOWN, List.of());

        assertEquals(SpeakerService.UNKNOWN_NAME, blank.name);
        assertEquals(SpeakerKind.UNKNOWN, blank.kind);
        assertEquals(blank.id, unknown.id);
    }

    @Test
    void aNameNoAliasMatchesIsReadAsThePersonItIsNearly() {
        NearSpeakers misspelt = speakers.near("Secretary of State Blinkin");
        assertTrue(misspelt.resolved());
        assertEquals(List.of("Antony Blinken"), names(misspelt.matches()));
        assertEquals(NearName.Kind.SPELLING, misspelt.kind());
        assertFalse(misspelt.matches().get(0).exact());

        NearSpeakers transliterated = speakers.near("Abbas Araqchi");
        assertEquals(List.of("Abbas Araghchi"), names(transliterated.matches()));
        assertEquals(NearName.Kind.TRANSLITERATION, transliterated.kind());
    }

    @Test
    @TestTransaction
    void aNameNearTwoDifferentNamesIsAmbiguous() {
        speakers.resolveOrCreate("Mara Kessel", SpeakerKind.PERSON, List.of());
        speakers.resolveOrCreate("Jon Kessler", SpeakerKind.PERSON, List.of());

        NearSpeakers both = speakers.near("Kessle");
        assertTrue(both.ambiguous());
        assertFalse(both.resolved());
        assertEquals(List.of("Mara Kessel", "Jon Kessler"), names(both.matches()));
        // near one of them only: "Kesseler" is two edits from "Kessel", too many for seven letters
        assertEquals(List.of("Jon Kessler"), names(speakers.near("Kesseler").matches()));
        // an exact alias is never looked at as a near one: match() answers first
        assertEquals(List.of("Jon Kessler"), names(speakers.match("Kessler")));
    }

    @Test
    void shortBlankAndUnknownNamesAreNearNobody() {
        assertEquals(NearSpeakers.NONE, speakers.near(null));
        assertEquals(NearSpeakers.NONE, speakers.near("  "));
        // "Sarr" folds to Gideon Saar's "sar", but four letters must be typed exactly
        assertEquals(NearSpeakers.NONE, speakers.near("Sarr"));
        assertEquals(NearSpeakers.NONE, speakers.near("Zebedee Quorndon"));
        assertEquals(List.of("k", "q", "g", "c"), SpeakerService.firstLetters("qassem"));
        assertEquals(List.of("b"), SpeakerService.firstLetters("blinken"));
    }

    private static List<String> names(List<?> items) {
        return items.stream()
                .map(item -> item instanceof SpeakerMatch m ? m.speakerName() : ((SpeakerView) item).name())
                .toList();
    }
}
