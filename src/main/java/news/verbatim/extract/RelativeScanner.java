package news.verbatim.extract;

import java.util.List;
import java.util.Objects;

/**
 * Registers the relatives an article introduces by first name ("Her son Aled, 49, …", "His wife of 62 years,
 * Margaret, said") as people of the article with the surname of the person whose relative they are, so that
 * "Mr Probert said" later finds them. Part of {@link EntityScanner}'s pre-pass:
 *
 * <pre>{@code
 * new RelativeScanner(layout, entities).registerRelatives();
 * }</pre>
 */
final class RelativeScanner {

    /** How many tokens a relation's qualifier may run before its comma ("wife of 62 years,"). */
    private static final int MAX_RELATION_TOKENS = 5;

    private final ArticleLayout layout;
    private final List<Tok> toks;
    private final ArticleEntities entities;

    RelativeScanner(ArticleLayout layout, ArticleEntities entities) {
        this.layout = Objects.requireNonNull(layout, "layout");
        this.toks = layout.tokens;
        this.entities = Objects.requireNonNull(entities, "entities");
    }

    /**
     * "Her son Aled, 49, …", "His wife of 62 years, Margaret, said": a relative introduced by first name is a
     * person of the article with the surname of the person whose relative they are (for "Mr Probert said").
     */
    void registerRelatives() {
        for (int s = 0; s < layout.sentenceCount(); s++) {
            int ss = layout.sentenceStart(s);
            int se = layout.sentenceEnd(s);
            for (int t = ss + 1; t + 1 < se; t++) {
                String relation = toks.get(t).lower();
                if (!toks.get(t).isWord() || !Lexicon.RELATION_NOUNS.contains(relation)) {
                    continue;
                }
                int k = t + 1;
                if (toks.get(k).lower().equals("of")) { // "of 62 years"
                    while (k < se && k < t + MAX_RELATION_TOKENS && !toks.get(k).isPunct(",")) {
                        k++;
                    }
                }
                if (k < se && toks.get(k).isPunct(",")) {
                    k++;
                }
                if (k >= se
                        || !NameShapes.isNameToken(toks.get(k))
                        || k + 1 < se && NameShapes.isNameToken(toks.get(k + 1))) {
                    continue;
                }
                String surname = laterPossessorSurname(t - 1, k + 1, se);
                if (surname == null) {
                    surname = possessorSurname(ss, t - 1);
                }
                if (surname == null) {
                    continue;
                }
                PersonEntity e = entities.entityFor(toks.get(k).withoutPossessive() + " " + surname, true);
                e.addMention(k);
                e.addRole(relation);
                e.addRelation(relation, t);
                e.learnGender(NameShapes.genderOf(relation, Gender.UNKNOWN));
                e.learnSeniority(Seniority.ofWord(relation));
            }
        }
    }

    /**
     * "In a statement read to the court by his wife Meredith, Mr Tenby said:": the possessor of "his" or "her" at
     * {@code p} named later in the sentence (from {@code from} on), by an honorific of that gender and a surname;
     * null when the sentence names nobody so.
     */
    private String laterPossessorSurname(int p, int from, int se) {
        String l = toks.get(p).lower();
        if (!l.equals("his") && !l.equals("her")) {
            return null;
        }
        Gender g = l.equals("his") ? Gender.MALE : Gender.FEMALE;
        for (int k = from; k + 1 < se; k++) {
            Tok h = toks.get(k);
            Tok name = toks.get(k + 1);
            if (h.isWord()
                    && Lexicon.HONORIFICS.contains(h.lower())
                    && NameShapes.genderOf(h.lower(), Gender.UNKNOWN) == g
                    && NameShapes.isNameToken(name)) {
                return name.withoutPossessive();
            }
        }
        return null;
    }

    /**
     * The surname of the person a possessive at {@code p} points to: "Mrs Okonjo's" (the surname as printed,
     * whoever of that family it is), or "his"/"her" for the last person named in full; null when unclear.
     */
    private String possessorSurname(int ss, int p) {
        Tok t = toks.get(p);
        String l = t.lower();
        if (l.equals("his") || l.equals("her")) {
            Gender g = l.equals("his") ? Gender.MALE : Gender.FEMALE;
            PersonEntity e = entities.lastPersonBefore(p, g);
            if (e == null) {
                return null;
            }
            e.learnGender(g);
            return e.canonical().substring(e.canonical().lastIndexOf(' ') + 1);
        }
        if (t.isPossessive() && NameShapes.isNameToken(t)) {
            return t.withoutPossessive();
        }
        return null;
    }
}
