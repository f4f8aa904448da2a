package news.verbatim.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A person named in one article, as {@link EntityScanner} and {@link SpeakerResolver} learn about them: the
 * canonical name, every printed form with its offset, title and role words, appositions, the tokens of every
 * mention and, once known, the gender.
 */
final class PersonEntity {

    private final String canonical;
    private final String surnameKey;
    private final String firstKey;
    private Gender gender = Gender.UNKNOWN;
    private Seniority seniority = Seniority.UNKNOWN;
    /** Printed forms with their first offset, for {@link #nameForms()} in order of appearance. */
    private final Map<String, Integer> forms = new LinkedHashMap<>();
    /** Lower-case title and role words printed before the name ("spokesman", "mayor"). */
    private final List<String> roles = new ArrayList<>();
    /** Normalised appositions ("the spokesperson for Iran’s foreign ministry"). */
    private final List<String> appositions = new ArrayList<>();
    /** Token indices of every mention. */
    private final List<Integer> mentions = new ArrayList<>();
    /** Relation words the article introduced this person with ("mother" in "Her mother, Rosaleen Galligan"), each
     * with the token of its first use. */
    private final Map<String, Integer> relations = new LinkedHashMap<>();

    /**
     * @param canonical the name without titles, single spaces ("Antony Blinken"; a surname alone for a person
     *     known only by title and surname)
     */
    PersonEntity(String canonical) {
        Objects.requireNonNull(canonical, "canonical");
        if (canonical.isBlank()) {
            throw new IllegalArgumentException("a person's canonical name has a word: \"" + canonical + "\"");
        }
        this.canonical = canonical;
        String[] w = canonical.split(" ");
        int last = w.length - 1;
        while (last > 0 && Lexicon.NAME_SUFFIXES.contains(Lexicon.lower(w[last]))) {
            last--;
        }
        this.surnameKey = Lexicon.lower(w[last]);
        if (last < w.length - 1) { // "Ray Dutton Sr.", "Ray Dutton Jr."
            seniority = Seniority.ofSuffix(Lexicon.lower(w[w.length - 1]));
        }
        this.firstKey = Lexicon.lower(w[0]);
        if (w.length > 1) {
            if (Lexicon.MALE_FIRST_NAMES.contains(firstKey)) {
                gender = Gender.MALE;
            } else if (Lexicon.FEMALE_FIRST_NAMES.contains(firstKey)) {
                gender = Gender.FEMALE;
            }
        }
    }

    String canonical() {
        return canonical;
    }

    /** The surname, lower case, without a suffix ("jr"). */
    String surnameKey() {
        return surnameKey;
    }

    /** The first word of the name, lower case. */
    String firstKey() {
        return firstKey;
    }

    /** Whether the name has more than one word (a first name and a surname, at least). */
    boolean isFullName() {
        return canonical.indexOf(' ') > 0;
    }

    Gender gender() {
        return gender;
    }

    Seniority seniority() {
        return seniority;
    }

    /** Records {@code s} unless a seniority is known already: the first evidence wins. */
    void learnSeniority(Seniority s) {
        if (seniority == Seniority.UNKNOWN) {
            seniority = s;
        }
    }

    /** Records {@code g} unless a gender is known already: the first evidence wins. */
    void learnGender(Gender g) {
        if (!gender.isKnown()) {
            gender = g;
        }
    }

    /** Whether "he" or "she" (of gender {@code pronoun}) can refer to this person. */
    boolean admits(Gender pronoun) {
        return gender.admits(pronoun);
    }

    /**
     * Whether some printed form of this person carries the surname: false for a relative introduced by first name
     * only ("Quinn's mother, Bernadette"), whose surname the article never printed.
     */
    boolean printedWithSurname() {
        for (String f : forms.keySet()) {
            if ((" " + Lexicon.lower(f) + " ").contains(" " + surnameKey + " ")) {
                return true;
            }
        }
        return false;
    }

    void addRelation(String relation, int token) {
        relations.merge(relation, token, Math::min);
    }

    /** Whether the article introduced this person as someone's relative ("Her mother, …", "her son Tom"). */
    boolean introducedAsRelative() {
        return !relations.isEmpty();
    }

    /** Whether the article introduced this person as someone's {@code relation} ("mother") at or after {@code from}. */
    boolean introducedAs(String relation, int from) {
        Integer at = relations.get(relation);
        return at != null && at >= from;
    }

    /**
     * Whether the article introduced this person as a relative and then prints them by first name alone
     * ("Her mother, Rosaleen Galligan, …", "Rosaleen, now 79, …"), the way a writer keeps a relative apart
     * from the person of the same surname the story is about.
     */
    boolean relativeCalledByFirstName() {
        if (!isFullName() || relations.isEmpty()) {
            return false;
        }
        for (String f : forms.keySet()) {
            if (f.indexOf(' ') < 0 && Lexicon.lower(f).equals(firstKey)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Takes over everything known of {@code other}, the same person printed under another name ("Peggy Hollingdale"
     * in the headline, then "Margaret "Peggy" Hollingdale"): its forms, mentions, roles, appositions and relations.
     */
    void absorb(PersonEntity other) {
        other.forms.forEach(this::addForm);
        mentions.addAll(other.mentions);
        mentions.sort(null);
        other.roles.stream().filter(r -> !roles.contains(r)).forEach(roles::add);
        other.appositions.stream().filter(a -> !appositions.contains(a)).forEach(appositions::add);
        other.relations.forEach((k, v) -> relations.merge(k, v, Math::min));
        learnGender(other.gender);
    }

    void addForm(String form, int offset) {
        forms.merge(form, offset, Math::min);
    }

    void addMention(int token) {
        mentions.add(token);
    }

    void addRole(String role) {
        roles.add(role);
    }

    void addApposition(String normalised) {
        appositions.add(normalised);
    }

    /** Whether a description with head noun {@code role} can be this person: no role known, or that one. */
    boolean fitsRole(String role) {
        if (Ages.isEpithet(role)) {
            // Anyone may be "the 47-year-old" — a manager, a mother — except a person the article gave another
            // age ("the 36-year-old" is not the potter it said was 63).
            return roles.stream().noneMatch(r -> Ages.isEpithet(r) && !r.equals(role));
        }
        boolean staff = Lexicon.STAFF_ROLES.contains(role);
        for (String r : roles) {
            if (r.equals(role)) {
                return true;
            }
            // A relative is not "the midfielder"; a coach is not "the sophomore", nor a player "the manager".
            boolean conflict = Lexicon.RELATION_NOUNS.contains(r)
                    || Lexicon.ROLE_NOUNS.contains(r) && Lexicon.STAFF_ROLES.contains(r) != staff;
            if (conflict) {
                return false;
            }
        }
        return true;
    }

    boolean hasRole(String role) {
        return roles.contains(role);
    }

    /** Whether every word of {@code modifiers} appears in a printed form or an apposition of this person. */
    boolean describedBy(List<String> modifiers) {
        for (String w : modifiers) {
            boolean found = roles.contains(w);
            for (String f : forms.keySet()) {
                found |= (" " + Lexicon.lower(f) + " ").contains(" " + w + " ");
            }
            for (String a : appositions) {
                found |= (" " + a + " ").contains(" " + w + " ");
            }
            if (!found) {
                return false;
            }
        }
        return true;
    }

    List<String> appositions() {
        return Collections.unmodifiableList(appositions);
    }

    /** Token indices of every mention, in the order they were recorded. */
    List<Integer> mentions() {
        return Collections.unmodifiableList(mentions);
    }

    /** Every printed form, in order of first appearance. */
    List<String> nameForms() {
        List<Map.Entry<String, Integer>> e = new ArrayList<>(forms.entrySet());
        e.sort(Map.Entry.comparingByValue());
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, Integer> x : e) {
            out.add(x.getKey());
        }
        return out;
    }
}
