package news.verbatim.correction;

import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import news.verbatim.changes.ChangeLog;
import news.verbatim.changes.ChangeOp;
import news.verbatim.common.ApiException;
import news.verbatim.common.FieldError;
import news.verbatim.common.PageRequest;
import news.verbatim.common.PageResponse;
import news.verbatim.common.RetryingTransactions;
import news.verbatim.quote.Attribution;
import news.verbatim.quote.Quote;
import news.verbatim.quote.QuoteRepository;
import news.verbatim.quote.QuoteView;
import news.verbatim.quote.StatementLinker;
import news.verbatim.quote.StatementRepair;
import news.verbatim.speaker.Speaker;
import news.verbatim.speaker.SpeakerKind;
import news.verbatim.speaker.SpeakerRepository;
import news.verbatim.speaker.SpeakerService;

/**
 * Applies editors' corrections to stored quotes and keeps their history. A correction is one transaction: the
 * quote, its statement links, the history rows and the change log entries the search indexes follow commit
 * together, and this instance's index has applied them when the call returns.
 *
 * <p>A speaker correction applies to every part of a quote split around its attribution ("A," she said. "B."):
 * the parts are one remark by one speaker. A kind correction applies to the part given.
 *
 * <p>Corrections survive re-ingestion of the same article text because ingestion of a text stored before
 * returns the stored article and its quotes as they are now, and writes nothing.
 */
@ApplicationScoped
@Transactional
public class CorrectionService {

    private final QuoteRepository quotes;
    private final QuoteCorrectionRepository corrections;
    private final SpeakerService speakers;
    private final SpeakerRepository speakerRows;
    private final StatementLinker linker;
    private final StatementRepair statementRepair;
    private final ChangeLog changes;
    private final RetryingTransactions transactions;

    public CorrectionService(
            QuoteRepository quotes,
            QuoteCorrectionRepository corrections,
            SpeakerService speakers,
            SpeakerRepository speakerRows,
            StatementLinker linker,
            StatementRepair statementRepair,
            ChangeLog changes,
            RetryingTransactions transactions) {
        this.quotes = quotes;
        this.corrections = corrections;
        this.speakers = speakers;
        this.speakerRows = speakerRows;
        this.linker = linker;
        this.statementRepair = statementRepair;
        this.changes = changes;
        this.transactions = transactions;
    }

    /**
     * Corrects quote {@code quoteId} and returns it as it is now. A field given with the value it already has
     * changes nothing and adds nothing to the history, so a repeated request is harmless.
     *
     * @throws ApiException 400 for a request breaking the field rules, 404 for an unknown quote, 422 for an
     *     unknown speaker id
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public QuoteView correct(long quoteId, CorrectionRequest request) {
        request.check();
        long mark = statementRepair.mark();
        List<Long> changed = transactions.call(() -> correctNow(quoteId, request));
        // Linking looked for the remark's other quotes through the index: re-linked if a writer raced it.
        statementRepair.afterWrite(mark, changed);
        return transactions.call(() -> view(quoteId));
    }

    private QuoteView view(long quoteId) {
        return quotes.findFull(quoteId).map(QuoteView::of).orElseThrow(() -> ApiException.notFound("quote", quoteId));
    }

    /** The quote ids changed. */
    private List<Long> correctNow(long quoteId, CorrectionRequest request) {
        Quote quote = quotes.findFull(quoteId).orElseThrow(() -> ApiException.notFound("quote", quoteId));
        Instant now = Instant.now();
        String note = request.note() == null || request.note().isBlank()
                ? null
                : request.note().strip();
        List<Long> changed = new ArrayList<>();
        if (request.speaker() != null) {
            Speaker speaker = chosen(request.speaker());
            for (Quote part : quotes.chainOf(quote)) {
                if (part.speaker.id.equals(speaker.id)) {
                    continue;
                }
                Speaker before = part.speaker;
                history(part.id, CorrectedField.SPEAKER, before.name, speaker.name, note, now, before.id, speaker.id);
                linker.changeSpeaker(part, speaker);
                part.attribution = Attribution.CORRECTED.method();
                part.cueStart = null;
                part.cueEnd = null;
                part.cueText = null;
                changed.add(part.id);
            }
        }
        if (request.kind() != null && request.kind() != quote.kind) {
            history(
                    quote.id,
                    CorrectedField.KIND,
                    quote.kind.name(),
                    request.kind().name(),
                    note,
                    now,
                    null,
                    null);
            quote.kind = request.kind();
            changes.record(quote.id, ChangeOp.UPSERT);
            changed.add(quote.id);
        }
        return changed;
    }

    /** The speaker the editor chose: an existing one, or one found or created by name as ingestion does it. */
    private Speaker chosen(CorrectionRequest.SpeakerChoice choice) {
        if (choice.id() != null) {
            return speakerRows
                    .findByIdOptional(choice.id())
                    .orElseThrow(() -> new ApiException(
                            422,
                            "unknown-speaker",
                            "Unknown speaker",
                            "speaker.id: speaker " + choice.id() + " does not exist",
                            List.of(new FieldError("speaker.id", "no speaker with this id"))));
        }
        if (choice.name() == null) {
            return speakers.resolveOrCreate(null, SpeakerKind.UNKNOWN, List.of());
        }
        String name = choice.name().strip();
        SpeakerKind kind = choice.kind() == null ? SpeakerKind.PERSON : choice.kind();
        return speakers.resolveOrCreate(name, kind, List.of(name));
    }

    private void history(
            long quoteId,
            CorrectedField field,
            String oldValue,
            String newValue,
            String note,
            Instant at,
            Long oldSpeakerId,
            Long newSpeakerId) {
        QuoteCorrection row = new QuoteCorrection();
        row.quoteId = quoteId;
        row.field = field;
        row.oldValue = oldValue;
        row.newValue = newValue;
        row.oldSpeakerId = oldSpeakerId;
        row.newSpeakerId = newSpeakerId;
        row.note = note;
        row.correctedAt = at;
        corrections.persist(row);
    }

    /** The corrections of quote {@code quoteId}, oldest first. */
    public PageResponse<CorrectionView> history(long quoteId, PageRequest page) {
        if (quotes.count("id", quoteId) == 0) {
            throw ApiException.notFound("quote", quoteId);
        }
        long total = corrections.count("quoteId", quoteId);
        List<CorrectionView> items =
                corrections.ofQuote(quoteId).page(Page.of(page.page(), page.size())).list().stream()
                        .map(CorrectionView::of)
                        .toList();
        return new PageResponse<>(items, page.page(), page.size(), total);
    }
}
