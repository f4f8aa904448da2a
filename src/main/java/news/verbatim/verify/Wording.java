package news.verbatim.verify;

/** How the submitted words relate to one attested quote; the order is from strongest to weakest. */
public enum Wording {
    /** All the attested words, and only them, in order (after normalisation). */
    EXACT,
    /** An exact contiguous part of the attested quote, or exact parts in order separated by ellipses. */
    EXCERPT,
    /** Close to the attested quote (or a part of it) with words substituted, inserted or dropped. */
    ALTERED
}
