package news.verbatim.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The outlets an article's text credits as the origin or distributor of its copy: a wire story printed by a
 * paper ("NORTHPORT, June 12 (Reuters) -"), or a syndicated one ("© 2024 Bloomberg L.P. … Distributed by
 * Tribune Content Agency, LLC."). A journalist who says the words were in Reuters is right when the paper printed
 * Reuters' copy.
 *
 * <pre>{@code
 * List<Credit> credits = OutletCredits.in(articleText);
 * credits.get(0).outlet();  // "Reuters"
 * credits.get(0).printed(); // "(Reuters) -"
 * OutletCredits.key("Tribune Content Agency, LLC").equals(OutletCredits.key("Tribune Content Agency")); // true
 * }</pre>
 *
 * <p>Only three unambiguous credit forms are read, each a convention of wire and syndicated copy: the dateline's
 * parenthesised agency followed by a dash, a copyright line, and a "Distributed by" line. An outlet merely
 * mentioned ("the sources told Reuters") is no credit.
 */
public final class OutletCredits {

    /** An outlet credited in the text, and the credit as printed. */
    public record Credit(String outlet, String printed) {
        public Credit {
            Objects.requireNonNull(outlet, "outlet");
            Objects.requireNonNull(printed, "printed");
        }
    }

    /** A name of an outlet: capitalised words, with the "&", "." and "'" of names such as "AT&T" or "L.P.". */
    private static final String NAME =
            "(\\p{Lu}[\\p{L}\\p{N}&.'’-]*(?:[ \\u00A0]+[\\p{Lu}&][\\p{L}\\p{N}&.'’-]*){0,5})";

    private static final List<Pattern> CREDIT_FORMS = List.of(
            // "June 12 (Reuters) -", "(Bloomberg) --", "(AP) —": the agency that filed the story
            Pattern.compile("\\(" + NAME + "\\)[ \\u00A0]*(?:--|[-\\u2013\\u2014])"),
            // "© 2024 Bloomberg L.P.", "Copyright 2024 The Associated Press"
            Pattern.compile("(?:©|\\(c\\)|Copyright)[ \\u00A0]*(?:\\d{4}[ \\u00A0,]+)?(?:The[ \\u00A0]+)?" + NAME),
            // "Distributed by Tribune Content Agency, LLC."
            Pattern.compile("Distributed by[ \\u00A0]+(?:the[ \\u00A0]+)?" + NAME));

    /** Company forms and articles that do not tell one outlet from another ("Bloomberg L.P." is Bloomberg). */
    private static final Pattern COMPANY_FORM =
            Pattern.compile("(?i)(?:,?\\s+(?:l\\.?p\\.?|llc|inc\\.?|ltd\\.?|plc|co\\.?|corp\\.?))+\\.?$");

    /** Credits are read near the start and the end of the text, where datelines and credit lines stand. */
    static final int CREDIT_ZONE_CHARS = 600;

    private OutletCredits() {}

    /** The outlets {@code articleText} credits, in the order printed, each once; none for a null text. */
    public static List<Credit> in(String articleText) {
        List<Credit> out = new ArrayList<>();
        if (articleText == null || articleText.isEmpty()) {
            return out;
        }
        String head = articleText.substring(0, Math.min(articleText.length(), CREDIT_ZONE_CHARS));
        int tailStart = Math.max(head.length(), articleText.length() - CREDIT_ZONE_CHARS);
        for (String zone : List.of(head, articleText.substring(tailStart))) {
            for (Pattern form : CREDIT_FORMS) {
                Matcher m = form.matcher(zone);
                while (m.find()) {
                    // a full stop and a space end the name: "The Associated Press. All rights reserved."
                    String name = m.group(1).split("\\.[ \\u00A0]", 2)[0];
                    String outlet =
                            COMPANY_FORM.matcher(name.strip()).replaceAll("").replaceAll("[.,]+$", "");
                    String printed = name.length() == m.group(1).length()
                            ? m.group()
                            : zone.substring(m.start(), m.start(1) + name.length());
                    if (!key(outlet).isEmpty()
                            && out.stream().noneMatch(c -> key(c.outlet()).equals(key(outlet)))) {
                        out.add(new Credit(outlet, printed.strip()));
                    }
                }
            }
        }
        return out;
    }

    /**
     * The key an outlet is compared by when a credit is read: {@link NameKeys#outlet}, without a leading "the" and
     * a trailing company form, so "The Associated Press" and "Associated Press", or "Bloomberg L.P." and
     * "Bloomberg", are one outlet.
     */
    public static String key(String outlet) {
        String k = NameKeys.outlet(COMPANY_FORM
                .matcher(Objects.requireNonNull(outlet, "outlet").strip())
                .replaceAll(""));
        return k.startsWith("the ") ? k.substring(4) : k;
    }
}
