package news.verbatim.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import news.verbatim.article.ExtractionPreview.PreviewQuote;
import news.verbatim.check.CheckResponse.BestMatch;
import news.verbatim.check.CheckResponse.CheckSummary;
import news.verbatim.check.CheckResponse.CheckedQuote;
import news.verbatim.check.CheckResponse.PageSpeaker;
import news.verbatim.extract.OriginalOffsets;
import news.verbatim.quote.Attribution;
import news.verbatim.quote.SourceView;
import news.verbatim.speaker.SpeakerKind;
import news.verbatim.verify.Verdict;
import news.verbatim.verify.VerifyResponse;
import news.verbatim.verify.VerifyResponse.MatchView;

/** Builds the records of a page check from the extracted quotes and their verifications. Pure functions. */
final class CheckedQuotes {

    /** How serious each verdict that needs attention is: lower comes first. */
    private static final Map<Verdict, Integer> ATTENTION_RANK =
            Map.of(Verdict.MISATTRIBUTED, 0, Verdict.ALTERED, 1, Verdict.NOT_FOUND, 2);

    private CheckedQuotes() {}

    /**
     * The speaker to verify the quote against: a named person, organisation or group; null for an anonymous or
     * unknown one, which claims no one, so only the words are checked.
     */
    static String claimedSpeaker(PreviewQuote quote) {
        return isClaim(quote.speakerKind()) ? quote.speaker() : null;
    }

    private static boolean isClaim(SpeakerKind kind) {
        return kind == SpeakerKind.PERSON || kind == SpeakerKind.ORGANISATION || kind == SpeakerKind.GROUP;
    }

    /** One checked quote, its span and cue moved from the cleaned text to {@code sent}, the text as sent. */
    static CheckedQuote of(String sent, PreviewQuote quote, VerifyResponse answer, OriginalOffsets offsets) {
        int start = offsets.toRaw(quote.start());
        int end = offsets.toRaw(quote.end());
        if (!sent.substring(start, end).equals(quote.text())) {
            throw new IllegalStateException("quote span " + start + ".." + end + " does not hold its text");
        }
        MatchView best = answer.matches().isEmpty() ? null : answer.matches().get(0);
        boolean attention = needsAttention(answer.verdict(), best);
        return new CheckedQuote(
                start,
                end,
                quote.text(),
                quote.kind(),
                quote.continuesPrevious(),
                new PageSpeaker(quote.speaker(), quote.speakerKind(), quote.nameForms(), isClaim(quote.speakerKind())),
                inSentText(quote.attribution(), offsets),
                answer.verdict(),
                answer.explanation(),
                attention,
                answer.attestedSpeakers(),
                answer.claimedSource(),
                best == null ? null : bestMatch(best),
                best == null ? null : firstAppearance(best.sources()),
                best == null ? 0 : best.sources().size(),
                best == null ? 0 : best.independentOutlets());
    }

    /** MISATTRIBUTED, ALTERED with a meaning change, and NOT_FOUND need a second look. */
    static boolean needsAttention(Verdict verdict, MatchView best) {
        return switch (verdict) {
            case MISATTRIBUTED, NOT_FOUND -> true;
            case ALTERED -> best != null && best.meaningChanged();
            default -> false;
        };
    }

    /** Counts by verdict, and the indices of the quotes needing attention, most serious first. */
    static CheckSummary summary(int found, List<CheckedQuote> checked) {
        Map<Verdict, Integer> byVerdict = new EnumMap<>(Verdict.class);
        for (Verdict v : Verdict.values()) {
            byVerdict.put(v, 0);
        }
        List<Integer> attention = new ArrayList<>();
        for (int i = 0; i < checked.size(); i++) {
            CheckedQuote q = checked.get(i);
            byVerdict.merge(q.verdict(), 1, Integer::sum);
            if (q.needsAttention()) {
                attention.add(i);
            }
        }
        // stable: text order is kept within each rank
        attention.sort(
                Comparator.comparingInt(i -> ATTENTION_RANK.get(checked.get(i).verdict())));
        return new CheckSummary(found, checked.size(), found - checked.size(), byVerdict, attention);
    }

    private static SourceView firstAppearance(List<SourceView> sources) {
        return sources.stream().filter(SourceView::first).findFirst().orElse(null);
    }

    private static BestMatch bestMatch(MatchView m) {
        SourceView own = m.sources().stream()
                .filter(s -> s.quoteId() == m.quoteId())
                .findFirst()
                .orElse(m.sources().isEmpty() ? null : m.sources().get(0));
        return new BestMatch(
                m.quoteId(),
                m.statementId(),
                m.text(),
                m.speaker(),
                m.speakerId(),
                own == null ? null : own.outlet(),
                own == null ? null : own.date(),
                m.score(),
                m.wording(),
                m.meaningChanged(),
                m.meaningChanges(),
                m.diff(),
                m.attributedBy());
    }

    /** The attribution with its cue offsets in the text as sent. */
    private static Attribution inSentText(Attribution a, OriginalOffsets offsets) {
        if (a == null || a.cueStart() == null || a.cueEnd() == null) {
            return a;
        }
        return new Attribution(a.method(), a.cue(), offsets.toRaw(a.cueStart()), offsets.toRaw(a.cueEnd()));
    }
}
