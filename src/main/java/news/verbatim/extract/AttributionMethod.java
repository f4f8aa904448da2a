package news.verbatim.extract;

/** How the engine decided who spoke a quote: the kind of evidence it relied on. */
public enum AttributionMethod {
    /** A cue verb and its subject right after the quote ("“…,” Blinken said", "“…,” said goalkeeper Ann Roe"). */
    CUE_AFTER,
    /** The nearest cue verb before the quote in its sentence ("Blinken told reporters: “…”"). */
    CUE_BEFORE,
    /** A cue clause closing the sentence after the quote ("… in the region, the coach said."). */
    CUE_SENTENCE_END,
    /** "according to X". */
    ACCORDING_TO,
    /** A pronoun cue ("he said") resolved to a person named earlier. */
    PRONOUN,
    /** A surname or first name resolved to a person named in full earlier. */
    SURNAME,
    /**
     * A role or epithet ("the envoy said", "the 34-year-old added") resolved to the person introduced in it, or a
     * document ("the statement said") to the person who issued it.
     */
    EPITHET,
    /** A later part of a quote split around its attribution, or the next paragraph of a quote. */
    CONTINUATION,
    /** The speaker of the previous sentence or paragraph, which introduced the quote. */
    CONTEXT,
    /** Several identified people speaking together ("they said" after a named pair). */
    GROUP,
    /** A headline or caption naming its speaker after a dash or colon. */
    HEADLINE,
    /** Nothing in the article lets a reader decide: the speaker is unknown. */
    NONE;

    /**
     * Whether the cue the speaker was decided by could fit another person of the article as well: the speaker was
     * inferred from earlier text (a pronoun, an epithet, a carried-over paragraph, a headline), which is the
     * engine's reading of the article rather than its own words, or the cue prints only a surname, which relatives
     * share. A cue that prints the speaker's name at the quote ("Blinken said", "according to the ministry", "Ann
     * Roe and Ben Cole said") fits nobody else.
     */
    public boolean mayFitAnotherPerson() {
        return switch (this) {
            case CUE_AFTER, CUE_BEFORE, CUE_SENTENCE_END, ACCORDING_TO, GROUP -> false;
            case PRONOUN, SURNAME, EPITHET, CONTINUATION, CONTEXT, HEADLINE, NONE -> true;
        };
    }
}
