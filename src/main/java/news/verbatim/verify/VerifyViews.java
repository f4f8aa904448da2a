package news.verbatim.verify;

import java.util.List;
import news.verbatim.quote.Attribution;
import news.verbatim.quote.QuoteKind;
import news.verbatim.quote.SourceGroups;
import news.verbatim.quote.SourceView;
import news.verbatim.speaker.SpeakerMatch;
import news.verbatim.verify.VerifyResponse.DiffOpView;
import news.verbatim.verify.VerifyResponse.MatchView;
import news.verbatim.verify.VerifyResponse.MeaningChangeView;
import news.verbatim.verify.VerifyResponse.NearNameView;
import news.verbatim.verify.VerifyResponse.SpeakerRef;
import news.verbatim.verify.VerifyResponse.SpeakerResolution;
import news.verbatim.verify.VerifyResponse.StyleVariantView;

/** Turns what {@link VerifyService} found into the records of its answer. Pure functions, no state. */
final class VerifyViews {

    private VerifyViews() {}

    /**
     * How the claimed name resolved; {@code reading} is how a name nearly a known one was read, or null. A name
     * near two different names resolves to nobody, with those it is near as the alternatives.
     */
    static SpeakerResolution resolution(String claimed, List<SpeakerMatch> resolved, NearReading reading) {
        NearNameView near = reading == null
                ? null
                : new NearNameView(reading.kind(), reading.ambiguous(), reading.names(), reading.note());
        if (resolved.isEmpty()) {
            return new SpeakerResolution(claimed, null, null, null, List.of(), near);
        }
        SpeakerMatch best = resolved.get(0);
        List<SpeakerRef> others = resolved.stream()
                .skip(1)
                .map(m -> new SpeakerRef(m.speakerId(), m.speakerName()))
                .toList();
        return new SpeakerResolution(claimed, best.speakerId(), best.speakerName(), best.matchedAlias(), others, near);
    }

    /** The deciding match's house-style variants; none when nothing was found. */
    static List<StyleVariantView> styleVariants(Verification verification) {
        if (verification.verdict() == Verdict.NOT_FOUND) {
            return List.of();
        }
        return verification.matches().get(0).styleVariants().stream()
                .map(v -> new StyleVariantView(v.submitted(), v.printed(), v.family()))
                .toList();
    }

    static MatchView match(Match m, List<SourceView> sources, List<Long> parts, Attribution attribution) {
        AttestedQuote q = m.quote();
        List<SourceView> all = sources == null ? List.of() : sources;
        SourceGroups.Counts counts = SourceGroups.count(all);
        return new MatchView(
                q.quoteId(),
                parts,
                q.text(),
                q.speakerName(),
                q.speakerId(),
                q.statementId(),
                QuoteKind.of(q.kind()),
                Math.round(m.score() * 1000) / 1000.0,
                m.wording(),
                m.meaningChanged(),
                m.meaningChanges().stream()
                        .map(c -> new MeaningChangeView(c.type(), c.submitted(), c.attested()))
                        .toList(),
                m.diff().stream()
                        .map(d -> new DiffOpView(d.op(), d.submitted(), d.attested()))
                        .toList(),
                m.attestedStart(),
                m.attestedEnd(),
                attribution,
                Explainer.attributedBy(q),
                all,
                counts.independentOutlets(),
                counts.copies());
    }
}
