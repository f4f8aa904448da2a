package news.verbatim.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Turns scraped article copy into the clean text every quote offset points into: one paragraph per line,
 * paragraphs separated by a single blank line, and no page furniture (leftover script, "close" buttons,
 * comment forms, store links, copyright and syndication lines, markdown marks, rules).
 *
 * <p>The cleaner is deliberately conservative: it removes whole lines that are plainly not article prose and
 * never edits the characters inside a kept line (except trimming its ends and dropping markdown heading marks),
 * so every quotation stays byte-identical to the source. Stateless and thread-safe.
 */
public final class TextCleaner {

    /** Whole lines (trimmed) that are page furniture. */
    private static final Pattern BOILERPLATE_LINE = Pattern.compile(
            "(?i)(close|share|share this( article)?|advertisement|leave a reply|leave a comment|comments?"
                    + "|jerusalem post store|visit bloomberg\\.com\\.?|distributed by tribune content agency,? llc\\.?"
                    + "|more stories like this are available on bloomberg\\.com\\.?"
                    + "|your email address will not be published\\.?( required fields are marked \\*)?"
                    + "|required fields are marked \\*|sign up( for [^.]{0,60})?|subscribe( now)?|read more"
                    + "|click here[^.]{0,80}|skip to (main )?content|cookie settings|accept( all)? cookies"
                    + "|(©|\\(c\\)|copyright)\\s*\\d{4}.{0,80}|all rights reserved\\.?|post comment|submit"
                    + "|name\\s*\\*?|email\\s*\\*?|website|related( articles| stories)?:?|recommended( for you)?:?"
                    + "|follow us on [^.]{0,60}|download the app[^.]{0,60}|print|email this|back to top)");

    /** "Published :`2024-08-07 15:15:49`", "Updated: …" metadata lines. */
    private static final Pattern META_LINE =
            Pattern.compile("(?i)(published|updated|last updated|posted)\\s*:\\s*`?[0-9][0-9:\\- T`.+Z]*");

    /** Horizontal rules in markdown or plain text. */
    private static final Pattern RULE_LINE = Pattern.compile("[-*_=~\u2014\u2013]{3,}");

    /** Markdown heading marks at the start of a line ("# Title"). */
    private static final Pattern HEADING_MARK = Pattern.compile("^#{1,6}\\s+");

    /** Tokens that only occur in script code, never in news prose. */
    private static final Pattern CODE_TOKENS = Pattern.compile(
            "document\\.|window\\.|getElementById|innerHTML|addEventListener|function\\s*\\(|\\bvar\\s+\\w+\\s*="
                    + "|\\blet\\s+\\w+\\s*=|\\bconst\\s+\\w+\\s*=|=>|!==|===|\\.style\\.|console\\.log|\\}\\s*\\)"
                    + "|\\bnull\\s*\\)|</?script|</?div|</?span|\\$\\(|jQuery|googletag|dataLayer");

    /** Cleans {@code raw}; never returns null. */
    public String clean(String raw) {
        if (raw == null || raw.isEmpty()) {
            return "";
        }
        String text = raw.replace("\r\n", "\n").replace('\r', '\n');
        if (text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        String[] lines = text.split("\n", -1);
        List<String> kept = new ArrayList<>(lines.length);
        for (String line : lines) {
            String t = strip(line);
            if (t.isEmpty()) {
                kept.add("");
                continue;
            }
            // Furniture lines are short; long lines are only checked for code.
            boolean shortLine = t.length() <= 160;
            if (isCode(t)
                    || shortLine
                            && (BOILERPLATE_LINE.matcher(t).matches()
                                    || META_LINE.matcher(t).matches()
                                    || RULE_LINE.matcher(t).matches())) {
                continue;
            }
            t = HEADING_MARK.matcher(t).replaceFirst("");
            t = stripTrailingBoilerplate(t);
            if (!t.isEmpty()) {
                kept.add(t);
            }
        }
        // One paragraph per line, a single blank line between paragraphs, nothing at either end.
        StringBuilder out = new StringBuilder(text.length());
        for (String line : kept) {
            if (line.isEmpty()) {
                continue;
            }
            if (!out.isEmpty()) {
                out.append("\n\n");
            }
            out.append(line);
        }
        return out.toString();
    }

    /**
     * A comment form glued to the last paragraph ("… Required fields are marked *" without a newline) is
     * removed from the end of a line only, so prose before it survives.
     */
    private static String stripTrailingBoilerplate(String line) {
        String[] tails = {
            "Your email address will not be published. Required fields are marked *", "Required fields are marked *"
        };
        for (String tail : tails) {
            if (line.endsWith(tail) && line.length() > tail.length()) {
                return strip(line.substring(0, line.length() - tail.length()));
            }
        }
        return line;
    }

    /**
     * Script code: a known code token plus the punctuation density of code (semicolons, braces, "="), or a
     * line that starts like a template-literal tail ({@code `;}). Prose with one semicolon is never code.
     */
    private static boolean isCode(String line) {
        if (line.startsWith("`;") || line.startsWith("});") || line.startsWith("<script")) {
            return true;
        }
        // Count the punctuation of code first: it is cheap, and most prose lines stop here before the regex.
        int punct = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == ';' || c == '{' || c == '}' || c == '=' || c == '(' || c == ')') {
                punct++;
            }
        }
        return punct >= 3 && CODE_TOKENS.matcher(line).find();
    }

    /** Trim that also removes no-break and other Unicode spaces, which {@link String#trim()} keeps. */
    static String strip(String s) {
        int b = 0;
        int e = s.length();
        while (b < e && isSpace(s.charAt(b))) {
            b++;
        }
        while (e > b && isSpace(s.charAt(e - 1))) {
            e--;
        }
        return s.substring(b, e);
    }

    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u00A0' || c == '\uFEFF';
    }
}
