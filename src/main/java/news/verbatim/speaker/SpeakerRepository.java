package news.verbatim.speaker;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import news.verbatim.common.CountById;
import news.verbatim.common.PageRequest;
import news.verbatim.common.PageResponse;
import news.verbatim.common.Pages;

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

    /**
     * The distinct one-word alias keys ("blinken") that begin with {@code prefix}: what a nearly typed surname
     * can be near, read as keys only, by a range of the alias key index. (One prefix a query: an "or" of several
     * made H2 leave the index and read every alias.)
     */
    public List<String> findWordAliasKeysStartingWith(String prefix) {
        return getEntityManager()
                .createQuery(
                        "select distinct a.aliasKey from SpeakerAlias a where a.aliasKey like :prefix"
                                + " and a.aliasKey not like '% %'",
                        String.class)
                .setParameter("prefix", escapeLike(prefix) + "%")
                .getResultList();
    }

    /** The ids of the persons known under any of these alias keys. */
    public List<Long> findPersonIdsByAliasKeys(Collection<String> keys) {
        if (keys.isEmpty()) {
            return List.of();
        }
        return getEntityManager()
                .createQuery(
                        "select distinct a.speaker.id from SpeakerAlias a where a.aliasKey in :keys and a.speaker.kind = :person",
                        Long.class)
                .setParameter("keys", keys)
                .setParameter("person", SpeakerKind.PERSON)
                .getResultList();
    }

    /** The speakers with these ids, aliases fetched. */
    public List<Speaker> findWithAliases(Collection<Long> ids) {
        return getEntityManager()
                .createQuery(
                        "select distinct s from Speaker s left join fetch s.aliases where s.id in :ids", Speaker.class)
                .setParameter("ids", ids)
                .getResultList();
    }

    /** A page of the speakers, by name; only those among {@code ids} unless it is null. */
    public PageResponse<Speaker> byName(Collection<Long> ids, PageRequest page) {
        Sort byName = Sort.by("name").and("id");
        return Pages.read(ids == null ? findAll(byName) : find("id in ?1", byName, ids), page);
    }

    public boolean exists(long id) {
        return count("id", id) > 0;
    }

    /**
     * How many quotes each of these speakers has; speakers without quotes are absent. Read by entity name:
     * the speaker feature counts quotes without depending on the quote feature's classes.
     */
    public Map<Long, Long> quoteCounts(Collection<Long> speakerIds) {
        return CountById.countPer(getEntityManager(), "Quote q", "q.speaker", speakerIds);
    }

    static String escapeLike(String key) {
        return key.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
