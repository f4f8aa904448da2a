package news.verbatim.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import news.verbatim.text.OutletCredits.Credit;
import org.junit.jupiter.api.Test;

class OutletCreditsTest {

    private static List<String> outlets(String text) {
        return OutletCredits.in(text).stream().map(Credit::outlet).toList();
    }

    @Test
    void aWireDatelineCreditsTheAgency() {
        List<Credit> credits = OutletCredits.in("NORTHPORT, June 12 (Reuters) - The port authority said on Thursday …");
        assertEquals(List.of(new Credit("Reuters", "(Reuters) -")), credits);
        assertEquals(List.of("Bloomberg"), outlets("date 2024-08-06 (Bloomberg) -- The US and its allies …"));
        assertEquals(List.of("AP"), outlets("WASHINGTON (AP) \u2014 Lawmakers …"));
    }

    @Test
    void copyrightAndDistributionLinesCreditTheirOutlets() {
        String text = "The story.\n\n\u00A9 2024 Bloomberg L.P.\nVisit bloomberg.com.\n"
                + "Distributed by Tribune Content Agency, LLC.";
        assertEquals(List.of("Bloomberg", "Tribune Content Agency"), outlets(text));
        assertEquals(
                List.of("Associated Press"),
                outlets("Text.\nCopyright 2025 The Associated Press. All rights reserved."));
    }

    @Test
    void anOutletMerelyMentionedIsNoCredit() {
        assertEquals(List.of(), outlets("The two Iranian sources told Reuters that Tehran pressed Moscow."));
        assertEquals(List.of(), outlets("The minister (Israel) said nothing."));
        assertEquals(List.of(), outlets(""));
        assertEquals(List.of(), outlets(null));
    }

    @Test
    void creditsAreReadOnlyNearTheStartAndTheEnd() {
        String middle = "x ".repeat(OutletCredits.CREDIT_ZONE_CHARS) + "(Reuters) - "
                + "y ".repeat(OutletCredits.CREDIT_ZONE_CHARS);
        assertEquals(List.of(), outlets(middle));
    }

    @Test
    void keysIgnoreCompanyFormsAndALeadingThe() {
        assertEquals(OutletCredits.key("Bloomberg"), OutletCredits.key("Bloomberg L.P."));
        assertEquals(OutletCredits.key("Tribune Content Agency"), OutletCredits.key("Tribune Content Agency, LLC"));
        assertEquals(OutletCredits.key("Associated Press"), OutletCredits.key("The Associated Press"));
        assertEquals("reuters", OutletCredits.key("REUTERS"));
    }

    @Test
    void testIllegalArguments() {
        assertThrows(NullPointerException.class, () -> OutletCredits.key(null));
        assertThrows(NullPointerException.class, () -> new Credit(null, "(Reuters) -"));
    }
}
