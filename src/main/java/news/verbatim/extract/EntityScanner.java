package news.verbatim.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The pre-pass that fills an article's {@link ArticleEntities} before any quote is attributed, because news
 * copy names a person in full once (often only as an object: "his counterparts, Lloyd Austin and John
 * Healey") and then by surname: every personal name (with its title, roles and apposition) and organisation
 * printed outside quotes, surname-only mentions attached to their person, unnamed sources introduced by cue
 * verbs, and each person's gender from the first he/she that follows them as sentence subject. What the text
 * around a name says of the person is read by {@link PersonDescriptions}, relatives by {@link RelativeScanner}.
 *
 * <pre>{@code
 * ArticleEntities entities = new EntityScanner(layout, parser, subjects).scan();
 * }</pre>
 */
final class EntityScanner {

    /** How far back from a title-and-surname mention ("Mayor Smith") its role words are looked for. */
    private static final int ROLE_WORDS_BEFORE_SURNAME = 4;

    /** How many words the name before "and" may have ("Dinesh and Kavita Patel"). */
    private static final int MAX_NAME_WORDS_BEFORE_AND = 4;

    /**
     * A one-word name mention ("Blinken", "Mayor Smith"), to be attached to its person once all are known;
     * {@code titled} when a title or a describing apposition shows it is a person.
     */
    private record SurnameMention(int token, int offset, boolean titled, Gender gender, String printed) {}

    private final ArticleLayout layout;
    private final List<Tok> toks;
    private final NameParser parser;
    private final SubjectFinder subjects;
    private final GroupFinder groups;
    private final ArticleEntities entities = new ArticleEntities();
    private final PersonDescriptions descriptions;
    private final List<SurnameMention> surnameMentions = new ArrayList<>();
    /** See {@link #loneWords()}; null until first asked for. */
    private Map<String, Integer> loneWords;

    EntityScanner(ArticleLayout layout, NameParser parser, SubjectFinder subjects) {
        this.layout = layout;
        this.toks = layout.tokens;
        this.parser = parser;
        this.subjects = subjects;
        this.groups = subjects.groups();
        this.descriptions = new PersonDescriptions(layout, subjects);
    }

    /** Runs the pre-pass; call once. */
    ArticleEntities scan() {
        new OrganisationAppositions(layout, parser).register(entities);
        new TeamNames(layout).register(entities);
        scanNames();
        new RelativeScanner(layout, entities).registerRelatives();
        markComparatives();
        assignSurnameForms();
        scanSourcesAndGender();
        return entities;
    }

    /** Registers every personal name (with title) and organisation name printed outside quotes. */
    private void scanNames() {
        for (int s = 0; s < layout.sentenceCount(); s++) {
            if (layout.namesNoSource(layout.sentenceParagraph(s))) {
                continue;
            }
            int ss = layout.sentenceStart(s);
            int se = layout.sentenceEnd(s);
            for (int t = ss; t < se; t++) {
                Tok tok = toks.get(t);
                if (!tok.isWord()) {
                    continue;
                }
                if (tok.lower().equals("and") && t > ss && t + 1 < se) {
                    registerPair(t, se);
                }
                boolean nameTok = NameShapes.isNameToken(tok);
                boolean runEnd = t + 1 >= se
                        || tok.isPossessive()
                        || !NameShapes.isNameToken(toks.get(t + 1))
                                && !(Lexicon.NAME_SUFFIXES.contains(
                                                toks.get(t + 1).lower())
                                        && toks.get(t + 1).isCap());
                if (nameTok && runEnd
                        || Lexicon.NAME_SUFFIXES.contains(tok.lower())
                                && tok.isCap()
                                && t > ss
                                && NameShapes.isNameToken(toks.get(t - 1))) {
                    Mention m = parser.parseName(toks, ss, t);
                    if (m != null && !registerPlaceFirstName(m, ss)) {
                        registerPerson(m, se);
                    }
                } else if (tok.isCap()
                        && !nameTok
                        && (t + 1 >= se || !toks.get(t + 1).isCap())
                        && (Lexicon.ORG_WORDS.contains(tok.lower())
                                || NameShapes.isAllCaps(tok.text())
                                        && tok.text().length() >= 2)) {
                    Mention m = parser.parseBackward(toks, ss, t);
                    if (m != null && m.type() == Mention.Type.ORG) {
                        String[] w = m.core().split(" ");
                        entities.addOrganisation(
                                new ArticleEntities.Organisation(t, m.core(), Lexicon.lower(w[w.length - 1])));
                    }
                }
            }
        }
    }

    /**
     * "substitute Jordan Amis", "Georgia Hale said": a first name that is also a place is not a name token, so
     * the name parses as the bare surname; a one-word name right after such a word is registered with it, as is
     * one after a nickname in quotes that follows a first name ("Luca "The Cat" Benedetti"). Returns whether it
     * was.
     */
    private boolean registerPlaceFirstName(Mention m, int ss) {
        if (m.first() <= ss) {
            return false;
        }
        Tok first = toks.get(m.first() - 1);
        // "Tomás “Tank” Ó Riain": after a nickname the surname may have two words, a particle and a name.
        int maxWords = first.kind() == Tok.Kind.QUOTE ? 2 : 1;
        if (m.coreWords() > maxWords || m.last() - m.first() + 1 != m.coreWords()) {
            return false;
        }
        if (first.kind() == Tok.Kind.QUOTE && m.first() - 2 >= ss) {
            // "Luca "The Cat" Benedetti": a nickname in quotes between the first name and the surname
            Tok before = toks.get(m.first() - 2);
            if (NameShapes.isNameToken(before) && !before.isPossessive() && isNickname(first.text())) {
                PersonEntity e = register(
                        before.text() + " " + m.core(),
                        layout.text.substring(before.start(), toks.get(m.last()).end()),
                        before.start(),
                        m.last());
                String nickname = unquoted(first.text());
                if (WordGaps.count(nickname) == 1) {
                    // Margaret "Peggy" Hollingdale is the "Peggy Hollingdale" of the headline and the caption
                    entities.addNickname(ArticleEntities.canonical(nickname + " " + m.core()), e);
                }
                return true;
            }
            return false;
        }
        String l = first.lower();
        if (!first.isCap() || first.isPossessive() || !Lexicon.isFirstName(l) || !Lexicon.PLACES.contains(l)) {
            return false;
        }
        register(first.text() + " " + m.core(), first.text() + " " + m.printed(), first.start(), m.last());
        return true;
    }

    /** A quoted nickname: one to three capitalised words ("The Cat", "Big Ron"), quote marks included. */
    private static boolean isNickname(String quoted) {
        return NameShapes.isNicknameShape(unquoted(quoted).split(" "));
    }

    /** The words of a quoted token without its quote marks. */
    private static String unquoted(String quoted) {
        return quoted.replaceAll("^[\\p{Pi}\\p{Pf}\"']+|[\\p{Pi}\\p{Pf}\"']+$", "")
                .trim();
    }

    private PersonEntity register(String name, String printed, int offset, int surnameTok) {
        PersonEntity e = entities.entityFor(ArticleEntities.canonical(name), true);
        e.addForm(printed, offset);
        e.addMention(surnameTok);
        return e;
    }

    /**
     * "Calder Vale manager Kenny Marsh", "Delmore State coach Renee Castellano": two or more capitalised words
     * right before a lower-case role word name the person's club or firm, which is never a person itself.
     */
    private void registerAffiliation(Mention m) {
        for (int i = m.first() + 2; i < m.last(); i++) {
            Tok x = toks.get(i);
            if (x.isCap() || !(Lexicon.ROLE_NOUNS.contains(x.lower()) || Lexicon.TITLE_WORDS.contains(x.lower()))) {
                continue;
            }
            int k = i;
            while (k > m.first()
                    && NameShapes.isNameToken(toks.get(k - 1))
                    && !toks.get(k - 1).isPossessive()) {
                k--;
            }
            if (i - k >= 2) {
                entities.addAffiliation(ArticleEntities.canonical(NameShapes.printed(layout.text, toks, k, i - 1)));
            }
            return;
        }
    }

    private void registerPerson(Mention m, int se) {
        if (entities.isAffiliation(ArticleEntities.canonical(m.core()))) {
            return; // "Tuffetts Baby, the Bristol-based firm behind the chair": an organisation, wherever printed
        }
        if (NameShapes.followedByWhich(toks, m.last())) {
            return; // an institution: "Halworth Inns, which owns the building, said"
        }
        if (m.last() + 1 < toks.size()
                && toks.get(m.last() + 1).isCap()
                && Lexicon.ORG_WORDS.contains(toks.get(m.last() + 1).lower())) {
            return; // the start of an institution's name: "German parcel carrier Corvane Logistics said"
        }
        String printed = NameShapes.printed(layout.text, toks, m.first(), m.last());
        if (m.coreWords() >= 2) {
            PersonEntity e = entities.entityFor(ArticleEntities.canonical(m.core()), true);
            if (e.mentions().isEmpty()) {
                e.learnSeniority(seniorityAtFirstSight(m));
            }
            e.addForm(printed, toks.get(m.first()).start());
            e.addMention(m.last());
            e.learnGender(m.gender());
            for (int i = m.first(); i < m.last(); i++) {
                String l = toks.get(i).lower();
                if (NameShapes.isListedRoleOrTitle(l)) {
                    e.addRole(l);
                }
            }
            String agent = descriptions.agentRole(m.first());
            if (agent != null) {
                e.addRole(agent);
            }
            registerAffiliation(m);
            int after = m.last() + 1;
            if (after < se
                    && toks.get(after).isCap()
                    && Lexicon.POST_NOMINALS.contains(toks.get(after).lower())) {
                if (Lexicon.COUNSEL_POST_NOMINALS.contains(toks.get(after).lower())) {
                    e.addRole("counsel"); // "Owen Tasker SC, defending, said", then "counsel said"
                }
                after++;
            }
            descriptions.registerApposition(e, after, se);
            descriptions.registerDescriptionBefore(e, m.first());
            descriptions.registerAge(e, m.first(), m.last());
        } else if (m.coreWords() == 1) {
            // "Okonkwo, an energy storage analyst at …": a surname seen first, but plainly a person.
            boolean person = m.titled() || descriptions.describedAsPerson(m.last() + 1, se);
            surnameMentions.add(new SurnameMention(m.last(), toks.get(m.first()).start(), person, m.gender(), printed));
        }
    }

    /**
     * The seniority the words before a full name give, or before its first name alone where the article
     * introduced the person by first name earlier ("whose husband Manuel, 58, and son Diego, 26, …" and later
     * "Diego Rey").
     */
    private Seniority seniorityAtFirstSight(Mention m) {
        String first = ArticleEntities.canonical(m.core()).split(" ")[0];
        int core = m.first();
        while (core < m.last() && !toks.get(core).text().equals(first)) {
            core++; // a title or role printed with the name ("son Owen Greaves" is one mention)
        }
        Seniority s = descriptions.seniorityBefore(core);
        if (s != Seniority.UNKNOWN) {
            return s;
        }
        Integer k = loneWords().get(first);
        return k != null && k < m.first() ? descriptions.seniorityBefore(k) : Seniority.UNKNOWN;
    }

    /** The first token of each capitalised word printed without a name after it ("son Diego, 26"), built once. */
    private Map<String, Integer> loneWords() {
        if (loneWords == null) {
            loneWords = new HashMap<>();
            for (int k = 0; k + 1 < toks.size(); k++) {
                Tok t = toks.get(k);
                if (t.isWord() && t.isCap() && !NameShapes.isNameToken(toks.get(k + 1))) {
                    loneWords.putIfAbsent(t.text(), k);
                }
            }
        }
        return loneWords;
    }

    /**
     * "the elder Mr Hendry", "the younger Aldous", "Crosbie senior": marks the surname token for {@link
     * ArticleEntities}.
     */
    private void markComparatives() {
        for (int t = 1; t + 1 < toks.size(); t++) {
            String l = toks.get(t).lower();
            Seniority postposed = toks.get(t).isCap() ? null : Seniority.ofPostposed(l);
            if (postposed != null && NameShapes.isNameToken(toks.get(t - 1))) {
                entities.markComparative(t - 1, postposed); // lower case: "Ray Dutton Senior" is a suffix
                continue;
            }
            if (l.length() < 5 || l.charAt(0) != 'e' && l.charAt(0) != 'o' && l.charAt(0) != 'y') {
                continue; // not "elder", "older" or "younger": skip the switch for almost every token
            }
            Seniority asked = Seniority.ofComparative(l);
            if (asked == null || !toks.get(t - 1).lower().equals("the")) {
                continue;
            }
            int k = t + 1;
            if (Lexicon.HONORIFICS.contains(toks.get(k).lower()) && k + 1 < toks.size()) {
                k++;
            }
            if (NameShapes.isNameToken(toks.get(k))) {
                entities.markComparative(k, asked);
            }
        }
    }

    /** Attaches every surname-only mention to the entity it refers to, for nameForms. */
    private void assignSurnameForms() {
        for (SurnameMention sm : surnameMentions) {
            String key = Lexicon.lower(toks.get(sm.token()).withoutPossessive());
            // "Mrs Osei" in an article with Leah and Sam Osei: the honorific's gender must fit, or the form
            // (and its gender) would be pinned on the husband, and his "he said" would go to his wife.
            PersonEntity e = entities.bySurname(key, sm.token(), sm.gender());
            if (e != null) {
                e.addForm(sm.printed(), sm.offset());
                e.addMention(sm.token());
                e.learnGender(sm.gender());
                String agent = descriptions.agentRole(sm.token());
                if (agent != null) {
                    e.addRole(agent);
                }
                descriptions.registerAge(e, sm.token(), sm.token());
            } else if (sm.titled() && !entities.knownSurname(key)) {
                // "Mayor Smith" (or "Okonkwo, an analyst") never named in full: a person known by surname.
                PersonEntity t = entities.entityFor(
                        ArticleEntities.canonical(toks.get(sm.token()).withoutPossessive()), true);
                t.addForm(sm.printed(), sm.offset());
                t.addMention(sm.token());
                for (int k = sm.token() - 1;
                        k >= 0
                                && k >= sm.token() - ROLE_WORDS_BEFORE_SURNAME
                                && toks.get(k).isWord();
                        k--) {
                    String l = toks.get(k).lower();
                    if (NameShapes.isListedRoleOrTitle(l)) {
                        t.addRole(l);
                    }
                }
                t.learnGender(sm.gender());
            }
        }
    }

    /**
     * Records unnamed sources introduced by cue verbs (for "the official" back-references) and learns
     * each person's gender from the first he/she that follows them as sentence subject.
     */
    private void scanSourcesAndGender() {
        for (int s = 0; s < layout.sentenceCount(); s++) {
            // a caption's, byline's or topic line's names are nobody's sources ("Topics: Sheep Production")
            if (layout.namesNoSource(layout.sentenceParagraph(s))) {
                continue;
            }
            int ss = layout.sentenceStart(s);
            int se = layout.sentenceEnd(s);
            for (int v = ss; v < se; v++) {
                if (subjects.isCue(v)) {
                    Mention m = subjects.subjectBefore(ss, v);
                    if (m != null && m.type() == Mention.Type.GROUP) {
                        registerMembers(m);
                    }
                    if (m != null && m.type() == Mention.Type.ANON && (!m.definite() || unnamedDescription(m, v))) {
                        entities.addSource(new ArticleEntities.UnnamedSource(v, m.core(), m.head(), m.plural()));
                    }
                }
            }
            Mention subj = subjects.sentenceSubject(ss, se);
            if (subj != null && subj.type() == Mention.Type.PERSON_NAME) {
                PersonEntity e = entities.personEntity(subj, subj.last());
                if (e != null && !e.gender().isKnown()) {
                    e.learnGender(pronounGenderAfter(subj.last() + 1, s));
                }
                previousSubject = e;
            } else if (subj != null
                    && subj.type() == Mention.Type.ROLE_REF
                    && previousSubject != null
                    && layout.sentenceParagraph(s) - lastSubjectParagraph <= 1
                    && previousSubject.fitsRole(subj.head())) {
                // "Haroon Qadri made a century … The 23-year-old left-hander, signed …": the description is
                // about the person just named, and "the left-hander said" later means them.
                previousSubject.addRole(subj.head());
            } else {
                previousSubject = null;
            }
            if (subj != null) {
                lastSubjectParagraph = layout.sentenceParagraph(s);
            }
        }
    }

    /**
     * "the prime minister's official spokesperson told reporters": a definite description whose qualifiers fit
     * no named person is an unnamed source of its own, which a later "the spokesperson said" points back to.
     */
    private boolean unnamedDescription(Mention m, int tok) {
        List<String> modifiers = SpeakerResolver.modifiersOf(m);
        return !modifiers.isEmpty() && entities.byRole(m.head(), modifiers, tok) == null;
    }

    /** While scanning: the person the last sentence was about, and its paragraph. */
    private PersonEntity previousSubject;

    private int lastSubjectParagraph = -1;

    /** "Dinesh and Kavita Patel discovered …": a first name joined to a full name shares its surname. */
    private void registerPair(int and, int se) {
        int left = and - 1;
        if (!NameShapes.isNameToken(toks.get(left)) || !NameShapes.isNameTokenAt(toks, and + 1)) {
            return;
        }
        while (left > 0 && NameShapes.isNameToken(toks.get(left - 1)) && and - left < MAX_NAME_WORDS_BEFORE_AND) {
            left--;
        }
        int right = and + 1;
        while (right + 1 < se
                && NameShapes.isNameToken(toks.get(right + 1))
                && !toks.get(right).isPossessive()) {
            right++;
        }
        // "Marches Fire and Rescue Service": a capitalised run that goes on past the names is an institution.
        if (right + 1 < se && toks.get(right + 1).isCap()) {
            return;
        }
        Mention group = groups.groupIn(left, right);
        if (group != null) {
            registerMembers(group);
            entities.addGroup(group);
        }
    }

    /** "Paul and Denise Brennan said": both are people of the article, Paul with the surname he shares. */
    private void registerMembers(Mention group) {
        for (Mention member : groups.members(group)) {
            if (member.coreWords() >= 2) {
                PersonEntity e = entities.entityFor(ArticleEntities.canonical(member.core()), true);
                e.addMention(member.last());
            }
        }
    }

    /** The gender of the first personal pronoun after {@code from}, up to the end of the next sentence. */
    private Gender pronounGenderAfter(int from, int s) {
        int end = s + 1 < layout.sentenceCount() ? layout.sentenceEnd(s + 1) : layout.sentenceEnd(s);
        for (int k = from; k < end; k++) {
            Tok t = toks.get(k);
            if (!t.isWord()) {
                continue;
            }
            if (NameShapes.isNameToken(t) && !(k > from && NameShapes.isNameToken(toks.get(k - 1)))) {
                return Gender.UNKNOWN; // another person may be the antecedent
            }
            if (Lexicon.RELATION_NOUNS.contains(t.lower()) || Lexicon.PERSON_NOUNS.contains(t.lower())) {
                return Gender.UNKNOWN; // "whose son … his backpack": the pronoun may be the son's
            }
            switch (t.lower()) {
                case "he", "his", "himself":
                    return Gender.MALE;
                case "she", "hers", "herself":
                    return Gender.FEMALE;
                case "her":
                    if (isPossessiveHer(k)) {
                        return Gender.FEMALE;
                    }
                    break;
                default:
                    // "him", or "her" as an object: "Janelle drove him to the hospital" is someone else
                    break;
            }
        }
        return Gender.UNKNOWN;
    }

    /** Words after which "her" is an object ("took her to", "told her that"), not a possessive ("her son"). */
    private static final Set<String> AFTER_OBJECT_HER = Set.of(
            "to", "in", "on", "at", "for", "with", "from", "by", "and", "but", "or", "that", "up", "down", "back",
            "home", "away", "off", "out", "a", "an", "the", "about", "into", "over");

    /** Prepositions after which "her" is a possessive ("at her home", "to her family"). */
    private static final Set<String> BEFORE_POSSESSIVE_HER =
            Set.of("at", "in", "on", "to", "for", "with", "from", "by", "of", "into", "about", "after", "under");

    /**
     * Whether the "her" at {@code k} is a possessive determiner: after a preposition ("died at her home"), or before
     * a word other than a particle ("her son"), not as an object ("drove her home", "told her that").
     */
    private boolean isPossessiveHer(int k) {
        if (k + 1 >= toks.size() || !toks.get(k + 1).isWord()) {
            return false;
        }
        if (k > 0 && BEFORE_POSSESSIVE_HER.contains(toks.get(k - 1).lower())) {
            return true;
        }
        return !AFTER_OBJECT_HER.contains(toks.get(k + 1).lower());
    }
}
