package news.verbatim.article;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import news.verbatim.common.ApiException;
import news.verbatim.common.FieldError;
import news.verbatim.quote.Attribution;
import news.verbatim.quote.QuoteDraft;
import news.verbatim.speaker.SpeakerKind;
import news.verbatim.speaker.SpeakerService;

/**
 * Applies the speakers an editor chose in the preview to the quotes extracted again at save time. Each override
 * names a quote by its offsets; the later parts of a quote split around its attribution follow their first part
 * unless they have an override of their own. An override that names no extracted quote (the text changed since
 * the preview) is refused rather than dropped: the editor would believe it saved.
 *
 * <pre>{@code
 * List<QuoteDraft> drafts = SpeakerOverrides.apply(extracted, request.speakerOverrides());
 * }</pre>
 */
final class SpeakerOverrides {

    private static final String FIELD = "speakerOverrides";

    private SpeakerOverrides() {}

    /** The drafts with the overrides applied; the same list when there are none. */
    static List<QuoteDraft> apply(List<QuoteDraft> drafts, List<SpeakerOverride> overrides) {
        if (overrides == null || overrides.isEmpty()) {
            return drafts;
        }
        Map<Long, SpeakerOverride> byOffsets = new HashMap<>();
        for (int i = 0; i < overrides.size(); i++) {
            SpeakerOverride o = check(overrides.get(i), FIELD + "[" + i + "]");
            if (byOffsets.put(key(o.start(), o.end()), o) != null) {
                throw invalid(400, FIELD + "[" + i + "]", "names the same quote as an earlier override");
            }
        }
        List<QuoteDraft> out = new ArrayList<>(drafts.size());
        SpeakerOverride carried = null;
        int matched = 0;
        for (QuoteDraft draft : drafts) {
            SpeakerOverride own = byOffsets.get(key(draft.start(), draft.end()));
            matched += own == null ? 0 : 1;
            SpeakerOverride applied = own != null ? own : draft.continuesPrevious() ? carried : null;
            carried = applied;
            out.add(applied == null ? draft : withSpeaker(draft, applied));
        }
        if (matched != byOffsets.size()) {
            throw invalid(
                    422,
                    FIELD,
                    (byOffsets.size() - matched) + " of the overrides name no quote of this text; preview it again");
        }
        return out;
    }

    private static SpeakerOverride check(SpeakerOverride o, String field) {
        if (o == null) {
            throw invalid(400, field, "must be an object");
        }
        if (o.end() < o.start()) {
            throw invalid(400, field + ".end", "must not be before start");
        }
        boolean named =
                o.speaker() != null && !SpeakerService.nameKey(o.speaker()).isEmpty();
        if (o.speakerKind() == SpeakerKind.UNKNOWN && o.speaker() != null) {
            throw invalid(400, field + ".speaker", "an unknown speaker has no name");
        }
        if (o.speakerKind() != SpeakerKind.UNKNOWN && !named) {
            throw invalid(400, field + ".speaker", "must contain a name (or give speakerKind UNKNOWN)");
        }
        return o;
    }

    private static QuoteDraft withSpeaker(QuoteDraft draft, SpeakerOverride o) {
        SpeakerKind kind = o.speakerKind() == null ? SpeakerKind.PERSON : o.speakerKind();
        String name = kind == SpeakerKind.UNKNOWN
                ? SpeakerService.UNKNOWN_NAME
                : o.speaker().strip();
        return new QuoteDraft(
                draft.text(),
                draft.start(),
                draft.end(),
                draft.kind(),
                name,
                kind,
                kind == SpeakerKind.UNKNOWN ? List.of() : List.of(name),
                draft.continuesPrevious(),
                Attribution.CORRECTED);
    }

    private static long key(int start, int end) {
        return ((long) start << 32) | end;
    }

    private static ApiException invalid(int status, String field, String message) {
        return new ApiException(
                status,
                status == 422 ? "unmatched-override" : "validation",
                status == 422 ? "Override names no quote" : "Invalid request",
                field + ": " + message,
                List.of(new FieldError(field, message)));
    }
}
