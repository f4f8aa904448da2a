package news.verbatim.extract;

/**
 * A phrase that attributes a quote, as {@link AttributionFinder} found it.
 *
 * @param subject the subject phrase (may be null when the cue verb has no subject of its own, e.g. a
 *                participle "adding …" — then the main clause's speaker applies)
 * @param method  where it was found
 * @param cue     token index of the cue verb (or of "according"), -1 if none
 * @param lastTok the last token belonging to the attribution clause, -1 if none
 */
record QuoteAttribution(Mention subject, Method method, int cue, int lastTok) {

    /** How an attribution was found; the order is the order of precedence. */
    enum Method {
        AFTER,
        BEFORE,
        ACCORDING_TO,
        SENTENCE_END,
        NONE
    }

    /** No attribution. */
    static final QuoteAttribution NONE = new QuoteAttribution(null, Method.NONE, -1, -1);

    QuoteAttribution {
        if (method == null) {
            throw new IllegalArgumentException("method is null: use Method.NONE");
        }
        if (method != Method.NONE && (cue < 0 || lastTok < cue)) {
            throw new IllegalArgumentException(
                    "a found attribution has 0 <= cue <= lastTok: cue " + cue + ", lastTok " + lastTok);
        }
    }

    boolean found() {
        return method != Method.NONE;
    }
}
