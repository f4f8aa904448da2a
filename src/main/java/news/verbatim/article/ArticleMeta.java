package news.verbatim.article;

import java.time.LocalDate;

/** Where and when an article was published. */
public record ArticleMeta(String outlet, String title, String url, LocalDate publishedAt, String author) {}
