package news.verbatim.extract;

import java.util.List;

/**
 * The speaker of a quotation.
 *
 * @param name      PERSON: full canonical name without titles, ASCII apostrophes ("Gideon Sa'ar");
 *                  ANONYMOUS: the description without leading article ("senior US official");
 *                  ORGANISATION: the organisation ("White House"); UNKNOWN: "unknown"
 * @param kind      what sort of source it is
 * @param nameForms every form of a person's name the article printed, titles included, in order of first
 *                  appearance ("US Secretary of State Antony Blinken", "Blinken"); the organisation's name for
 *                  an organisation; empty for anonymous and unknown speakers
 */
public record ExtractedSpeaker(String name, SpeakerType kind, List<String> nameForms) {
    public ExtractedSpeaker {
        nameForms = List.copyOf(nameForms);
    }

    /** The speaker the article does not let a reader decide. */
    public static final ExtractedSpeaker UNKNOWN = new ExtractedSpeaker("unknown", SpeakerType.UNKNOWN, List.of());
}
