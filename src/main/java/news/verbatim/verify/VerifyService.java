package news.verbatim.verify;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import news.verbatim.common.ApiException;
import news.verbatim.extract.AttributionMethod;
import news.verbatim.extract.ClaimedName;
import news.verbatim.extract.SpeakerType;
import news.verbatim.index.Candidate;
import news.verbatim.index.QuoteIndexService;
import news.verbatim.quote.Attribution;
import news.verbatim.quote.Quote;
import news.verbatim.quote.QuoteRepository;
import news.verbatim.quote.QuoteService;
import news.verbatim.quote.SourceView;
import news.verbatim.speaker.SpeakerKind;
import news.verbatim.speaker.SpeakerMatch;
import news.verbatim.speaker.SpeakerService;
import news.verbatim.text.NameKeys;
import news.verbatim.verify.VerifyResponse.MatchView;
import news.verbatim.verify.VerifyResponse.SpeakerRef;

/**
 * Answers a verification: reads the submission, resolves the claimed speaker through the aliases, retrieves
 * candidate quotes from the search index, lets the {@link Verifier} align and judge them, and adds every
 * source carrying each matched statement.
 */
@ApplicationScoped
@Transactional
public class VerifyService {

    /** Candidates the verifier aligns word by word; retrieval ranks the likely ones first. */
    static final int CANDIDATES = 30;
    /** Matches returned to the caller. */
    static final int MAX_MATCHES = 10;

    private final QuoteIndexService index;
    private final QuoteRepository quoteRepository;
    private final QuoteService quotes;
    private final SpeakerService speakers;
    private final SourceNames sourceNames;
    private final Verifier verifier = new Verifier();
    private final MeterRegistry metrics;

    public VerifyService(
            QuoteIndexService index,
            QuoteRepository quoteRepository,
            QuoteService quotes,
            SpeakerService speakers,
            SourceNames sourceNames,
            MeterRegistry metrics) {
        this.sourceNames = sourceNames;
        this.metrics = metrics;
        this.index = index;
        this.quoteRepository = quoteRepository;
        this.quotes = quotes;
        this.speakers = speakers;
    }

    public VerifyResponse verify(VerifyRequest request) {
        return verify(request, LeftOut.NOTHING);
    }

    /**
     * The articles a verification is to leave out, with their quotes: read once, then passed to each
     * {@link #verify(VerifyRequest, LeftOut)} of a page that the corpus already holds.
     */
    public LeftOut leavingOut(Set<Long> articleIds) {
        return articleIds.isEmpty()
                ? LeftOut.NOTHING
                : new LeftOut(articleIds, quoteRepository.idsInArticles(articleIds));
    }

    /**
     * As {@link #verify(VerifyRequest)}, as if the {@code leftOut} articles were not stored: their quotes are
     * neither matches nor sources, so a stored page checked against the corpus does not match itself.
     */
    public VerifyResponse verify(VerifyRequest request, LeftOut leftOut) {
        VerifyResponse whole = verifyOne(request, leftOut);
        return PassageAnswer.orWhole(whole, request, part -> verifyOne(part, leftOut));
    }

    /** One submission aligned as a single quote. */
    private VerifyResponse verifyOne(VerifyRequest request, LeftOut leftOut) {
        SubmittedQuote submitted;
        try {
            submitted = SubmittedQuote.parse(request.quote());
        } catch (IllegalArgumentException e) {
            throw ApiException.invalid("quote", e.getMessage());
        }
        String claimedName = Optional.ofNullable(request.speaker())
                .filter(s -> !s.isBlank())
                .map(String::strip)
                .or(submitted::attributedName)
                .orElse(null);
        ClaimedSpeakers claimed = ClaimedSpeakers.of(claimedName, speakers);
        List<SpeakerMatch> resolved = claimed.resolved();
        Candidates candidates = attested(retrieve(submitted, leftOut));
        SpeakerClaim claim = claimedName == null ? null : claim(claimedName, resolved, candidates.quotes());
        if (claim != null) {
            claim = claim.withOpenSources(openSources(claim, resolved, candidates.quotes()))
                    .withReading(claimed.reading());
        }
        Verification verification = verifier.verify(submitted, claim, candidates.quotes());
        metrics.counter(
                        "verbatim.verifications",
                        "verdict",
                        verification.verdict().name())
                .increment();

        List<Match> shown = verification.matches().stream().limit(MAX_MATCHES).toList();
        Map<Long, List<SourceView>> sources = quotes.sourcesOfStatements(
                shown.stream().map(m -> m.quote().statementId()).toList(), leftOut.articleIds());
        List<MatchView> matches = shown.stream()
                .map(m -> VerifyViews.match(
                        m,
                        sources.get(m.quote().statementId()),
                        candidates.parts(m.quote()),
                        candidates.evidence().get(m.quote().quoteId())))
                .toList();
        ClaimedSourceCheck.Result source = ClaimedSourceCheck.check(
                request.outlet(),
                request.date(),
                matches.isEmpty() ? List.of() : matches.get(0).sources());
        return new VerifyResponse(
                verification.verdict(),
                source.explain(verification.explanation()),
                submitted.text(),
                claimedName,
                claimedName == null ? null : VerifyViews.resolution(claimedName, resolved, claimed.reading()),
                verification.attestedSpeakers().stream()
                        .map(s -> new SpeakerRef(s.speakerId(), s.name()))
                        .toList(),
                verification.weakEvidence(),
                source.view(),
                VerifyViews.styleVariants(verification),
                matches,
                null);
    }

    /**
     * The ids of the likeliest candidates; as many more are retrieved as the left-out articles may take (up to
     * {@link #CANDIDATES}), so that leaving them out still leaves {@link #CANDIDATES} to align.
     */
    private List<Long> retrieve(SubmittedQuote submitted, LeftOut leftOut) {
        int extra = Math.min(leftOut.quoteIds().size(), CANDIDATES);
        try {
            return index.index().candidates(submitted.parts(), CANDIDATES + extra).stream()
                    .map(Candidate::quoteId)
                    .filter(id -> !leftOut.quoteIds().contains(id))
                    .limit(CANDIDATES)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("quote index unavailable", e);
        }
    }

    /**
     * The claim as the verifier reads it: the speakers the name resolves to, and the group speakers among the
     * candidates whose names include the claimed person ("Ann Roe" in "Ann Roe and Ben Cole"). A group the name
     * only matched partially counts as such a group, not as the claimed speaker itself.
     */
    private SpeakerClaim claim(String claimedName, List<SpeakerMatch> resolved, List<AttestedQuote> quotes) {
        String claimKey = NameKeys.speaker(claimedName);
        Set<Long> ids = new java.util.HashSet<>();
        Set<Long> groups = new java.util.HashSet<>();
        Set<String> memberKeys = new java.util.LinkedHashSet<>();
        memberKeys.add(claimKey);
        ClaimedName.personalName(claimedName).map(NameKeys::speaker).ifPresent(memberKeys::add);
        for (SpeakerMatch m : resolved) {
            if (m.kind() == SpeakerKind.GROUP
                    && !NameKeys.speaker(m.matchedAlias()).equals(claimKey)) {
                groups.add(m.speakerId());
            } else {
                ids.add(m.speakerId());
                if (m.kind() == SpeakerKind.PERSON) {
                    memberKeys.add(NameKeys.speaker(m.speakerName()));
                }
            }
        }
        List<Long> candidateGroups = quotes.stream()
                .filter(q -> q.speakerType() == SpeakerType.GROUP && !ids.contains(q.speakerId()))
                .map(AttestedQuote::speakerId)
                .distinct()
                .toList();
        speakers.nameKeys(candidateGroups).forEach((groupId, keys) -> {
            if (keys.stream().anyMatch(k -> memberKeys.stream().anyMatch(m -> containsWords(k, m)))) {
                groups.add(groupId);
            }
        });
        return new SpeakerClaim(claimedName, ids, groups);
    }

    /**
     * The candidates given to someone else whose source leaves the claim open ({@link ClaimInSource}); only the
     * articles of those whose cue could fit the claimed person are read, once each ({@link SourceNames}).
     */
    private Set<Long> openSources(SpeakerClaim claim, List<SpeakerMatch> resolved, List<AttestedQuote> candidates) {
        List<String> known = resolved.stream()
                .filter(m -> m.kind() == SpeakerKind.PERSON && claim.includes(m.speakerId()))
                .map(SpeakerMatch::speakerName)
                .toList();
        Set<Long> mayFit = new java.util.LinkedHashSet<>();
        for (AttestedQuote q : candidates) {
            if (q.identifiesSpeaker()
                    && !claim.confirmedBy(q.speakerId())
                    && ClaimInSource.cueFits(q, claim.name(), known)) {
                mayFit.add(q.quoteId());
            }
        }
        Set<Long> open = new java.util.HashSet<>();
        sourceNames.ofQuotes(mayFit).forEach((quoteId, capitalised) -> {
            if (ClaimInSource.namedAmong(capitalised, claim.name())) {
                open.add(quoteId);
            }
        });
        return open;
    }

    /** Whether {@code words} occur in {@code key} as whole words, and are not all of it. */
    static boolean containsWords(String key, String words) {
        return !words.isEmpty() && !key.equals(words) && (" " + key + " ").contains(" " + words + " ");
    }

    /**
     * Attested quotes to align, the part ids of each whole remark among them, and each quote's attribution
     * evidence.
     */
    private record Candidates(
            List<AttestedQuote> quotes, Map<String, List<Long>> remarkParts, Map<Long, Attribution> evidence) {
        List<Long> parts(AttestedQuote q) {
            return remarkParts.getOrDefault(remarkKey(q.quoteId(), q.text()), List.of(q.quoteId()));
        }
    }

    /** A whole remark carries its first part's id, so id and wording together tell it from that part. */
    private static String remarkKey(long firstPartId, String text) {
        return firstPartId + "\u0000" + text;
    }

    /**
     * The candidate quotes, plus the whole remark for each quote split around its attribution
     * ("First part," she said. "Second part.") so that the remark verifies as said, not only its parts.
     */
    private Candidates attested(List<Long> ids) {
        Map<Long, QuoteRepository.AttestedRow> byId = new LinkedHashMap<>();
        quoteRepository.attestedRows(ids).forEach(row -> byId.put(row.id(), row));
        List<AttestedQuote> out = new ArrayList<>(ids.size() + 2);
        Set<Long> chainsAdded = new java.util.HashSet<>();
        Map<String, List<Long>> remarkParts = new java.util.HashMap<>();
        Map<Long, Attribution> evidence = new java.util.HashMap<>();
        for (Long id : ids) {
            QuoteRepository.AttestedRow row = byId.get(id);
            if (row == null) { // an index entry may briefly outlive a deleted quote
                continue;
            }
            Attribution attribution = row.evidence();
            if (attribution != null) {
                evidence.put(row.id(), attribution);
            }
            boolean split = row.continuesId() != null || row.continued();
            // not part of a split remark: the common case, no further query
            List<Quote> chain = split ? quoteRepository.chainOf(quoteRepository.findById(row.id())) : List.of();
            AttributionMethod method = method(row.attribution());
            if (method == AttributionMethod.CONTINUATION && !chain.isEmpty()) {
                // a later part of a remark is as well attributed as the part that carries the cue
                method = method(chain.get(0).attribution);
            }
            out.add(new AttestedQuote(
                    row.id(),
                    row.text(),
                    row.speakerId(),
                    row.speakerName(),
                    row.statementId(),
                    row.kind().form(),
                    row.speakerKind().type(),
                    attributedBy(attribution),
                    method));
            if (!split) {
                continue;
            }
            if (chain.size() > 1 && chainsAdded.add(chain.get(0).id)) {
                Quote first = chain.get(0);
                String whole = chain.stream().map(part -> part.text).collect(Collectors.joining(" "));
                Attribution firstEvidence = first.attribution == null
                        ? null
                        : new Attribution(first.attribution, first.cueText, first.cueStart, first.cueEnd);
                out.add(new AttestedQuote(
                        first.id,
                        whole,
                        first.speaker.id,
                        first.speaker.name,
                        first.statement.id,
                        first.kind.form(),
                        first.speaker.kind.type(),
                        attributedBy(firstEvidence),
                        method(first.attribution)));
                remarkParts.put(
                        remarkKey(first.id, whole),
                        chain.stream().map(part -> part.id).toList());
            }
        }
        return new Candidates(out, remarkParts, evidence);
    }

    /** The stored attribution method, or null when none was recorded or it is not one this version knows. */
    private static AttributionMethod method(String stored) {
        if (stored == null) {
            return null;
        }
        try {
            return AttributionMethod.valueOf(stored);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The cue as printed, or the method's name when the attribution has no cue. */
    private static String attributedBy(Attribution a) {
        if (a == null) {
            return null;
        }
        return a.cue() != null && !a.cue().isBlank() ? a.cue() : a.method();
    }
}
