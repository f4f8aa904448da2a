package news.verbatim.copies;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WireCreditsTest {

    @Test
    void findsDatelineSignOffCopyrightAndDistributorCredits() {
        assertEquals(Optional.of("Reuters"), WireCredits.find("LONDON (Reuters) - Prices rose on Monday."));
        assertEquals(
                Optional.of("Bloomberg"), WireCredits.find(" date 2024-08-06 (Bloomberg) -- The US and its allies"));
        assertEquals(Optional.of("Associated Press"), WireCredits.find("WASHINGTON (AP) \u2014 The Senate voted."));
        assertEquals(
                Optional.of("Associated Press"),
                WireCredits.find(
                        "The board met on Monday.\n\nIt will meet again in May.\n\n\u2014 Associated Press\n"));
        assertEquals(
                Optional.of("Associated Press"), WireCredits.find("The board met on Monday.\n- The Associated Press"));
        assertEquals(
                Optional.of("Tribune Content Agency"),
                WireCredits.find("The board met on Monday.\n\nvia Tribune Content Agency\n"));
        assertEquals(
                Optional.of("Valley Courier"),
                WireCredits.find(
                        "The board met.\nThis story was originally published by Valley Courier and is shared."));
    }

    @Test
    void theOwnerOfASyndicatedStoryIsItsCreditNotTheDistributor() throws IOException {
        String seed =
                Files.readString(Path.of("fixtures/articles/004-bloomberg-israel-coordinates-us-uk-iran-strike.txt"));
        assertEquals(Optional.of("Bloomberg"), WireCredits.find(seed));
        assertEquals(
                Optional.of("Bloomberg"),
                WireCredits.find("Text.\n\u00a9 2024 Bloomberg L.P.\nDistributed by Tribune Content Agency, LLC.\n"));
    }

    @Test
    void aDistributorIsToldFromAnAuthor() {
        assertEquals(
                Optional.of(new WireCredits.Credit("Tribune Content Agency", true)),
                WireCredits.credit("The board met.\n\nDistributed by Tribune Content Agency, LLC.\n"));
        assertEquals(
                Optional.of(new WireCredits.Credit("Reuters", false)), WireCredits.credit("OSLO (Reuters) - Text."));
    }

    @Test
    void proseAndQuotationsAreNoCredit() {
        assertEquals(
                Optional.empty(), WireCredits.find("\u201cWe will not sail,\u201d Brennan said.\n\nThe talks failed."));
        // "via" in a sentence, parentheses that open no dateline
        assertEquals(Optional.empty(), WireCredits.find("The minister spoke to the summit via Zoom."));
        assertEquals(Optional.empty(), WireCredits.find("The Israel Defense Forces (IDF) said it struck targets."));
        // a dash line in the middle of a story is a list item, not a sign-off
        assertEquals(
                Optional.empty(),
                WireCredits.find("Options:\n- Harbour Road\nmore\nmore\nmore\nmore\nThe council will decide."));
    }

    @Test
    void aCreditNamesAnotherOutletUnlessItIsThePublisher() {
        assertTrue(WireCredits.creditsAnother("Reuters", "Valley Courier"));
        assertFalse(WireCredits.creditsAnother("Bloomberg", "Bloomberg"));
        assertFalse(WireCredits.creditsAnother("Bloomberg", "Bloomberg News"));
        assertFalse(WireCredits.creditsAnother("AP", "The Associated Press"));
        assertFalse(WireCredits.creditsAnother(null, "Valley Courier"));
    }

    @Test
    void testIllegalArguments() {
        assertThrows(IllegalArgumentException.class, () -> WireCredits.find(null));
    }
}
