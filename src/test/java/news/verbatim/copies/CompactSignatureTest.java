package news.verbatim.copies;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The stored form of a signature: what was written reads back, and compares as the full signature does. */
class CompactSignatureTest {

    private static final String STORY = "The council voted on Tuesday to close the harbour road for the whole summer,"
            + " after engineers found cracks in the sea wall that they said could not wait another winter. Residents"
            + " will be offered a shuttle bus from the car park at the top of the hill, the council said.";

    @Test
    void whatIsStoredReadsBackBucketForBucket() {
        CompactSignature signature = MinHashSignature.of(STORY).compact();
        byte[] stored = signature.bytes();
        assertEquals(MinHashSignature.BUCKETS * 4, stored.length);
        assertArrayEquals(stored, CompactSignature.fromBytes(stored).bytes());
        assertEquals(1.0, signature.similarity(CompactSignature.fromBytes(stored)));
    }

    @Test
    void aStoredSignatureComparesAsTheSignatureOfItsText() {
        String edited = STORY.replace("Tuesday", "Wednesday").replace("shuttle bus", "minibus");
        CompactSignature stored =
                CompactSignature.fromBytes(MinHashSignature.of(edited).compact().bytes());
        double expected = MinHashSignature.of(STORY).similarity(MinHashSignature.of(edited));
        assertEquals(expected, MinHashSignature.of(STORY).compact().similarity(stored));
        assertEquals(true, expected > 0.5 && expected < 1, "an edited copy is similar, not equal: " + expected);
    }

    @Test
    void aTextWithoutWordsIsSimilarToNothingAndABrokenValueIsRefused() {
        CompactSignature empty = MinHashSignature.of("…").compact();
        assertEquals(0, empty.bytes().length);
        assertEquals(0.0, empty.similarity(MinHashSignature.of(STORY).compact()));
        assertThrows(IllegalArgumentException.class, () -> CompactSignature.fromBytes(new byte[5]));
    }
}
