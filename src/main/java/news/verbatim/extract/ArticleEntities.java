package news.verbatim.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import news.verbatim.text.TextNormalizer;

/**
 * The entity memory of one article: the persons it names, the unnamed sources and the organisations it
 * introduces, and the look-ups that let a later mention point back at them ("Blinken" → Antony Blinken,
 * "the official" → the latest "senior US official", "the spokesman" → the person titled so).
 *
 * <p>Filled by {@link EntityScanner}'s pre-pass over the whole article; {@link SpeakerResolver} reads it and
 * may add persons first named in a subject phrase.
 */
final class ArticleEntities {

    /** An unnamed source introduced as the subject of a cue verb ("a senior US official said"). */
    record UnnamedSource(int token, String description, String head, boolean plural) {}

    /** An organisation printed outside quotes, with the lower-case last word of its name ("ministry"). */
    record Organisation(int token, String name, String headKey) {}

    /**
     * Added to the distance of a full-name mention printed after the surname reference, so that any earlier
     * mention is nearer than every later one.
     */
    private static final int LATER_MENTION_PENALTY = 100_000;

    private final Map<String, PersonEntity> byCanonical = new HashMap<>();
    private final List<PersonEntity> persons = new ArrayList<>();
    private final Map<String, List<PersonEntity>> bySurnameKey = new HashMap<>();
    private final List<UnnamedSource> sources = new ArrayList<>();
    private final List<Organisation> organisations = new ArrayList<>();
    private final Set<String> affiliations = new HashSet<>();
    /** Surname tokens printed after "the elder" / "the younger", with the seniority asked for. */
    private final Map<Integer, Seniority> comparatives = new HashMap<>();

    /** A name as the article prints it, with no-break spaces, curly apostrophes and runs of spaces folded. */
    static String canonical(String core) {
        String c = core.replace('\u00A0', ' ')
                .replace('\u2019', '\'')
                .replace('\u2018', '\'')
                .trim();
        return WordGaps.singleSpaced(c);
    }

    /**
     * "Van Heemskerk said" at the start of a sentence for "Joost van Heemskerk": a surname opening on a particle is
     * capitalised there, so the particle is compared in lower case; null when the name opens on no capitalised
     * particle.
     */
    private static String particleInLowerCase(String canonical) {
        int sp = canonical.indexOf(' ');
        if (sp <= 0 || !Character.isUpperCase(canonical.charAt(0))) {
            return null;
        }
        String particle = Lexicon.lower(canonical.substring(0, sp));
        return Lexicon.NAME_PARTICLES.contains(particle) ? particle + canonical.substring(sp) : null;
    }

    /**
     * The person of that canonical name, also when it is the tail of a longer one ("Bagheri Kani" for "Ali
     * Bagheri Kani"); created when {@code create} and not known, else null.
     */
    PersonEntity entityFor(String canonical, boolean create) {
        PersonEntity e = byCanonical.get(canonical);
        if (e == null) {
            String tail = " " + canonical;
            String lowered = particleInLowerCase(canonical);
            String loweredTail = lowered == null ? null : " " + lowered;
            for (PersonEntity x : persons) {
                if (x.canonical().endsWith(tail)
                        || loweredTail != null && x.canonical().endsWith(loweredTail)) {
                    return x;
                }
            }
            if (!create) {
                return null;
            }
            e = new PersonEntity(canonical);
            byCanonical.put(canonical, e);
            persons.add(e);
            bySurnameKey.computeIfAbsent(e.surnameKey(), k -> new ArrayList<>()).add(e);
        }
        return e;
    }

    /**
     * Makes {@code nickname} ("Peggy Hollingdale") another name of {@code person} ("Margaret Hollingdale", printed
     * as Margaret "Peggy" Hollingdale): a person registered under it before is merged into {@code person}, and
     * any later look-up of it finds {@code person}.
     */
    void addNickname(String nickname, PersonEntity person) {
        PersonEntity before = byCanonical.get(nickname);
        byCanonical.put(nickname, person);
        if (before == null || before == person) {
            return;
        }
        person.absorb(before);
        persons.remove(before);
        List<PersonEntity> sameSurname = bySurnameKey.get(before.surnameKey());
        if (sameSurname != null) {
            sameSurname.remove(before);
        }
    }

    /**
     * The person a one-word name at token {@code tok} refers to: the full name with that surname mentioned
     * nearest before it (one after it is a weaker match), else the one person with that first name.
     */
    PersonEntity bySurname(String key, int tok) {
        return bySurname(key, tok, Gender.UNKNOWN);
    }

    /** The people named in full whose surname is {@code key}, in the order they were first registered. */
    List<PersonEntity> fullNamesWithSurname(String key) {
        return bySurnameKey.getOrDefault(key, List.of()).stream()
                .filter(PersonEntity::isFullName)
                .toList();
    }

    /** Whether a person named in full has the surname {@code key}. */
    boolean knownSurname(String key) {
        for (PersonEntity e : bySurnameKey.getOrDefault(key, List.of())) {
            if (e.isFullName()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The person named in full whose surname is {@code key}, nearest before {@code tok}. An honorific's
     * {@code gender} ("Mr Patel", "Ms Hollins") must fit, and when several people of the article fit it (a
     * father and a son) nobody is picked: abstain rather than guess.
     */
    PersonEntity bySurname(String key, int tok, Gender gender) {
        Seniority asked = comparatives.get(tok);
        if (asked != null) {
            return bySeniority(key, asked);
        }
        if (gender.isKnown()) {
            List<PersonEntity> fitting = new ArrayList<>();
            for (PersonEntity e : bySurnameKey.getOrDefault(key, List.of())) {
                if (e.isFullName() && e.admits(gender)) {
                    fitting.add(e);
                }
            }
            if (fitting.size() == 1) {
                return fitting.get(0);
            }
            // "Carol Venning, 79, …", "“…,” Mrs Venning said.", and only later "her daughter Hannah Venning": copy
            // never calls someone by surname before naming them in full, so the one named before is meant.
            List<PersonEntity> namedBefore = fitting.stream()
                    .filter(e -> e.mentions().stream().anyMatch(m -> m < tok))
                    .toList();
            if (namedBefore.size() == 1) {
                return namedBefore.get(0);
            }
            if (fitting.size() > 1 || knownSurname(key)) {
                return null; // several fit, or the people of that surname are all of the other gender
            }
        }
        PersonEntity best = null;
        int bestDist = Integer.MAX_VALUE;
        List<PersonEntity> named = bySurnameKey.getOrDefault(key, List.of());
        // "Quinn laughs" after "Quinn's mother, Bernadette": a bare surname means someone printed with it, not a
        // relative whose surname the article only implies.
        boolean anyPrinted = named.stream().anyMatch(e -> e.isFullName() && e.printedWithSurname());
        // "Her mother, Rosaleen Galligan", "Rosaleen, now 79, is less romantic" beside "Galligan directed her first
        // play": where the article calls a relative by first name, the bare surname is the other person.
        boolean anyBySurname = named.size() > 1
                && named.stream()
                        .anyMatch(e -> e.isFullName() && e.printedWithSurname() && !e.relativeCalledByFirstName());
        for (PersonEntity e : named) {
            if (!e.isFullName()
                    || anyPrinted && !e.printedWithSurname()
                    || anyBySurname && e.relativeCalledByFirstName()) {
                continue;
            }
            for (int m : e.mentions()) {
                int d = m <= tok ? tok - m : (m - tok) + LATER_MENTION_PENALTY;
                if (d < bestDist) {
                    bestDist = d;
                    best = e;
                }
            }
        }
        if (best != null) {
            return best;
        }
        PersonEntity byFirst = null;
        for (PersonEntity e : persons) {
            if (e.firstKey().equals(key) && e.isFullName()) {
                if (byFirst != null) {
                    return null;
                }
                byFirst = e;
            }
        }
        return byFirst;
    }

    /** Records that the surname at token {@code tok} is printed as "the elder X" or "the younger X". */
    void markComparative(int tok, Seniority asked) {
        comparatives.put(tok, asked);
    }

    /**
     * "The elder Mr Hendry": of the people named in full with surname {@code key}, the one the article
     * introduced as the parent (or the elder), or the one left when the other was introduced as the child.
     * With fewer than two such people the article names the other relative only in passing, and with no such
     * evidence either could be meant: null, so the quote stays unknown rather than go to the wrong relative.
     */
    private PersonEntity bySeniority(String key, Seniority asked) {
        List<PersonEntity> candidates = fullNamesWithSurname(key);
        if (candidates.size() < 2) {
            return null;
        }
        List<PersonEntity> fitting =
                candidates.stream().filter(e -> e.seniority() == asked).toList();
        if (fitting.size() == 1) {
            return fitting.get(0);
        }
        List<PersonEntity> others = candidates.stream()
                .filter(e -> e.seniority() != asked.opposite())
                .toList();
        return fitting.isEmpty() && others.size() == 1 ? others.get(0) : null;
    }

    /** The person a PERSON_NAME mention names (a full name is registered on first sight), or null. */
    PersonEntity personEntity(Mention m, int tok) {
        if (m.type() != Mention.Type.PERSON_NAME) {
            return null;
        }
        if (m.coreWords() >= 2) {
            String c = canonical(m.core());
            return affiliations.contains(c) ? null : entityFor(c, true);
        }
        String key = Lexicon.lower(canonical(m.core()));
        PersonEntity e = bySurname(key, tok, m.gender());
        if (e == null && knownSurname(key)) {
            return null;
        }
        if (e == null) {
            e = byCanonical.get(canonical(m.core()));
        }
        return e;
    }

    /** A phrase naming several people together ("Steve and Lorraine Garbutt"), wherever it stands. */
    record NamedGroup(Mention mention) {}

    private final List<NamedGroup> groups = new ArrayList<>();

    void addGroup(Mention group) {
        groups.add(new NamedGroup(group));
    }

    /** The group phrase nearest before token {@code tok} that starts at or after {@code notBefore}, or null. */
    Mention groupBefore(int tok, int notBefore) {
        Mention best = null;
        for (NamedGroup g : groups) {
            Mention m = g.mention();
            if (m.last() < tok && m.first() >= notBefore && (best == null || m.last() > best.last())) {
                best = m;
            }
        }
        return best;
    }

    /** The person named in full whose latest mention before {@code tok} is the nearest, if {@code g} fits them. */
    PersonEntity lastPersonBefore(int tok, Gender g) {
        PersonEntity best = null;
        int bestPos = -1;
        for (PersonEntity e : persons) {
            for (int m : e.mentions()) {
                if (m < tok && m > bestPos && e.isFullName()) {
                    bestPos = m;
                    best = e;
                }
            }
        }
        return best != null && best.admits(g) ? best : null;
    }

    /** The person with title or role word {@code role} mentioned last before token {@code tok}, or null. */
    PersonEntity byRole(String role, int tok) {
        return byRole(role, List.of(), tok);
    }

    /**
     * The person with role word {@code role} whose printed forms or appositions also carry every one of
     * {@code modifiers} ("the finance chief" is not the chief executive; "the Brindley manager" is not the
     * Harcastle manager), mentioned last before token {@code tok}, or null.
     */
    PersonEntity byRole(String role, List<String> modifiers, int tok) {
        PersonEntity best = null;
        int bestPos = -1;
        for (PersonEntity e : persons) {
            if (!e.hasRole(role) || !e.describedBy(modifiers)) {
                continue;
            }
            for (int m : e.mentions()) {
                if (m < tok && m > bestPos) {
                    bestPos = m;
                    best = e;
                }
            }
        }
        return best;
    }

    /**
     * The one person whose apposition says exactly {@code description} ("Nasser Kanaani, the spokesperson for
     * Iran’s foreign ministry" for "a spokesperson for Iran’s foreign ministry"), or null when none or several.
     */
    PersonEntity byApposition(String description) {
        String d = TextNormalizer.normalize(description);
        return onlyPersonWhoseApposition(a -> a.equals(d));
    }

    /**
     * The one person whose apposition begins with the words of {@code description} ("Grace Wambui, a mother of
     * three who grazes goats" for "the mother of three"), or null when none or several.
     */
    PersonEntity byAppositionStart(String description) {
        String d = TextNormalizer.normalize(description);
        return onlyPersonWhoseApposition(a -> a.equals(d) || a.startsWith(d + " "));
    }

    /** The one person with an apposition that {@code fits}, or null when none or several have one. */
    private PersonEntity onlyPersonWhoseApposition(Predicate<String> fits) {
        PersonEntity found = null;
        for (PersonEntity e : persons) {
            for (String a : e.appositions()) {
                if (fits.test(a)) {
                    if (found != null && found != e) {
                        return null;
                    }
                    found = e;
                }
            }
        }
        return found;
    }

    /** Whether a person other than {@code e} has a mention at a token from {@code from} up to {@code to}. */
    boolean otherPersonMentioned(PersonEntity e, int from, int to) {
        return otherPersonMentioned(e, from, to, Gender.UNKNOWN);
    }

    /** As {@link #otherPersonMentioned(PersonEntity, int, int)}, of a person {@code g} fits. */
    boolean otherPersonMentioned(PersonEntity e, int from, int to, Gender g) {
        for (PersonEntity o : persons) {
            if (o != e
                    && (g == Gender.UNKNOWN || o.admits(g))
                    && o.mentions().stream().anyMatch(m -> m >= from && m < to)) {
                return true;
            }
        }
        return false;
    }

    void addSource(UnnamedSource source) {
        sources.add(source);
    }

    /**
     * The latest unnamed source before token {@code tok} with head noun {@code head} whose description holds
     * every one of {@code modifiers}, or null.
     */
    UnnamedSource sourceBefore(int tok, String head, List<String> modifiers) {
        for (int i = sources.size() - 1; i >= 0; i--) {
            UnnamedSource a = sources.get(i);
            if (a.token() >= tok || !a.head().equals(head)) {
                continue;
            }
            if (modifiers.stream().allMatch(a.description()::contains)) {
                return a;
            }
        }
        return null;
    }

    /** A club or firm printed before a person's role ("Calder Vale manager …"): that name is not a person. */
    void addAffiliation(String name) {
        affiliations.add(name);
    }

    /** Whether {@code name} (canonical) was found to name a club, firm or other institution, not a person. */
    boolean isAffiliation(String name) {
        return affiliations.contains(name);
    }

    void addOrganisation(Organisation organisation) {
        organisations.add(organisation);
    }

    /** Nouns for a business that copy uses for one another ("the firm behind the chair" … "the company said"). */
    private static final Set<String> COMPANY_NOUNS =
            Set.of("company", "firm", "business", "manufacturer", "maker", "retailer", "brand", "startup", "supplier");

    /** Whether {@code name} has the word {@code lower} ("University of North Cumbria" has "university"). */
    private static boolean hasWord(String name, String lower) {
        for (String w : name.split(" ")) {
            if (Lexicon.lower(w).equals(lower)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isCompany(String noun) {
        return COMPANY_NOUNS.contains(noun);
    }

    /**
     * The latest organisation before token {@code tok} whose name ends in {@code headKey} (or that an apposition
     * called so), a business for any of the nouns for one; or null.
     */
    Organisation organisationBefore(int tok, String headKey) {
        for (int i = organisations.size() - 1; i >= 0; i--) {
            Organisation o = organisations.get(i);
            if (o.token() < tok
                    && (o.headKey().equals(headKey)
                            || isCompany(o.headKey()) && isCompany(headKey)
                            || hasWord(o.name(), headKey))) {
                return o;
            }
        }
        return null;
    }
}
