package news.verbatim.verify;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import news.verbatim.quote.SourceView;
import news.verbatim.text.OutletCredits;
import news.verbatim.verify.VerifyResponse.ClaimedSource;

/**
 * Checks the claimed outlet and date against the sources of the best match, and says in the explanation what is
 * wrong with them. An outlet carried the words when a source is that outlet, or printed that outlet's copy: a
 * paper running a Reuters story credited "(Reuters) -", or Bloomberg copy "Distributed by Tribune Content Agency"
 * ({@link OutletCredits}).
 *
 * <pre>{@code
 * ClaimedSourceCheck.Result r = ClaimedSourceCheck.check("Fox News", null, sources, articleTexts);
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
     * @param date         the claimed date, or null
     * @param sources      the sources of the best match, earliest first; empty when nothing was found
     * @param articleTexts the article text of each source quote id, asked only when the outlet is no source's own
     */
    static Result check(
            String claimedOutlet,
            LocalDate date,
            List<SourceView> sources,
            Function<Collection<Long>, Map<Long, String>> articleTexts) {
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
            String key = OutletCredits.key(outlet);
            byOutlet = sources.stream()
                    .filter(s -> OutletCredits.key(s.outlet()).equals(key))
                    .toList();
            if (byOutlet.isEmpty()) {
                Map<Long, String> texts = articleTexts.apply(
                        sources.stream().map(SourceView::quoteId).toList());
                List<SourceView> crediting = new ArrayList<>();
                for (SourceView s : sources) {
                    for (OutletCredits.Credit c : OutletCredits.in(texts.get(s.quoteId()))) {
                        if (OutletCredits.key(c.outlet()).equals(key)) {
                            crediting.add(s);
                            if (syndicatedIn == null) {
                                syndicatedIn = s.outlet();
                                credit = c.printed();
                            }
                            break;
                        }
                    }
                }
                byOutlet = crediting;
            }
        }
        List<SourceView> carrying = byOutlet.stream()
                .filter(s -> date == null || date.equals(s.date()))
                .toList();
        Boolean outletCarried = outlet == null ? null : !byOutlet.isEmpty();
        Boolean dateCarried = date == null ? null : sources.stream().anyMatch(s -> date.equals(s.date()));
        ClaimedSource view = new ClaimedSource(
                outlet, dateText, !carrying.isEmpty(), outletCarried, dateCarried, syndicatedIn, credit);
        return new Result(view, clause(outlet, dateText, sources, byOutlet, carrying, syndicatedIn, credit));
    }

    private static String clause(
            String outlet,
            String date,
            List<SourceView> sources,
            List<SourceView> byOutlet,
            List<SourceView> carrying,
            String syndicatedIn,
            String credit) {
        String copy = syndicatedIn == null ? null : syndicatedIn + " printed it as " + article(outlet) + " copy";
        if (!carrying.isEmpty()) {
            return copy == null ? "" : "; " + copy + " (credited \u201C" + credit + "\u201D)";
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
