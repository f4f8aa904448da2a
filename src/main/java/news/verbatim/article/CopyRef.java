package news.verbatim.article;

/**
 * An exported copy link, by the keys that survive a move to another instance (ids do not): the copy's outlet and
 * text key, and its original's.
 */
public record CopyRef(String outlet, String sha, String originalOutlet, String originalSha) {}
