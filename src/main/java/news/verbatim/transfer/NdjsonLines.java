package news.verbatim.transfer;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;

/**
 * Reads a stream one line at a time, holding at most one line in memory: a line longer than the limit is
 * skipped to its end and reported as too long instead of being kept. {@code \n} ends a line, a {@code \r}
 * before it is dropped, and a last line without a newline counts.
 *
 * <pre>{@code
 * NdjsonLines lines = new NdjsonLines(reader, 4_000_000);
 * for (NdjsonLines.Line line = lines.next(); line != null; line = lines.next()) { ... }
 * }</pre>
 */
final class NdjsonLines {

    /** One line: its number from 1, and its text (null when it was longer than the limit). */
    record Line(long number, String text) {
        boolean tooLong() {
            return text == null;
        }
    }

    private static final int BUFFER_CHARS = 64 * 1024;

    private final Reader in;
    private final int maxChars;
    private final char[] buffer = new char[BUFFER_CHARS];
    private int pos;
    private int limit;
    private long number;
    private boolean done;

    NdjsonLines(Reader in, int maxChars) {
        if (maxChars < 1) {
            throw new IllegalArgumentException("maxChars must be at least 1, got " + maxChars);
        }
        this.in = in;
        this.maxChars = maxChars;
    }

    /** The next line, or null at the end of the stream. */
    Line next() {
        if (done) {
            return null;
        }
        StringBuilder line = new StringBuilder();
        boolean tooLong = false;
        boolean any = false;
        while (true) {
            if (pos == limit && !fill()) {
                done = true;
                if (!any) {
                    return null;
                }
                break;
            }
            any = true;
            int start = pos;
            while (pos < limit && buffer[pos] != '\n') {
                pos++;
            }
            if (!tooLong) {
                line.append(buffer, start, pos - start);
                if (line.length() > maxChars + 1) {
                    tooLong = true;
                    line.setLength(0);
                }
            }
            if (pos < limit) {
                pos++; // the newline
                break;
            }
        }
        number++;
        if (!tooLong && !line.isEmpty() && line.charAt(line.length() - 1) == '\r') {
            line.setLength(line.length() - 1);
        }
        if (tooLong || line.length() > maxChars) {
            return new Line(number, null);
        }
        return new Line(number, line.toString());
    }

    private boolean fill() {
        try {
            int read = in.read(buffer, 0, buffer.length);
            if (read <= 0) {
                return false;
            }
            pos = 0;
            limit = read;
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException("the request body could not be read to its end", e);
        }
    }
}
