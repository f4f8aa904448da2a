package news.verbatim.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import news.verbatim.common.ApiException;
import news.verbatim.quote.Attribution;
import news.verbatim.quote.QuoteDraft;
import news.verbatim.quote.QuoteKind;
import news.verbatim.speaker.SpeakerKind;
import org.junit.jupiter.api.Test;

class SpeakerOverridesTest {

    private static QuoteDraft draft(int start, int end, String speaker, boolean continues) {
        return new QuoteDraft(
                "x".repeat(end - start),
                start,
                end,
                QuoteKind.FULL,
                speaker,
                SpeakerKind.PERSON,
                List.of(speaker),
                continues,
                new Attribution("CUE_AFTER", speaker + " said", 0, 3));
    }

    @Test
    void anOverrideSetsTheSpeakerOfItsQuoteAndOfTheLaterPartsThatContinueIt() {
        List<QuoteDraft> drafts = List.of(
                draft(0, 10, "Ann Roe", false),
                draft(20, 30, "Ann Roe", true),
                draft(40, 50, "Ann Roe", true),
                draft(60, 70, "Ben Cole", false));
        List<QuoteDraft> out = SpeakerOverrides.apply(
                drafts,
                List.of(
                        new SpeakerOverride(0, 10, " Cara Dune ", null),
                        new SpeakerOverride(40, 50, null, SpeakerKind.UNKNOWN)));
        assertEquals(
                List.of("Cara Dune", "Cara Dune", "unknown", "Ben Cole"),
                out.stream().map(QuoteDraft::speaker).toList());
        assertEquals(SpeakerKind.PERSON, out.get(0).speakerKind());
        assertEquals(SpeakerKind.UNKNOWN, out.get(2).speakerKind());
        assertEquals(Attribution.CORRECTED, out.get(1).attribution());
        assertSame(drafts.get(3), out.get(3));
        assertSame(drafts, SpeakerOverrides.apply(drafts, List.of()));
        assertSame(drafts, SpeakerOverrides.apply(drafts, null));
    }

    @Test
    void testIllegalArguments() {
        List<QuoteDraft> drafts = List.of(draft(0, 10, "Ann Roe", false));
        assertEquals(422, status(drafts, new SpeakerOverride(0, 11, "Cara Dune", null)));
        assertEquals(400, status(drafts, new SpeakerOverride(5, 4, "Cara Dune", null)));
        assertEquals(400, status(drafts, new SpeakerOverride(0, 10, "  ", null)));
        assertEquals(400, status(drafts, new SpeakerOverride(0, 10, null, SpeakerKind.PERSON)));
        assertEquals(400, status(drafts, new SpeakerOverride(0, 10, "Cara Dune", SpeakerKind.UNKNOWN)));
        ApiException twice = assertThrows(
                ApiException.class,
                () -> SpeakerOverrides.apply(
                        drafts,
                        List.of(
                                new SpeakerOverride(0, 10, "Cara Dune", null),
                                new SpeakerOverride(0, 10, "Dan Eke", null))));
        assertEquals("speakerOverrides[1]", twice.errors().get(0).field());
    }

    private static int status(List<QuoteDraft> drafts, SpeakerOverride override) {
        return assertThrows(ApiException.class, () -> SpeakerOverrides.apply(drafts, List.of(override)))
                .status();
    }
}
