package news.verbatim.transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NdjsonLinesTest {

    private static List<NdjsonLines.Line> all(Reader in, int maxChars) {
        NdjsonLines lines = new NdjsonLines(in, maxChars);
        List<NdjsonLines.Line> out = new ArrayList<>();
        for (NdjsonLines.Line line = lines.next(); line != null; line = lines.next()) {
            out.add(line);
        }
        assertNull(lines.next(), "stays at the end");
        return out;
    }

    @Test
    void splitsOnNewlinesDropsCarriageReturnsAndKeepsALastLineWithoutNewline() {
        List<NdjsonLines.Line> lines = all(new StringReader("{\"a\":1}\r\n\n{\"b\":2}\n{\"c\""), 100);
        assertEquals(
                List.of(
                        new NdjsonLines.Line(1, "{\"a\":1}"),
                        new NdjsonLines.Line(2, ""),
                        new NdjsonLines.Line(3, "{\"b\":2}"),
                        new NdjsonLines.Line(4, "{\"c\"")),
                lines);
    }

    @Test
    void aTrailingNewlineEndsTheLastLineAndAnEmptyStreamHasNone() {
        assertEquals(List.of(new NdjsonLines.Line(1, "x")), all(new StringReader("x\n"), 10));
        assertEquals(List.of(), all(new StringReader(""), 10));
    }

    @Test
    void aLineOverTheLimitIsReportedWithoutBeingKeptAndReadingGoesOn() {
        // A reader that hands out a few characters at a time, so that the long line spans many reads.
        String text = "short\n" + "y".repeat(300_000) + "\nexactly10!\nelevenchars\nlast";
        Reader trickle = new StringReader(text) {
            @Override
            public int read(char[] buf, int off, int len) throws java.io.IOException {
                return super.read(buf, off, Math.min(len, 7));
            }
        };
        List<NdjsonLines.Line> lines = all(trickle, 10);
        assertEquals(5, lines.size());
        assertEquals("short", lines.get(0).text());
        assertTrue(lines.get(1).tooLong());
        assertEquals(2, lines.get(1).number());
        assertEquals("exactly10!", lines.get(2).text());
        assertTrue(lines.get(3).tooLong());
        assertEquals(new NdjsonLines.Line(5, "last"), lines.get(4));
    }

    @Test
    void testIllegalArguments() {
        assertThrows(IllegalArgumentException.class, () -> new NdjsonLines(new StringReader(""), 0));
    }
}
