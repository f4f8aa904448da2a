package news.verbatim.transfer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.List;
import news.verbatim.article.Article;
import news.verbatim.quote.Quote;
import news.verbatim.speaker.SpeakerAlias;

/** The reads of an export: articles by id in chunks, with their quotes, speakers and aliases. */
@ApplicationScoped
public class ExportQueries {

    private final EntityManager em;

    public ExportQueries(EntityManager em) {
        this.em = em;
    }

    /** Up to {@code limit} articles with ids above {@code afterId}, by id, with their outlets and originals. */
    public List<Article> articlesAfter(long afterId, int limit) {
        return em.createQuery("""
                        select a from Article a join fetch a.outlet
                            left join fetch a.copyOf c left join fetch c.outlet
                        where a.id > :after order by a.id""", Article.class)
                .setParameter("after", afterId)
                .setMaxResults(limit)
                .getResultList();
    }

    /** The quotes of these articles with their speakers, by article and in text order. */
    public List<Quote> quotesOf(Collection<Long> articleIds) {
        return em.createQuery("""
                select q from Quote q join fetch q.speaker
                where q.article.id in :ids order by q.article.id, q.startOffset, q.id""", Quote.class).setParameter("ids", articleIds).getResultList();
    }

    /** Every alias of these speakers, in the order they were added. */
    public List<SpeakerAlias> aliasesOf(Collection<Long> speakerIds) {
        return em.createQuery(
                        "select a from SpeakerAlias a where a.speaker.id in :ids order by a.id", SpeakerAlias.class)
                .setParameter("ids", speakerIds)
                .getResultList();
    }
}
