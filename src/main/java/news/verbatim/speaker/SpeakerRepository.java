package news.verbatim.speaker;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class SpeakerRepository implements PanacheRepository<Speaker> {

    public Optional<Speaker> findByKey(String nameKey, SpeakerKind kind) {
        return find("nameKey = ?1 and kind = ?2", nameKey, kind).firstResultOptional();
    }

    /** Speakers of that kind known under exactly this (normalised) alias. */
    public List<Speaker> findByAliasKey(String aliasKey, SpeakerKind kind) {
        return list(
                "select distinct a.speaker from SpeakerAlias a where a.aliasKey = ?1 and a.speaker.kind = ?2",
                aliasKey,
                kind);
    }

    /** Aliases equal to the (normalised) name: an indexed look-up, tried before the word-wise match. */
    public List<SpeakerAlias> findAliasesExactly(String key) {
        return getEntityManager()
                .createQuery(
                        "select a from SpeakerAlias a join fetch a.speaker s where a.aliasKey = :key order by s.id, a.id",
                        SpeakerAlias.class)
                .setParameter("key", key)
                .getResultList();
    }

    /**
     * Aliases equal to the name, or containing it as whole words ("blinken" matches "antony blinken"),
     * exact matches first.
     */
    public List<SpeakerAlias> findAliasesMatching(String key) {
        return getEntityManager()
                .createQuery("""
                select a from SpeakerAlias a join fetch a.speaker s
                where a.aliasKey = :key or a.aliasKey like :prefix or a.aliasKey like :suffix or a.aliasKey like :infix
                order by case when a.aliasKey = :key then 0 else 1 end, s.id, a.id""", SpeakerAlias.class)
                .setParameter("key", key)
                .setParameter("prefix", escapeLike(key) + " %")
                .setParameter("suffix", "% " + escapeLike(key))
                .setParameter("infix", "% " + escapeLike(key) + " %")
                .getResultList();
    }

    /** The speakers with these ids, aliases fetched. */
    public List<Speaker> findWithAliases(java.util.Collection<Long> ids) {
        return getEntityManager()
                .createQuery(
                        "select distinct s from Speaker s left join fetch s.aliases where s.id in :ids", Speaker.class)
                .setParameter("ids", ids)
                .getResultList();
    }

    static String escapeLike(String key) {
        return key.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
