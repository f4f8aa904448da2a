package news.verbatim.check;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import news.verbatim.quote.Attribution;
import news.verbatim.quote.QuoteKind;
import news.verbatim.quote.SourceView;
import news.verbatim.speaker.SpeakerKind;
import news.verbatim.verify.Verdict;
import news.verbatim.verify.VerifyResponse.ClaimedSource;
import news.verbatim.verify.VerifyResponse.DiffOpView;
import news.verbatim.verify.VerifyResponse.MeaningChangeView;
import news.verbatim.verify.VerifyResponse.SpeakerRef;
import news.verbatim.verify.Wording;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Every quote of a page, each verified as the page attributes it, and what needs a second look. */
@Schema(name = "PageCheck")
public record CheckResponse(
        @Schema(description = "Counts, and the quotes that need attention")
        CheckSummary summary,

        @Schema(description = "The quotes checked, in text order; summary.attention holds indices into this list")
        List<CheckedQuote> quotes,

        @Schema(
                description =
                        "Stored articles taken to be this page (same URL, or same text by the same outlet) and left out:"
                                + " their quotes are neither matches nor sources")
        List<Long> leftOutArticles) {

    @Schema(name = "PageCheckSummary")
    public record CheckSummary(
            @Schema(description = "Quotations the extractor found in the text", example = "4")
            int quotesFound,

            @Schema(description = "Quotations verified", example = "4")
            int quotesChecked,

            @Schema(
                    description =
                            "Quotations not verified: beyond verbatim.check.max-quotes, past the time budget, or longer"
                                    + " than a quote can be",
                    example = "0")
            int unchecked,

            @Schema(description = "How many checked quotes got each verdict; every verdict is listed, zeros included")
            Map<Verdict, Integer> byVerdict,

            @Schema(
                    description =
                            "Indices into quotes of those that need attention, most serious first: MISATTRIBUTED, then"
                                    + " ALTERED with a meaning change (a negation, number or name edited), then NOT_FOUND;"
                                    + " in text order within each",
                    example = "[2, 1, 3]")
            List<Integer> attention) {}

    @Schema(name = "CheckedQuote")
    public record CheckedQuote(
            @Schema(description = "Offset of the quote's first character in the text as sent", example = "1")
            int start,

            @Schema(description = "Offset after its last character: text.substring(start, end) is the quote")
            int end,

            @Schema(description = "The quoted words (without quotation marks)")
            String text,

            QuoteKind kind,

            @Schema(description = "A later part of a quote split around its attribution")
            boolean continuesPrevious,

            @Schema(description = "Who the page says spoke, as the extractor read it")
            PageSpeaker speaker,

            @Schema(description = "How the speaker was decided; cue offsets point into the text as sent")
            Attribution attribution,

            @Schema(description = "The verdict on the words as this page attributes them")
            Verdict verdict,

            @Schema(description = "The verdict in one plain sentence")
            String explanation,

            @Schema(description = "True when the quote is listed in summary.attention")
            boolean needsAttention,

            @Schema(description = "Who the matching words belong to, as the sources give them")
            List<SpeakerRef> attestedSpeakers,

            @JsonInclude(JsonInclude.Include.NON_NULL)
            @Schema(
                    description =
                            "Whether the page's outlet (and date) carried the best match; absent when neither was given")
            ClaimedSource claimedSource,

            @JsonInclude(JsonInclude.Include.NON_NULL)
            @Schema(description = "The closest attested quote; absent for NOT_FOUND")
            BestMatch bestMatch,

            @JsonInclude(JsonInclude.Include.NON_NULL)
            @Schema(
                    description =
                            "The earliest original source of the best match's statement (a reprint only when no original carries it); absent for NOT_FOUND")
            SourceView firstAppearance,

            @Schema(
                    description = "Sources carrying the best match's statement, copies included (this page left out)",
                    example = "2")
            int sourceCount,

            @Schema(
                    description = "Outlets among them that printed it independently, not as a copy of another",
                    example = "1")
            int independentOutlets) {}

    @Schema(name = "PageSpeaker")
    public record PageSpeaker(
            @Schema(example = "Gideon Sa'ar") String name,
            SpeakerKind kind,

            @Schema(description = "The speaker's name forms on this page")
            List<String> nameForms,

            @Schema(
                    description =
                            "True when this speaker was the claim verified: a named person, organisation or group;"
                                    + " an anonymous or unknown speaker claims no one, so only the words are checked")
            boolean claimed) {}

    @Schema(name = "BestMatch")
    public record BestMatch(
            @Schema(example = "12") long quoteId,
            @Schema(example = "7") long statementId,
            @Schema(description = "The attested wording") String text,
            @Schema(example = "Gideon Sa'ar") String speaker,
            @Schema(example = "5") long speakerId,

            @Schema(description = "Outlet of the matched quote", example = "Jerusalem Post")
            String outlet,

            @Schema(description = "Date of the matched quote's article", nullable = true)
            LocalDate date,

            @Schema(description = "Closeness in [0,1]", example = "1.0")
            double score,

            Wording wording,

            @Schema(description = "True when an edit touches a negation, a number or a named entity")
            boolean meaningChanged,

            List<MeaningChangeView> meaningChanges,

            @Schema(description = "Word-level diff from the attested to the page's wording")
            List<DiffOpView> diff,

            @JsonInclude(JsonInclude.Include.NON_NULL)
            @Schema(description = "The evidence line of the match's attribution", example = "Sa'ar told him")
            String attributedBy) {}
}
