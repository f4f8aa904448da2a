package news.verbatim.speaker;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import news.verbatim.common.PageRequest;
import news.verbatim.common.PageResponse;
import news.verbatim.common.Pages;
import news.verbatim.extract.ClaimedName;
import news.verbatim.text.NameKeys;
import news.verbatim.text.NearName;

/**
 * Keeps one speaker per person across all articles, with every name form seen kept as an alias, and resolves
 * the names people type ("Blinken", "Secretary of State Antony Blinken") to speakers.
 */
@ApplicationScoped
@Transactional
public class SpeakerService {

    public static final String UNKNOWN_NAME = "unknown";

    /** Letters one name may begin with in different transliterations ("Qassem", "Kassem", "Ghassem"). */
    private static final List<String> FIRST_LETTER_VARIANTS = List.of("kqgc", "yi", "ou");

    /** How much longer or shorter than the typed surname a known one may be: folding and two edits. */
    private static final int NEAR_LENGTH_DIFFERENCE = 3;

    private final SpeakerRepository speakers;

    public SpeakerService(SpeakerRepository speakers) {
        this.speakers = speakers;
    }

    /**
     * The speaker an article names, created on first sight. A person's surname alone matches a person already
     * known under that surname when exactly one is; a full name upgrades a speaker known only by surname.
     */
    public Speaker resolveOrCreate(String name, SpeakerKind kind, Collection<String> nameForms) {
        if (kind == SpeakerKind.UNKNOWN || name == null || name.isBlank()) {
            return findOrCreateExact(UNKNOWN_NAME, SpeakerKind.UNKNOWN);
        }
        String cleanName = name.strip();
        String key = nameKey(cleanName);
        if (key.isEmpty()) {
            return findOrCreateExact(UNKNOWN_NAME, SpeakerKind.UNKNOWN);
        }
        Speaker speaker = speakers.findByKey(key, kind)
                .or(() -> uniqueByAlias(key, kind))
                .or(() -> kind == SpeakerKind.PERSON ? upgradeSurnameOnly(cleanName, key) : Optional.empty())
                .orElseGet(() -> create(cleanName, key, kind));
        addAlias(speaker, cleanName);
        if (nameForms != null) {
            nameForms.forEach(form -> addAlias(speaker, form));
        }
        if (kind == SpeakerKind.PERSON) {
            surname(speaker.name).ifPresent(surname -> addAlias(speaker, surname));
        }
        return speaker;
    }

    /**
     * Known speakers whose name or an alias matches {@code name}, exact matches first, one entry per speaker.
     * A name typed with a title, rank, honorific or possessive ("Mayor Reyes", "Dr. Roe", "Blinken's") is
     * also read the way the extractor reads printed names ({@link ClaimedName}), so it finds the speaker
     * stored as "Ana Reyes"; a bare surname finds every person known by it.
     */
    public List<SpeakerMatch> match(String name) {
        String key = nameKey(name == null ? "" : name);
        if (key.isEmpty()) {
            return List.of();
        }
        List<SpeakerMatch> direct = matchKey(key);
        if (direct.stream().anyMatch(SpeakerMatch::exact)) {
            return direct;
        }
        String coreKey =
                ClaimedName.personalName(name).map(SpeakerService::nameKey).orElse("");
        if (coreKey.isEmpty() || coreKey.equals(key)) {
            return direct;
        }
        List<SpeakerMatch> viaName = matchKey(coreKey);
        // The personal name answers precisely when it matches an alias exactly; otherwise the typed words
        // did (partially) or nothing does.
        if (viaName.stream().anyMatch(SpeakerMatch::exact) || direct.isEmpty()) {
            return viaName;
        }
        return direct;
    }

    /**
     * The known persons {@code name} nearly is, for a name no alias matches ({@link #match} found nothing):
     * another transliteration or a slip of spelling ({@link NearName}). Titles are dropped first, as for
     * {@link #match}. Only the one-word alias keys with a first letter the surname could have ({@link #firstLetters})
     * are read from the database; those of a similar length near the surname give the persons, each of whose name
     * forms is then measured.
     */
    public NearSpeakers near(String name) {
        String typed = name == null ? "" : ClaimedName.personalName(name).orElse(name);
        if (nameKey(typed).isBlank()) {
            return NearSpeakers.NONE;
        }
        NearName near = new NearName(typed);
        String surname = near.lastWord();
        if (surname.length() <= NearName.MAX_SHORT_LETTERS) {
            return NearSpeakers.NONE;
        }
        NearName surnameOnly = new NearName(surname);
        List<String> nearKeys = new ArrayList<>();
        for (String first : firstLetters(surname)) {
            for (String key : speakers.findWordAliasKeysStartingWith(first)) {
                if (Math.abs(key.length() - surname.length()) <= NEAR_LENGTH_DIFFERENCE
                        && surnameOnly.to(key).kind() != NearName.Kind.NONE) {
                    nearKeys.add(key);
                }
            }
        }
        List<Long> ids = speakers.findPersonIdsByAliasKeys(nearKeys);
        return ids.isEmpty() ? NearSpeakers.NONE : NearSpeakerChoice.choose(near, speakers.findWithAliases(ids));
    }

    /**
     * The first letters a surname may be spelt with by someone who means it: its own, and those of the
     * transliteration variants {@link NearName#fold} folds (k, q, g and c; y and i; o and u). A slip in the very
     * first letter is not looked for, as most spelling correctors do not.
     */
    static List<String> firstLetters(String surname) {
        String first = surname.substring(0, 1);
        for (String group : FIRST_LETTER_VARIANTS) {
            if (group.contains(first)) {
                return group.chars().mapToObj(c -> String.valueOf((char) c)).toList();
            }
        }
        return List.of(first);
    }

    private List<SpeakerMatch> matchKey(String key) {
        Map<Long, SpeakerMatch> bySpeaker = new LinkedHashMap<>();
        boolean anyExact = false;
        List<SpeakerAlias> candidates = speakers.findAliasesExactly(key);
        if (candidates.isEmpty()) {
            candidates = speakers.findAliasesMatching(key);
        }
        for (SpeakerAlias alias : candidates) {
            boolean exact = alias.aliasKey.equals(key);
            if (anyExact && !exact) {
                break; // an exact alias is a precise answer; partial matches would only add noise
            }
            anyExact |= exact;
            Speaker s = alias.speaker;
            bySpeaker.putIfAbsent(s.id, new SpeakerMatch(s.id, s.name, s.kind, alias.alias, exact));
        }
        return new ArrayList<>(bySpeaker.values());
    }

    /**
     * The alias keys of each of {@code speakerIds} (name key included), for checking whether a group's names
     * contain a claimed member.
     */
    public Map<Long, List<String>> nameKeys(Collection<Long> speakerIds) {
        Map<Long, List<String>> out = new LinkedHashMap<>();
        if (speakerIds.isEmpty()) {
            return out;
        }
        for (Speaker s : speakers.findWithAliases(speakerIds)) {
            List<String> keys = new ArrayList<>();
            keys.add(s.nameKey);
            s.aliases.forEach(a -> keys.add(a.aliasKey));
            out.put(s.id, keys);
        }
        return out;
    }

    /** A page of the speakers by name; with {@code q}, only those whose name or an alias matches it. */
    public PageResponse<SpeakerView> list(String q, PageRequest page) {
        List<Long> ids = null;
        if (q != null && !nameKey(q).isEmpty()) {
            ids = match(q).stream().map(SpeakerMatch::speakerId).toList();
            if (ids.isEmpty()) {
                return Pages.empty(page);
            }
        }
        PageResponse<Speaker> found = speakers.byName(ids, page);
        Map<Long, Long> counts =
                speakers.quoteCounts(found.items().stream().map(s -> s.id).toList());
        return found.map(s -> view(s, counts.getOrDefault(s.id, 0L)));
    }

    public Optional<SpeakerView> find(long id) {
        return speakers.findByIdOptional(id)
                .map(s -> view(s, speakers.quoteCounts(List.of(id)).getOrDefault(id, 0L)));
    }

    public boolean exists(long id) {
        return speakers.exists(id);
    }

    static SpeakerView view(Speaker s, long quoteCount) {
        return new SpeakerView(
                s.id, s.name, s.kind, s.aliases.stream().map(a -> a.alias).toList(), quoteCount);
    }

    /** The matching key of a name, as the engine defines it ({@link NameKeys#speaker}). */
    public static String nameKey(String name) {
        return NameKeys.speaker(name);
    }

    private Optional<Speaker> uniqueByAlias(String key, SpeakerKind kind) {
        List<Speaker> found = speakers.findByAliasKey(key, kind);
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    /** "Antony Blinken" arriving after an article that only said "Blinken": one person, now fully named. */
    private Optional<Speaker> upgradeSurnameOnly(String fullName, String key) {
        int space = key.lastIndexOf(' ');
        if (space < 0) {
            return Optional.empty();
        }
        List<Speaker> surnameOnly =
                speakers.list("nameKey = ?1 and kind = ?2", key.substring(space + 1), SpeakerKind.PERSON);
        if (surnameOnly.size() != 1) {
            return Optional.empty();
        }
        Speaker speaker = surnameOnly.get(0);
        if (speakers.findByKey(key, SpeakerKind.PERSON).isPresent()) {
            return Optional.empty();
        }
        speaker.name = fullName;
        speaker.nameKey = key;
        return Optional.of(speaker);
    }

    private Speaker findOrCreateExact(String name, SpeakerKind kind) {
        String key = nameKey(name);
        return speakers.findByKey(key, kind).orElseGet(() -> create(name, key, kind));
    }

    private Speaker create(String name, String key, SpeakerKind kind) {
        Speaker speaker = new Speaker();
        speaker.name = name;
        speaker.nameKey = key;
        speaker.kind = kind;
        speakers.persist(speaker);
        return speaker;
    }

    private void addAlias(Speaker speaker, String form) {
        if (form == null) {
            return;
        }
        String alias = form.replace('\u00A0', ' ').strip().replaceAll("\\s+", " ");
        String key = nameKey(alias);
        if (key.isEmpty() || alias.length() > 300 || speaker.aliases.stream().anyMatch(a -> a.aliasKey.equals(key))) {
            return;
        }
        SpeakerAlias entity = new SpeakerAlias();
        entity.speaker = speaker;
        entity.alias = alias;
        entity.aliasKey = key;
        speaker.aliases.add(entity);
    }

    private static Optional<String> surname(String fullName) {
        String[] parts = fullName.strip().split("\\s+");
        return parts.length >= 2 ? Optional.of(parts[parts.length - 1]) : Optional.empty();
    }
}
