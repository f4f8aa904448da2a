package news.verbatim.quote;

import java.util.List;
import news.verbatim.speaker.SpeakerKind;

/**
 * A quote found in an article, before it is stored: from the extractor, or from a hand-checked fixture file.
 *
 * @param start             offset of the first character of {@code text} in the article text
 * @param continuesPrevious a later part of a quote split around its attribution
 * @param nameForms         every form of the speaker's name the article used
 * @param attribution       how the speaker was decided, with the cue
 */
public record QuoteDraft(
        String text,
        int start,
        int end,
        QuoteKind kind,
        String speaker,
        SpeakerKind speakerKind,
        List<String> nameForms,
        boolean continuesPrevious,
        Attribution attribution) {}
