package news.verbatim.verify;

/** How the submitted words relate to one attested quote; the order is from strongest to weakest. */
public enum Wording {
    /** All the attested words, and only them, in order (after normalisation). */
    EXACT,
    /**
     * An exact contiguous part of the attested quote, or exact parts in order separated by ellipses, whose cuts
     * leave no governing negation out.
     */
    EXCERPT,
    /**
     * Close to the attested quote (or a part of it) with words substituted, inserted or dropped, or an exact part
     * cut so that it leaves out a negation that reverses it.
     */
    ALTERED
}
