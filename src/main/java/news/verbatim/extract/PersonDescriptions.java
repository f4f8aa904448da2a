package news.verbatim.extract;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import news.verbatim.text.TextNormalizer;

/**
 * Reads what an article says about a person around their name, for {@link EntityScanner}: the apposition after
 * it (", the spokesperson for Iran’s foreign ministry,"), the description before it ("the ship's medical
 * director, Dr Jens Albrektsen"), and whether an apposition shows that a bare surname is a person (", 38,").
 * The roles and appositions found are added to the person's {@link PersonEntity}.
 */
final class PersonDescriptions {

    /** Prepositions inside a description ("envoy for the region"): a determiner after them does not start it. */
    private static final Set<String> PREPOSITIONS = Set.of("of", "for", "to", "in", "at", "on");

    /** How long a description before a name may be ("the United Nations special envoy for the region"). */
    private static final int MAX_DESCRIPTION_TOKENS = 10;

    /** How far before a name a relation word may stand ("her father, coach Mike Brandt"). */
    private static final int SENIORITY_WINDOW = 4;

    /** How far into an apposition its head noun is looked for (", a retired mail carrier"). */
    private static final int MAX_APPOSITION_WORDS = 5;

    private final ArticleLayout layout;
    private final List<Tok> toks;
    private final SubjectFinder subjects;

    PersonDescriptions(ArticleLayout layout, SubjectFinder subjects) {
        this.layout = Objects.requireNonNull(layout, "layout");
        this.toks = layout.tokens;
        this.subjects = Objects.requireNonNull(subjects, "subjects");
    }

    /**
     * Whether an apposition opening with the comma at {@code a} describes a person: ", a retired mail carrier",
     * ", an energy storage analyst at …", ", 38," (an age), ", who …".
     */
    boolean describedAsPerson(int a, int se) {
        if (a + 1 >= se || !toks.get(a).isPunct(",")) {
            return false;
        }
        Tok first = toks.get(a + 1);
        if (first.kind() != Tok.Kind.PUNCT && Character.isDigit(first.text().charAt(0))) {
            return a + 2 < se && toks.get(a + 2).isPunct(","); // ", 44,"
        }
        String d = first.lower();
        if (d.equals("who")) {
            return true; // "Ruth, who did not want to give her surname, said": people take "who", bodies "which"
        }
        if (!(d.equals("a") || d.equals("an") || d.equals("the"))) {
            return false;
        }
        for (int k = a + 2; k < se && k <= a + 2 + MAX_APPOSITION_WORDS; k++) {
            Tok t = toks.get(k);
            if (!t.isWord()) {
                return false;
            }
            String l = t.lower();
            if (Lexicon.PERSON_NOUNS.contains(l) || Lexicon.ROLE_NOUNS.contains(l) || NameShapes.isRoleNoun(l)) {
                // "a carrier" may be an airline; "a retired mail carrier" is a person.
                String before = toks.get(k - 1).lower();
                return !Lexicon.ORG_NOUNS.contains(l) || before.equals("retired") || before.equals("mail");
            }
        }
        return false;
    }

    /** Past participles before "by" and a name, with the role noun they give the name ("Trained by Crosbie"). */
    private static final Map<String, String> AGENT_ROLES = Map.of(
            "trained", "trainer",
            "coached", "coach",
            "managed", "manager",
            "owned", "owner",
            "ridden", "rider",
            "directed", "director",
            "written", "writer",
            "founded", "founder",
            "produced", "producer");

    /**
     * "Trained by Crosbie and ridden by her son Tom, the nine-year-old …": the role noun a participle and "by"
     * right before the name at {@code first} give it (so that "said the trainer" is Crosbie), or null.
     */
    String agentRole(int first) {
        if (first < 2
                || !toks.get(first - 1).lower().equals("by")
                || !toks.get(first - 2).isWord()) {
            return null;
        }
        return AGENT_ROLES.get(toks.get(first - 2).lower());
    }

    /**
     * "The United Nations special envoy for the region, Aurelie Demba, arrived …", "the ship's medical
     * director, Dr Jens Albrektsen, told AFP": a description before the name gives its roles (for "the envoy
     * said" later). {@code first} is the name's first token.
     */
    void registerDescriptionBefore(PersonEntity e, int first) {
        if (first < 2 || !toks.get(first - 1).isPunct(",")) {
            return;
        }
        for (int k = first - 2; k >= 0 && k >= first - 2 - MAX_DESCRIPTION_TOKENS; k--) {
            Tok t = toks.get(k);
            if (!t.isWord() || subjects.isCue(k)) {
                return;
            }
            String l = t.lower();
            if (Lexicon.ROLE_NOUNS.contains(l) || Lexicon.SOURCE_NOUNS.contains(l) && !l.endsWith("s")) {
                e.addRole(l);
            }
            if (Lexicon.RELATION_NOUNS.contains(l) && describesTheName(k)) {
                // "Her father, Paolo Ferrante": the relation is the named person's, and so is its gender, which
                // keeps a later "she said" off him when father and daughter share the surname.
                e.learnGender(NameShapes.genderOf(l, Gender.UNKNOWN));
                e.addRelation(l, k);
            }
            if (l.equals("the") || l.equals("a") || l.equals("an") || l.equals("its") || t.isPossessive()) {
                if (k == 0
                        || !toks.get(k - 1).isWord()
                        || !PREPOSITIONS.contains(toks.get(k - 1).lower())) {
                    return; // the description's determiner: it starts here
                }
            }
        }
    }

    /**
     * "Her father, Paolo Ferrante", "His son Callum Hendry", "her younger sister Catriona": the seniority the
     * words just before a name's first token {@code first} give, within its sentence; {@link Seniority#UNKNOWN}
     * when there are none, or when the relation ends a phrase after a preposition.
     */
    Seniority seniorityBefore(int first) {
        for (int k = first - 1; k >= 0 && k >= first - SENIORITY_WINDOW; k--) {
            Tok t = toks.get(k);
            if (t.isPunct(",")) {
                continue;
            }
            if (!t.isWord() || subjects.isCue(k)) {
                return Seniority.UNKNOWN;
            }
            Seniority s = Seniority.ofWord(t.lower());
            if (s != Seniority.UNKNOWN) {
                return describesTheName(k) ? s : Seniority.UNKNOWN;
            }
        }
        return Seniority.UNKNOWN;
    }

    /**
     * Whether the relation noun at {@code k} ("her father") is a description of the name after its comma, and
     * not the end of a phrase after a preposition ("to play for her father, Kaylee Brandt laughed").
     */
    private boolean describesTheName(int k) {
        int d = k - 1;
        if (d < 0 || !toks.get(d).isWord()) {
            return true;
        }
        String det = toks.get(d).lower();
        if (det.equals("his") || det.equals("her") || det.equals("their") || det.equals("the")) {
            d--;
        }
        return d < 0
                || !toks.get(d).isWord()
                || !PREPOSITIONS.contains(toks.get(d).lower());
    }

    /**
     * "Barbara Coxon, who was practice nurse at Stanhope for 22 years, said": the noun a relative clause with "is"
     * or "was" gives a person before its first preposition is a role of theirs ("the former nurse added").
     */
    private void registerRoleOfRelativeClause(PersonEntity e, int a, int se) {
        int k = a + 1;
        if (k + 2 >= se || !toks.get(k).lower().equals("who")) {
            return;
        }
        String verb = toks.get(k + 1).lower();
        if (!verb.equals("is") && !verb.equals("was")) {
            return;
        }
        k += 2;
        if (toks.get(k).isWord()
                && (toks.get(k).lower().equals("a") || toks.get(k).lower().equals("the"))) {
            k++;
        }
        if (toks.get(k).isPossessive()
                || Lexicon.POSSESSIVE_DETERMINERS.contains(toks.get(k).lower())) {
            return; // "who was his deputy for 11 years": a role relative to someone else, as a relation is
        }
        int h = k;
        while (h + 1 < se
                && h + 1 - k < MAX_DESCRIPTION_TOKENS
                && toks.get(h + 1).isWord()
                && !PREPOSITIONS.contains(toks.get(h + 1).lower())) {
            h++;
        }
        if (h < se
                && toks.get(h).isWord()
                && Lexicon.ROLE_NOUNS.contains(toks.get(h).lower())) {
            e.addRole(toks.get(h).lower());
        }
    }

    /**
     * "Querrel, 41, opened …", "Hannah Oduya (27) and …", "Ruth Alder, aged 63,", "41-year-old Nadia Querrel":
     * the age printed beside the name from token {@code first} to {@code last}, kept as the epithet that points
     * back at the person ("says the 41-year-old").
     */
    void registerAge(PersonEntity e, int first, int last) {
        String age = ageAfter(last + 1);
        if (age == null && first > 0 && Ages.isEpithet(toks.get(first - 1).lower())) {
            age = toks.get(first - 1).lower();
        }
        if (age != null) {
            e.addRole(age);
        }
    }

    /** The age epithet of ", 41,", ", 41.", ", aged 41" or "(41)" opening at token {@code k}, or null. */
    private String ageAfter(int k) {
        if (k + 1 >= toks.size()) {
            return null;
        }
        Tok open = toks.get(k);
        boolean paren = open.isPunct("(");
        if (!paren && !open.isPunct(",")) {
            return null;
        }
        int n = k + 1;
        if (!paren && toks.get(n).lower().equals("aged") && n + 1 < toks.size()) {
            n++;
        }
        String age = Ages.epithetOf(toks.get(n).text());
        if (age == null || n + 1 >= toks.size()) {
            return age;
        }
        Tok close = toks.get(n + 1);
        boolean closed = paren ? close.isPunct(")") : close.isPunct(",") || close.isPunct(".") || !close.isWord();
        return closed ? age : null;
    }

    /** "Nasser Kanaani, the spokesperson for Iran’s foreign ministry, warned …": the comma at {@code a}. */
    void registerApposition(PersonEntity e, int a, int se) {
        if (a + 3 < se
                && toks.get(a).isPunct(",")
                && ageAfter(a) != null
                && toks.get(a + 2).isPunct(",")) {
            a += 2; // "Grace Wambui, 44, a mother of three who …": the description after the age
        }
        if (a + 1 < se && toks.get(a).isPunct(",")) {
            registerRoleOfRelativeClause(e, a, se);
        }
        if (a + 1 < se && toks.get(a).isPunct(",") && toks.get(a + 1).isWord()) {
            String d = toks.get(a + 1).lower();
            if (d.equals("the") || d.equals("a") || d.equals("an")) {
                int b = a + 2;
                while (b < se && toks.get(b).isWord() && !subjects.isCue(b)) {
                    b++;
                }
                if (b > a + 2) {
                    e.addApposition(TextNormalizer.normalize(layout.text.substring(
                            toks.get(a + 2).start(), toks.get(b - 1).end())));
                    String head = toks.get(a + 2).lower();
                    if (Lexicon.ROLE_NOUNS.contains(head) || Lexicon.SOURCE_NOUNS.contains(head)) {
                        e.addRole(head);
                    }
                    // "Dr Isla Fenwick, a senior ecologist at the University of …": the noun before the first
                    // preposition heads the description, so "the ecologist said" later is her.
                    int h = a + 2;
                    while (h + 1 < b && !PREPOSITIONS.contains(toks.get(h + 1).lower())) {
                        h++;
                    }
                    String last = toks.get(h).lower();
                    // "Dr. Oren Makepeace, an emergency physician in Kindersley": a job noun by its shape too
                    if (h > a + 2 && NameShapes.isRoleNoun(last) && !toks.get(h).isCap()) {
                        e.addRole(last);
                    }
                }
            }
        }
    }
}
