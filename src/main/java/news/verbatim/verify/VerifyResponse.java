package news.verbatim.verify;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import news.verbatim.quote.Attribution;
import news.verbatim.quote.QuoteKind;
import news.verbatim.quote.SourceView;
import news.verbatim.text.NearName;
import news.verbatim.text.StyleFamily;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer to "did this person say this, in these words, and who carried it?". */
@Schema(name = "Verification")
public record VerifyResponse(
        @Schema(
                description =
                        "The verdict on the submitted words and speaker. MISATTRIBUTED: a source names a different, identified speaker;"
                                + " UNATTRIBUTED: the words are attested but no source names the speaker, or the sources naming someone else"
                                + " do so only by an inference (a pronoun, an epithet, a shared surname) that could fit the claimed person,"
                                + " whom they also name; the claim is then neither confirmed nor refuted")
        Verdict verdict,

        @Schema(
                description = "The verdict in one plain sentence",
                example = "Verified: these are the exact words of Antony Blinken, carried by 2 sources.")
        String explanation,

        @Schema(description = "The quote as understood: quotation marks and a trailing attribution removed")
        String submitted,

        @Schema(description = "The speaker claimed, given or read from the trailing attribution", nullable = true)
        String claimedSpeaker,

        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "How the claimed speaker resolved; absent when no speaker was claimed")
        SpeakerResolution speakerResolution,

        @Schema(
                description =
                        "Who said the matching words, as the sources give them (deciding speaker first); for UNATTRIBUTED, the unknown or unnamed sources, or the speakers they were inferred to be")
        List<SpeakerRef> attestedSpeakers,

        @Schema(description = "True when the only evidence is a match on a one- or two-word fragment")
        boolean weakEvidence,

        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(
                description =
                        "Whether the claimed outlet (and date) carried the best match; absent when none was claimed")
        ClaimedSource claimedSource,

        @Schema(
                description =
                        "Words of the deciding match that the source prints in another house style (spelling, compounds, points in abbreviations, per cent, numbers in figures or words, ordinals, contractions): the same words, not edits; empty when there are none or nothing was found")
        List<StyleVariantView> styleVariants,

        @Schema(description = "Attested quotes, best first; for a passage, each part's best match in part order")
        List<MatchView> matches,

        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(
                description =
                        "For a passage of several sentences that spans several attested quotes: each part verified on its own, in order; the verdict is the weakest part's. Absent for a single quote")
        List<PassagePart> parts) {

    /** A single quote's answer: no passage parts. */
    public VerifyResponse withoutParts() {
        return new VerifyResponse(
                verdict,
                explanation,
                submitted,
                claimedSpeaker,
                speakerResolution,
                attestedSpeakers,
                weakEvidence,
                claimedSource,
                styleVariants,
                matches,
                null);
    }

    @Schema(name = "PassagePart", description = "One sentence unit of a passage, verified on its own")
    public record PassagePart(
            @Schema(description = "Offset of the part in `submitted`", example = "0")
            int start,

            @Schema(description = "End of the part in `submitted` (exclusive)", example = "37")
            int end,

            @Schema(example = "No one should escalate this conflict.")
            String text,

            Verdict verdict,

            @Schema(description = "The part's verdict in one plain sentence")
            String explanation,

            @Schema(description = "Who said the part's words, as the sources give them")
            List<SpeakerRef> attestedSpeakers,

            @JsonInclude(JsonInclude.Include.NON_NULL)
            @Schema(description = "The part's best match; absent when the part was not found")
            MatchView match) {}

    @Schema(name = "SpeakerResolution", description = "How the claimed speaker name was resolved")
    public record SpeakerResolution(
            @Schema(example = "Blinken") String claimed,
            @Schema(nullable = true, example = "1") Long speakerId,

            @Schema(nullable = true, example = "Antony Blinken")
            String speaker,

            @Schema(nullable = true, description = "The alias that matched", example = "Blinken")
            String matchedAlias,

            @Schema(description = "Other speakers the name could also mean")
            List<SpeakerRef> alternatives,

            @JsonInclude(JsonInclude.Include.NON_NULL)
            @Schema(
                    description =
                            "Present when the name matched no alias but is nearly a known name (another transliteration, a near spelling): how it was read")
            NearNameView nearName) {}

    @Schema(
            name = "NearName",
            description =
                    "A claimed name read as a known name it is nearly: words of more than 4 letters equal once kh/gh/q/k, ou/u, y/i and doubled letters are folded"
                            + " (a transliteration), or 1 edit apart (2 from 9 letters; a near spelling); shorter words must be exact."
                            + " A name near two different known names is read as neither")
    public record NearNameView(
            @Schema(
                    enumeration = {"TRANSLITERATION", "SPELLING"},
                    example = "SPELLING")
            NearName.Kind kind,

            @Schema(description = "True when the name is near two different known names and so resolves to nobody")
            boolean ambiguous,

            @Schema(description = "The known names it is near, nearest first", example = "[\"Antony Blinken\"]")
            List<String> near,

            @Schema(example = "read “Blinkin” as Antony Blinken (a near spelling)")
            String note) {}

    @Schema(name = "SpeakerRef")
    public record SpeakerRef(
            @Schema(example = "3") long speakerId,
            @Schema(example = "Hassan Nasrallah") String name) {}

    @Schema(name = "ClaimedSource")
    public record ClaimedSource(
            @Schema(nullable = true) String outlet,
            @Schema(nullable = true) String date,

            @Schema(
                    description =
                            "True when a source of the best match is that outlet, or printed that outlet's copy (see syndicatedIn), on that date when one was claimed")
            boolean carried,

            @Schema(
                    nullable = true,
                    description =
                            "Whether a source of the best match is the claimed outlet or printed its copy, on any date; null when no outlet was claimed")
            Boolean outletCarried,

            @Schema(
                    nullable = true,
                    description =
                            "Whether a source of the best match, of any outlet, printed it on the claimed date; null when no date was claimed")
            Boolean dateCarried,

            @Schema(
                    nullable = true,
                    description =
                            "The outlet of the source that printed the claimed outlet's copy, when the claimed outlet is no source's own but a source credits it (its wire or syndication credit line, see Source.creditedTo) or reprints a stored original of it (Source.copyOf)",
                    example = "Test Morning Ledger")
            String syndicatedIn,

            @Schema(
                    nullable = true,
                    description =
                            "The outlet that source credits, as stored (its credit line, or its original's outlet)",
                    example = "Reuters")
            String credit) {}

    @Schema(name = "Match")
    public record MatchView(
            @Schema(example = "1") long quoteId,

            @Schema(
                    description =
                            "The quotes this wording is made of: one, or every part of a remark split around its attribution ('…,' she said. '…')")
            List<Long> partQuoteIds,

            @Schema(description = "The attested wording (the parts of a split remark joined by a space)")
            String text,

            @Schema(example = "Antony Blinken") String speaker,
            @Schema(example = "1") long speakerId,
            @Schema(example = "1") long statementId,
            QuoteKind kind,

            @Schema(description = "Closeness in [0,1]", example = "0.93")
            double score,

            Wording wording,

            @Schema(description = "True when an edit touches a negation, a number or a named entity")
            boolean meaningChanged,

            List<MeaningChangeView> meaningChanges,

            @Schema(description = "Word-level diff from the attested to the submitted wording")
            List<DiffOpView> diff,

            @Schema(description = "Start of the aligned part in the attested text")
            int attestedStart,

            @Schema(description = "End of the aligned part in the attested text")
            int attestedEnd,

            @JsonInclude(JsonInclude.Include.NON_NULL)
            @Schema(
                    description =
                            "How this quote was given its speaker, with the cue in the article text; absent for quotes stored before it was recorded")
            Attribution attribution,

            @JsonInclude(JsonInclude.Include.NON_NULL)
            @Schema(
                    description =
                            "The evidence line to show: the cue as printed, else the method; absent when the speaker is unknown or nothing was recorded",
                    example = "Blinken said")
            String attributedBy,

            @Schema(
                    description =
                            "Every source carrying this statement: each original earliest first, followed by its copies")
            List<SourceView> sources,

            @Schema(description = "Outlets among the sources that printed it independently", example = "2")
            int independentOutlets,

            @Schema(description = "Sources that reprint another outlet's article", example = "0")
            int copies) {}

    @Schema(name = "MeaningChange")
    public record MeaningChangeView(
            MeaningChange.Type type,
            @Schema(example = "") String submitted,
            @Schema(example = "not") String attested) {}

    @Schema(name = "StyleVariant", description = "The same words printed in another house style")
    public record StyleVariantView(
            @Schema(description = "The words as submitted", example = "ironclad")
            String submitted,

            @Schema(description = "The words as the source prints them", example = "iron-clad")
            String printed,

            @Schema(description = "Which house style makes them the same words")
            StyleFamily family) {}

    @Schema(name = "DiffOp")
    public record DiffOpView(
            @Schema(
                    description =
                            "equal: same words; insert/delete/replace: edits; elided: left out at an ellipsis; style: the same words in another house style (never an edit); bracket: the journalist's bracketed words for the speaker's ([Iran] for They), or a note with no attested words ([sic], (emphasis added)) (never an edit); gloss: an outlet's own parenthetical gloss ((Israel)) left out or given as the speaker's word (never an edit)",
                    enumeration = {"equal", "insert", "delete", "replace", "elided", "style", "bracket", "gloss"},
                    example = "replace")
            String op,

            @Schema(description = "The words as submitted (empty for delete)", example = "everybody")
            String submitted,

            @Schema(description = "The words as printed (empty for insert)", example = "everyone")
            String attested) {}
}
