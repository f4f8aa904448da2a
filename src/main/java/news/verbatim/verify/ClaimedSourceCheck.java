package news.verbatim.verify;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import news.verbatim.article.OriginalArticle;
import news.verbatim.quote.SourceView;
import news.verbatim.text.NameKeys;
import news.verbatim.verify.VerifyResponse.ClaimedSource;

/**
 * Checks the claimed outlet and date against the sources of the best match, and says in the explanation what is
 * wrong with them. An outlet carried the words when a source is that outlet, or printed that outlet's copy: a
 * paper running a Reuters story credited "(Reuters) -" ({@code SourceView.creditedTo}, read from the raw copy at
 * ingestion by {@code copies.WireCredits}), or a reprint of a stored original of that outlet
 * ({@code SourceView.copyOf}). Outlet names are compared by {@link NameKeys#outlet}, without a leading "The".
 *
 * <pre>{@code
 * ClaimedSourceCheck.Result r = ClaimedSourceCheck.check("Fox News", null, sources);
 * r.view().carried(); // false
 * r.clause();         // "; it was printed by CNN on 2024-10-11, not by the claimed Fox News"
 * }</pre>
 */
final class ClaimedSourceCheck {

    /** Sources named in a clause; more are counted. */
    static final int NAMED_SOURCES = 3;

    /**
     * What the check found.
     *
     * @param view   the answer's claimedSource, or null when neither outlet nor date was claimed
     * @param clause what to add to the explanation ("; it was printed by …"), empty when nothing needs saying
     */
    record Result(ClaimedSource view, String clause) {
        static final Result NONE = new Result(null, "");

        /** {@code explanation} with the clause added before its final full stop. */
        String explain(String explanation) {
            if (clause.isEmpty()) {
                return explanation;
            }
            String body = explanation.endsWith(".") ? explanation.substring(0, explanation.length() - 1) : explanation;
            return body + clause + ".";
        }
    }

    private ClaimedSourceCheck() {}

    /**
     * @param claimedOutlet the claimed outlet as sent; null or blank when none was claimed
     * @param date          the claimed date, or null
     * @param sources       the sources of the best match, earliest first; empty when nothing was found
     */
    static Result check(String claimedOutlet, LocalDate date, List<SourceView> sources) {
        String outlet = claimedOutlet == null || claimedOutlet.isBlank() ? null : claimedOutlet.strip();
        if (outlet == null && date == null) {
            return Result.NONE;
        }
        String dateText = date == null ? null : date.toString();
        if (sources.isEmpty()) {
            return new Result(new ClaimedSource(outlet, dateText, false, null, null, null, null), "");
        }
        List<SourceView> byOutlet = sources;
        String syndicatedIn = null;
        String credit = null;
        if (outlet != null) {
            String key = key(outlet);
            byOutlet = sources.stream().filter(s -> key(s.outlet()).equals(key)).toList();
            if (byOutlet.isEmpty()) {
                byOutlet = sources.stream()
                        .filter(s -> credited(s).map(c -> key(c).equals(key)).orElse(false))
                        .toList();
                if (!byOutlet.isEmpty()) {
                    syndicatedIn = byOutlet.get(0).outlet();
                    credit = credited(byOutlet.get(0)).orElseThrow();
                }
            }
        }
        List<SourceView> carrying = byOutlet.stream()
                .filter(s -> date == null || date.equals(s.date()))
                .toList();
        Boolean outletCarried = outlet == null ? null : !byOutlet.isEmpty();
        Boolean dateCarried = date == null ? null : sources.stream().anyMatch(s -> date.equals(s.date()));
        ClaimedSource view = new ClaimedSource(
                outlet, dateText, !carrying.isEmpty(), outletCarried, dateCarried, syndicatedIn, credit);
        return new Result(view, clause(outlet, dateText, sources, byOutlet, carrying, syndicatedIn));
    }

    /** Whose copy a source printed: the outlet its credit line names, else the outlet of the original it reprints. */
    private static Optional<String> credited(SourceView s) {
        if (s.creditedTo() != null && !s.creditedTo().isBlank()) {
            return Optional.of(s.creditedTo());
        }
        return Optional.ofNullable(s.copyOf()).map(OriginalArticle::outlet);
    }

    /** The key outlets are compared by: "The Associated Press" and "Associated Press" are one outlet. */
    private static String key(String outlet) {
        String k = NameKeys.outlet(outlet);
        return k.startsWith("the ") ? k.substring(4) : k;
    }

    private static String clause(
            String outlet,
            String date,
            List<SourceView> sources,
            List<SourceView> byOutlet,
            List<SourceView> carrying,
            String syndicatedIn) {
        String copy = syndicatedIn == null ? null : syndicatedIn + " printed it as " + article(outlet) + " copy";
        if (!carrying.isEmpty()) {
            return copy == null ? "" : "; " + copy;
        }
        if (outlet != null && !byOutlet.isEmpty()) {
            // the outlet carried it, on another day
            String printer = copy != null ? copy : byOutlet.get(0).outlet() + " printed it";
            return "; " + printer + " on " + dates(byOutlet) + ", not on the claimed " + date;
        }
        if (outlet == null) {
            return "; it was printed " + printedBy(sources) + ", not on the claimed " + date;
        }
        return "; it was printed " + printedBy(sources) + ", not by the claimed " + outlet
                + (date == null ? "" : " on " + date);
    }

    /** "by CNN on 2024-10-11", "by Jerusalem Post on 2024-08-06 and CNN on 2024-08-07", "… and 2 more sources". */
    private static String printedBy(List<SourceView> sources) {
        Set<String> printed = new LinkedHashSet<>();
        sources.forEach(s -> printed.add(s.outlet() + " on " + s.date()));
        List<String> named = new ArrayList<>(printed).subList(0, Math.min(printed.size(), NAMED_SOURCES));
        int more = printed.size() - named.size();
        List<String> all = new ArrayList<>(named);
        if (more > 0) {
            all.add(more == 1 ? "1 more source" : more + " more sources");
        }
        return "by " + EditPhrases.joinNames(all);
    }

    /** "2024-08-02", or "2024-08-02 and 2024-08-04": the dates these sources printed it on. */
    private static String dates(List<SourceView> sources) {
        Set<String> dates = new LinkedHashSet<>();
        sources.forEach(s -> dates.add(String.valueOf(s.date())));
        return EditPhrases.joinNames(List.copyOf(dates));
    }

    /** "a Reuters", "an AP": the article before an outlet's name. */
    private static String article(String outlet) {
        return ("AEIOU".indexOf(Character.toUpperCase(outlet.charAt(0))) >= 0 ? "an " : "a ") + outlet;
    }
}
