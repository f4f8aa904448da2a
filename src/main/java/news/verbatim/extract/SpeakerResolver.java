package news.verbatim.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * Turns the subject phrase of an attribution into a speaker, using the article's {@link ArticleEntities}:
 * full names and surname back-references ("Blinken said" → Antony Blinken, "UK’s Healey" → John Healey),
 * pronouns ("he stressed" → the most recent compatible subject), definite descriptions ("the official", "the
 * mayor", "the council") and unnamed sources. When the evidence is not there it answers UNKNOWN rather than
 * guess: a wrong name is worse than none.
 *
 * <p>It remembers, per sentence ({@link SentenceSubjects}), the speaker of its attributed quote and its subject,
 * for the pronouns and descriptions of later sentences; groups are resolved by {@link GroupSpeakers}, speakers
 * named only later by {@link LateIdentification}. So one resolver serves one article, quote after quote in order:
 *
 * <pre>{@code
 * SpeakerResolver resolver = new SpeakerResolver(layout, parser, subjects);
 * ResolvedSpeaker who = resolver.resolve(attribution.subject(), s, attribution.subject().first());
 * resolver.noteSentenceSpeaker(s, who);
 * }</pre>
 */
final class SpeakerResolver {

    /** How many sentences back a description may find the person in focus ("The 52-year-old admitted"). */
    private static final int FOCUS_SENTENCES = 3;

    /** How many sentences back a pronoun (or "the couple") looks for its antecedent. */
    static final int PRONOUN_SENTENCES = 8;

    /** How many paragraphs back a pronoun (or "the couple") looks for its antecedent. */
    static final int PRONOUN_PARAGRAPHS = 3;

    /** What a manager's or coach's team is called after their possessive surname ("Velt’s side"). */
    private static final Set<String> TEAM_NOUNS = Set.of("side", "team", "squad", "men", "women", "players");

    /** The words for several people speaking for someone ("the family of …", "friends of …"). */
    private final ArticleLayout layout;

    private final List<Tok> toks;
    private final NameParser parser;
    private final SubjectFinder subjects;
    private final ArticleEntities entities;
    private final SentenceSubjects sentences;
    private final GroupSpeakers groups;
    private final LateIdentification late;
    private final OrganisationShortForms shortForms;
    private final DocumentAuthors documents;
    /** The words the article prints in lower case, collected when first needed. */
    private Set<String> lowerCaseWords;

    SpeakerResolver(ArticleLayout layout, NameParser parser, SubjectFinder subjects) {
        this.layout = layout;
        this.toks = layout.tokens;
        this.parser = parser;
        this.subjects = subjects;
        this.entities = new EntityScanner(layout, parser, subjects).scan();
        this.sentences = new SentenceSubjects(layout, parser, subjects, entities, this::resolve);
        this.groups = new GroupSpeakers(layout, entities, subjects.groups(), sentences);
        this.late = new LateIdentification(layout, subjects, entities);
        this.shortForms = new OrganisationShortForms(layout);
        this.documents = new DocumentAuthors(layout, parser, sentences, this::resolve);
    }

    /**
     * Resolves the subject phrase {@code m} of an attribution in sentence {@code s} at token {@code tok}; an
     * organisation's short form ("Quillon", "the ministry") becomes the full name printed before.
     */
    ResolvedSpeaker resolve(Mention m, int s, int tok) {
        ResolvedSpeaker r = resolveMention(m, s, tok);
        if (r.kind() != SpeakerType.ORGANISATION) {
            return r;
        }
        String full = shortForms.expand(r.name(), tok);
        return full.equals(r.name()) ? r : ResolvedSpeaker.organisation(full);
    }

    private ResolvedSpeaker resolveMention(Mention m, int s, int tok) {
        if (m == null) {
            return ResolvedSpeaker.UNKNOWN;
        }
        return switch (m.type()) {
            case PERSON_NAME -> {
                if (NameShapes.followedByWhich(toks, m.last())) {
                    // "Healthwatch Tamarside, which represents patients, said": people take "who".
                    yield ResolvedSpeaker.organisation(canonicalOrg(NameShapes.capitalisedRun(toks, m.last())));
                }
                ResolvedSpeaker family = family(m);
                if (family != null) {
                    yield family;
                }
                ResolvedSpeaker surnameFamily = surnameFamily(m);
                if (surnameFamily != null) {
                    yield surnameFamily;
                }
                ResolvedSpeaker kin = kinOf(m);
                if (kin != null) {
                    yield kin;
                }
                PersonEntity e = entities.personEntity(m, m.last());
                // A bare capitalised word never introduced as a person is a country, city or institution
                // speaking ("Moscow", "Hamas said"): news copy always names a person in full first.
                if (e == null
                        && m.coreWords() == 1
                        && entities.knownSurname(Lexicon.lower(ArticleEntities.canonical(m.core())))) {
                    // "Their son, Mark Pascoe, … said he had learned …", then "“…,” Mr Pascoe said.": of several
                    // people with the surname, the one the sentence before has speaking goes on speaking.
                    PersonEntity speaking =
                            speakingJustBefore(s, Lexicon.lower(ArticleEntities.canonical(m.core())), m.gender());
                    yield speaking != null
                            ? ResolvedSpeaker.person(speaking)
                            : ResolvedSpeaker.UNKNOWN; // a surname several people of the article share
                }
                if (e == null && m.coreWords() == 1 && opensSentence(m, s) && printedInLowerCase(m.core())) {
                    // "Witness tells jury …", "Porters say …": a sentence's first word is capitalised whatever it
                    // is, and one the article prints in lower case is a common noun, naming no one.
                    yield ResolvedSpeaker.UNKNOWN;
                }
                yield e != null
                        ? ResolvedSpeaker.person(e)
                        : ResolvedSpeaker.organisation(ArticleEntities.canonical(m.core()));
            }
            case ORG -> {
                if (m.coreWords() == 1 && opensSentence(m, s) && printedInLowerCase(m.core())) {
                    // "Researchers say warmer summers …", "Nurses at two hospitals …": people the sentence does not
                    // name, capitalised only because the line opens on them.
                    String noun = Lexicon.lower(m.core());
                    yield ResolvedSpeaker.anonymous(noun, noun.endsWith("s"));
                }
                yield ResolvedSpeaker.organisation(canonicalOrg(m.core()));
            }
            case ANON -> anonymous(m, s, tok);
            case ROLE_REF -> {
                PersonEntity e = entities.byRole(m.head(), modifiersOf(m), tok);
                if (e != null) {
                    yield ResolvedSpeaker.person(e);
                }
                ResolvedSpeaker manager = teamOwner(s, m.head());
                if (manager != null) {
                    yield manager;
                }
                // "The health secretary said" / "The 52-year-old admitted" right after a sentence about a person
                // introduced without that title: the description points at the person in focus.
                ResolvedSpeaker focus = salientPerson(s, FOCUS_SENTENCES);
                ResolvedSpeaker holder = roleHolderInFocus(m.head(), functionModifiersOf(m), s, tok);
                if (holder != null && (focus == null || !focus.entity().hasRole(m.head()))) {
                    // "their captain Alasdair Muir and Jamie Reid added 81 …, but Muir fell …", then "the Scotland
                    // captain said": the person just mentioned who holds that role, not whoever the sentence is
                    // about.
                    yield holder;
                }
                // …unless the article gave that person another role ("coach Mike Brandt" is not "the sophomore").
                boolean fits = focus != null && focus.entity().fitsRole(m.head());
                yield fits ? focus : ResolvedSpeaker.anonymous(m.core(), false);
            }
            case ORG_REF -> {
                // "The charity Homes For Corio, which …, said": the name after the noun is the organisation.
                int named = m.last() + 1;
                while (named < toks.size()
                        && toks.get(named).isWord()
                        && toks.get(named).isCap()) {
                    named++;
                }
                if (named > m.last() + 1) {
                    yield ResolvedSpeaker.organisation(canonicalOrg(NameShapes.capitalisedRun(toks, named - 1)));
                }
                ArticleEntities.Organisation o = entities.organisationBefore(tok, m.head());
                if (o != null) {
                    yield ResolvedSpeaker.organisation(canonicalOrg(o.name()));
                }
                // "Halden said in a statement …" then "the company said": no name ends in "company", but the
                // organisation the sentences before are about is the one meant.
                ResolvedSpeaker focus = salientOrganisation(s, FOCUS_SENTENCES, m.head());
                yield focus != null ? focus : ResolvedSpeaker.organisation(m.core());
            }
            case PRONOUN ->
                Lexicon.KIN_GROUPS.contains(m.head()) ? kinOfPossessive(m, s) : pronoun(m.core(), s, tok, null);
            case GROUP -> groups.group(m);
            case DOCUMENT_REF -> documents.authorOf(m, s);
        };
    }

    /** Whether only marks come before the mention in its sentence. */
    private boolean opensSentence(Mention m, int s) {
        for (int k = layout.sentenceStart(s); k < m.first(); k++) {
            if (toks.get(k).isWord()) {
                return false;
            }
        }
        return true;
    }

    /** Whether the article prints {@code word} in lower case somewhere. */
    private boolean printedInLowerCase(String word) {
        if (lowerCaseWords == null) {
            lowerCaseWords = new HashSet<>();
            for (Tok t : toks) {
                if (t.isWord()
                        && !t.text().isEmpty()
                        && Character.isLowerCase(t.text().charAt(0))) {
                    lowerCaseWords.add(t.text());
                }
            }
        }
        return lowerCaseWords.contains(Lexicon.lower(word));
    }

    /**
     * "The Kesslers said" after "Ray and Donna Kessler": the family name in the plural, after "the", is the
     * people of the article named in full with that surname speaking together; null when fewer than two are.
     */
    private ResolvedSpeaker family(Mention m) {
        String core = ArticleEntities.canonical(m.core());
        if (m.coreWords() != 1
                || m.first() == 0
                || !toks.get(m.first() - 1).lower().equals("the")
                || core.length() < 3
                || !core.endsWith("s")) {
            return null;
        }
        List<PersonEntity> members = entities.fullNamesWithSurname(Lexicon.lower(core.substring(0, core.length() - 1)));
        if (members.size() < 2) {
            return null;
        }
        List<String> names = members.stream()
                .sorted(Comparator.comparingInt((PersonEntity e) ->
                        e.mentions().stream().mapToInt(Integer::intValue).min().orElse(Integer.MAX_VALUE)))
                .map(PersonEntity::canonical)
                .toList();
        return ResolvedSpeaker.group(
                String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1));
    }

    /**
     * "In a statement released through police, the Keogh family said": a surname before "family" is the family
     * speaking together, a group, never the one person of the article with that surname; null otherwise.
     */
    private ResolvedSpeaker surnameFamily(Mention m) {
        int next = m.last() + 1;
        if (m.coreWords() != 1
                || next >= toks.size()
                || !toks.get(next).lower().equals("family")
                || m.first() == 0
                || !toks.get(m.first() - 1).lower().equals("the")) {
            return null;
        }
        return ResolvedSpeaker.group(ArticleEntities.canonical(m.core()) + " family");
    }

    /**
     * "The family of Arthur Denby, who …, said": the name after "family of" is whose family speaks, a group, not
     * that person; null when the name is not governed so.
     */
    private ResolvedSpeaker kinOf(Mention m) {
        if (m.first() < 2 || !toks.get(m.first() - 1).lower().equals("of")) {
            return null;
        }
        String noun = toks.get(m.first() - 2).lower();
        return Lexicon.KIN_GROUPS.contains(noun)
                ? ResolvedSpeaker.group(noun + " of " + ArticleEntities.canonical(m.core()))
                : null;
    }

    /**
     * "her family said": the family (relatives, friends …) of the last person named before whom the possessive
     * can mean, a group; unknown when no one of that gender was named.
     */
    private ResolvedSpeaker kinOfPossessive(Mention m, int s) {
        ResolvedSpeaker owner = pronoun(m.core(), s, m.first(), null);
        PersonEntity e = owner.kind() == SpeakerType.PERSON ? owner.entity() : null;
        if (e == null) {
            // "Tributes have been paid to … Nuala Carrick …. In a statement, her family said": the woman just
            // named, when the article has told us she is a woman.
            PersonEntity last = entities.lastPersonBefore(m.first(), m.gender());
            e = last != null && last.gender() == m.gender() ? last : null;
        }
        return e != null ? ResolvedSpeaker.group(m.head() + " of " + e.canonical()) : ResolvedSpeaker.UNKNOWN;
    }

    /** The words before the head noun of a description ("finance" in "the finance chief"), lower case. */
    /** "the former nurse": when the person held the role, which their introduction need not repeat. */
    private static final Set<String> TIME_MODIFIERS = Set.of("former", "retired", "ex", "onetime", "longtime");

    static List<String> modifiersOf(Mention m) {
        String[] words = m.core().split(" ");
        List<String> out = new ArrayList<>();
        for (int i = 0; i < words.length - 1; i++) {
            String l = Lexicon.lower(words[i]);
            boolean possessive = l.endsWith("'s") || l.endsWith("\u2019s");
            String w = possessive ? l.substring(0, l.length() - 2) : l;
            // "the agency's spokeswoman": whose spokeswoman is the organisation of the story, which the person's
            // printed forms need not repeat; "the prime minister's" names an owner they must.
            if (!Lexicon.NOT_ROLE_WORDS.contains(l)
                    && !TIME_MODIFIERS.contains(l)
                    && !l.isEmpty()
                    && !Character.isDigit(l.charAt(0))
                    && !(possessive && Lexicon.ORG_NOUNS.contains(w))) {
                out.add(w);
            }
        }
        return out;
    }

    private static String canonicalOrg(String name) {
        String n = ArticleEntities.canonical(name);
        if (n.toLowerCase().startsWith("the ")) {
            n = n.substring(4);
        }
        // "Owner Harbourline Care said": a role word before the name says what the organisation is to the story.
        int sp = n.indexOf(' ');
        if (sp > 0 && n.indexOf(' ', sp + 1) > 0 && Lexicon.ROLE_NOUNS.contains(Lexicon.lower(n.substring(0, sp)))) {
            n = n.substring(sp + 1);
        }
        return n;
    }

    private ResolvedSpeaker anonymous(Mention m, int s, int tok) {
        // "the two ministers": the number is the determiner the parser saw, but "the" makes it point back.
        boolean definite =
                m.definite() || m.first() > 0 && toks.get(m.first() - 1).lower().equals("the");
        if (definite && (m.plural() || Lexicon.GROUP_NOUNS.contains(m.head()))) {
            // "the governors wrote", "the couple said": the people named together just before.
            ResolvedSpeaker group = groups.latestGroup(s);
            if (group == null && Lexicon.GROUP_NOUNS.contains(m.head())) {
                group = groups.namedGroupEarlier(s);
            }
            if (group != null) {
                return group;
            }
        }
        if (m.definite()) {
            // "the official", "the U.S. official": the latest unnamed source with that head noun and modifiers.
            List<String> words = List.of(m.core().split(" "));
            ArticleEntities.UnnamedSource a = entities.sourceBefore(tok, m.head(), words.subList(0, words.size() - 1));
            if (a != null) {
                return ResolvedSpeaker.anonymous(a.description(), a.plural());
            }
            // "the spokesman" after "White House spokesman John Kirby" – but "the prime minister's official
            // spokesperson" is not "the Liberal Democrat Treasury spokesperson, Owen Tregarth".
            PersonEntity e = entities.byRole(m.head(), modifiersOf(m), tok);
            if (e == null && words.size() > 1) {
                // "the mother of three said" after "Grace Wambui, 44, a mother of three who …": the words of
                // one person's description, not a new unnamed source.
                e = entities.byAppositionStart(m.core());
            }
            if (e != null) {
                return ResolvedSpeaker.person(e);
            }
            if (m.head().equals("witness")) {
                // "Piotr Zalewski told the inquest …", "“…,” Mr Zalewski said.", then "the witness said": court
                // copy calls whoever is giving evidence the witness, however it introduced them.
                ResolvedSpeaker focus = salientPerson(s, FOCUS_SENTENCES);
                if (focus != null) {
                    return focus;
                }
            }
        }
        return ResolvedSpeaker.anonymous(m.core(), m.plural());
    }

    /**
     * "he"/"she": a person in subject position earlier in the same sentence, else the subject of the nearest
     * earlier sentence that is compatible (sentences whose subject is the same pronoun continue the chain).
     * "they" → the latest plural source; "it" → the latest organisation subject.
     */
    private ResolvedSpeaker pronoun(String p, int s, int tok, PersonEntity excluded) {
        Gender g = Gender.ofPronoun(p);
        boolean personal = g.isKnown();
        if (personal) {
            ResolvedSpeaker inSentence = personEarlierInSentence(g, s, tok, excluded);
            if (inSentence != null) {
                learn(inSentence, g);
                return inSentence;
            }
        }
        int para = layout.sentenceParagraph(s);
        for (int k = s - 1; k >= 0 && k >= s - PRONOUN_SENTENCES; k--) {
            if (para - layout.sentenceParagraph(k) > PRONOUN_PARAGRAPHS) {
                break;
            }
            ResolvedSpeaker subj = sentences.subjectOf(k);
            if (subj == null) {
                continue;
            }
            if (subj == SentenceSubjects.AMBIGUOUS_PERSON) {
                if (personal) {
                    return ResolvedSpeaker.UNKNOWN;
                }
                continue; // "they" is not the one person we could not name: the pair may be meant
            }
            if (personal) {
                if (subj.kind() == SpeakerType.PERSON && subj.entity() == excluded) {
                    continue; // the person the quote itself rules out: the chain goes on past them
                }
                if (subj.kind() == SpeakerType.PERSON && subj.entity().admits(g)) {
                    learn(subj, g);
                    return subj;
                }
                if (subj.kind() == SpeakerType.ANONYMOUS && !subj.plural()) {
                    return subj;
                }
            } else if (p.equals("they")) {
                if (subj.kind() == SpeakerType.ANONYMOUS && subj.plural()
                        || subj.kind() == SpeakerType.GROUP
                        || subj.kind() == SpeakerType.ORGANISATION
                                && k == s - 1
                                && subjects.hasCue(layout.sentenceStart(k), layout.sentenceEnd(k))) {
                    // "The Moy Tinkers said …. “…,” they wrote": a band or a body quoted right before is "they"
                    // in British copy, not an older group further back — unless people named together since are
                    // nearer ("Farmers are selling …. … Rob and Jenna Haldane have cut …. “…,” they said").
                    ResolvedSpeaker nearer = groups.groupNamedBetween(k, s);
                    return nearer != null ? nearer : subj;
                }
            } else if (p.equals("it")) {
                if (subj.kind() == SpeakerType.ORGANISATION) {
                    return subj;
                }
            }
        }
        if (p.equals("they")) {
            ResolvedSpeaker group = groups.namedGroupBefore(s);
            if (group != null) {
                return group;
            }
        }
        return ResolvedSpeaker.UNKNOWN;
    }

    /** The last person of gender {@code g} starting a clause of sentence {@code s} before token {@code tok}. */
    private ResolvedSpeaker personEarlierInSentence(Gender g, int s, int tok, PersonEntity excluded) {
        ResolvedSpeaker inSentence = null;
        int st = subjects.subjectStart(layout.sentenceStart(s), tok);
        for (int k = Math.max(st, tok - SubjectFinder.WINDOW); k < tok; k++) {
            boolean clauseStart = k == st
                    || toks.get(k - 1).isWord()
                            && (toks.get(k - 1).lower().equals("and")
                                    || toks.get(k - 1).lower().equals("but"))
                    || toks.get(k - 1).isPunct(";");
            if (!clauseStart || !toks.get(k).isWord()) {
                continue;
            }
            Mention m = parser.parseForward(toks, k, tok);
            if (m != null && m.type() == Mention.Type.PERSON_NAME) {
                PersonEntity e = entities.personEntity(m, m.last());
                if (e != null && e != excluded && e.admits(g)) {
                    inSentence = ResolvedSpeaker.person(e);
                }
            }
        }
        return inSentence != null ? inSentence : namedSubjectOfFirstCue(g, s, tok, excluded);
    }

    /**
     * "The chairman of the council, Alhaji Lukman Bello-Ayinde, warned candidates against what he described as …":
     * the person the sentence's first cue before {@code tok} has as its subject, named there (an apposition after a
     * description opens no clause with the name), if {@code g} fits them; null otherwise.
     */
    private ResolvedSpeaker namedSubjectOfFirstCue(Gender g, int s, int tok, PersonEntity excluded) {
        int ss = layout.sentenceStart(s);
        for (int v = ss; v < tok; v++) {
            if (subjects.isCue(v)) {
                Mention m = subjects.subjectBefore(ss, v);
                if (m == null || m.type() != Mention.Type.PERSON_NAME || m.first() < ss) {
                    return null;
                }
                PersonEntity e = entities.personEntity(m, m.last());
                return e != null && e != excluded && e.admits(g) ? ResolvedSpeaker.person(e) : null;
            }
        }
        return null;
    }

    /**
     * "Velt’s side face Calder Vale again next month. “We’ll be ready,” the coach said.": the sentence before
     * opens with a person's team, so a staff role ("the coach", "the manager") is that person; null otherwise.
     */
    private ResolvedSpeaker teamOwner(int s, String role) {
        if (s == 0 || !Lexicon.STAFF_ROLES.contains(role)) {
            return null;
        }
        int k = layout.sentenceStart(s - 1);
        int se = layout.sentenceEnd(s - 1);
        while (k < se && !toks.get(k).isWord()) {
            k++;
        }
        if (k + 1 >= se
                || !toks.get(k).isPossessive()
                || !TEAM_NOUNS.contains(toks.get(k + 1).lower())) {
            return null;
        }
        String key = Lexicon.lower(ArticleEntities.canonical(toks.get(k).withoutPossessive()));
        PersonEntity e = entities.bySurname(key, k);
        return e != null && e.fitsRole(role) ? ResolvedSpeaker.person(e) : null;
    }

    /**
     * The person holding {@code role} who was mentioned last before {@code tok}, when that mention lies in the
     * {@link #FOCUS_SENTENCES} sentences before {@code s}; null otherwise.
     */
    /**
     * The lower-case words of {@link #modifiersOf}: what part of an organisation a role is in ("the finance chief"),
     * which the person's introduction says too; a team or a country ("the Scotland captain") it often does not.
     */
    private static List<String> functionModifiersOf(Mention m) {
        Set<String> lowerCase = new HashSet<>();
        for (String w : m.core().split(" ")) {
            if (!w.isEmpty() && Character.isLowerCase(w.charAt(0))) {
                lowerCase.add(w);
            }
        }
        return modifiersOf(m).stream().filter(lowerCase::contains).toList();
    }

    private ResolvedSpeaker roleHolderInFocus(String role, List<String> modifiers, int s, int tok) {
        // "the finance chief" is not "chief executive Lorna Anand": the words qualifying the role must fit too.
        PersonEntity e = entities.byRole(role, modifiers, tok);
        if (e == null || s == 0) {
            return null;
        }
        int from = layout.sentenceStart(Math.max(0, s - FOCUS_SENTENCES));
        for (int mention : e.mentions()) {
            if (mention >= from && mention < tok) {
                return ResolvedSpeaker.person(e);
            }
        }
        return null;
    }

    /** The person subject of one of the {@code back} sentences before {@code s}, nearest first, or null. */
    private ResolvedSpeaker salientPerson(int s, int back) {
        for (int k = s - 1; k >= 0 && k >= s - back; k--) {
            ResolvedSpeaker subj = sentences.subjectOf(k);
            if (subj != null && subj.kind() == SpeakerType.PERSON) {
                return subj;
            }
            if (subj != null && !subj.isPronounMarker()) {
                return null;
            }
        }
        return null;
    }

    /**
     * The organisation quoted in the sentences just before {@code s}, if no sentence between is about someone
     * else; or null. Only a quote's speaker counts: the subject of "Shares in X fell" is not a speaker.
     */
    private ResolvedSpeaker salientOrganisation(int s, int back, String head) {
        for (int k = s - 1; k >= 0 && k >= s - back; k--) {
            ResolvedSpeaker quoted = sentences.quoteSpeaker(k);
            if (quoted != null && quoted.kind() == SpeakerType.ORGANISATION) {
                // "the union said" then "The hospital said": an organisation named as another kind is not it.
                return otherKind(quoted.name(), head) ? null : quoted;
            }
            if (quoted != null || sentences.subjectOf(k) != null) {
                return null;
            }
        }
        return null;
    }

    /** Whether {@code name} ends in an institution noun other than {@code head} ("Plains Nurses Union", "hospital"). */
    private static boolean otherKind(String name, String head) {
        String last = Lexicon.lower(name.substring(name.lastIndexOf(' ') + 1));
        return Lexicon.ORG_NOUNS.contains(last) && !last.equals(head);
    }

    private static void learn(ResolvedSpeaker sp, Gender g) {
        if (sp.entity() != null) {
            sp.entity().learnGender(g);
        }
    }

    /**
     * The subject of sentence {@code s} (see {@link SentenceSubjects#subjectOf}) with a pronoun subject resolved,
     * for callers deciding by context; null when there is none.
     */
    /**
     * Whether the sentence before {@code s} has {@code e} speaking in reported speech about someone else of
     * gender {@code g} — the one a quote opening on "she" or "he" then talks about ("His sister, Sian Morgan, said
     * she had spoken to their mother an hour before.") — quotes no one but them ({@code theirs} tells, by quote
     * span), and names no other person after a comma past its cue ("…, which Kerrigan regards as …" moves on to
     * her). Without that someone else, the quote's "she" may be the woman just reported, and its speaker another.
     */
    boolean reportsSpeechJustBefore(PersonEntity e, int s, Gender g, IntPredicate theirs) {
        if (s == 0 || e == null) {
            return false;
        }
        int ss = layout.sentenceStart(s - 1);
        int se = layout.sentenceEnd(s - 1);
        int cue = -1;
        for (int v = ss; v < se; v++) {
            if (toks.get(v).isQuote() && !theirs.test(toks.get(v).quote())) {
                return false;
            }
            if (cue < 0 && subjects.isCue(v)) {
                cue = v;
            }
        }
        if (cue < 0 || personSpeakingIn(s - 1) != e) {
            return false;
        }
        int comma = cue + 1;
        while (comma < se && !toks.get(comma).isPunct(",")) {
            comma++;
        }
        return !entities.otherPersonMentioned(e, comma, se) && someoneElseOf(g, e, ss, se);
    }

    /** Whether tokens {@code from} to {@code to} mention a person of gender {@code g} other than {@code e}. */
    private boolean someoneElseOf(Gender g, PersonEntity e, int from, int to) {
        for (int k = from; k < to; k++) {
            String l = toks.get(k).lower();
            if (Lexicon.RELATION_NOUNS.contains(l) && NameShapes.genderOf(l, Gender.UNKNOWN) == g) {
                return true; // "their mother", "his father"
            }
        }
        return entities.otherPersonMentioned(e, from, to, g);
    }

    /**
     * The person with surname {@code key} whom the sentence before {@code s} names and has speaking (the subject of
     * its cue, not a pronoun: "“…,” she said" would say nothing of which Mrs Carrow is meant) if {@code g} fits
     * them, or null.
     */
    private PersonEntity speakingJustBefore(int s, String key, Gender g) {
        PersonEntity e = s == 0 ? null : personSpeakingIn(s - 1);
        if (e == null) {
            return null;
        }
        int ss = layout.sentenceStart(s - 1);
        int se = layout.sentenceEnd(s - 1);
        boolean namedThere = e.mentions().stream().anyMatch(m -> m >= ss && m < se);
        return namedThere && key.equals(e.surnameKey()) && e.admits(g) ? e : null;
    }

    /** The person sentence {@code ps} has speaking: the subject of its cue, resolved; null when none or no person. */
    private PersonEntity personSpeakingIn(int ps) {
        if (!subjects.hasCue(layout.sentenceStart(ps), layout.sentenceEnd(ps))) {
            return null;
        }
        ResolvedSpeaker subj = resolvedSubject(ps);
        return subj != null && subj.kind() == SpeakerType.PERSON ? subj.entity() : null;
    }

    ResolvedSpeaker resolvedSubject(int s) {
        ResolvedSpeaker subj = sentences.subjectOf(s);
        if (subj == null || !subj.isPronounMarker()) {
            return subj;
        }
        int ss = layout.sentenceStart(s);
        int se = layout.sentenceEnd(s);
        Mention m = subjects.sentenceSubject(ss, se);
        if (m == null || m.type() != Mention.Type.PRONOUN) {
            for (int v = ss; v < se && (m == null || m.type() != Mention.Type.PRONOUN); v++) {
                if (subjects.isCue(v)) {
                    m = subjects.subjectBefore(ss, v);
                }
            }
        }
        if (m == null || m.type() != Mention.Type.PRONOUN) {
            return null;
        }
        ResolvedSpeaker r = pronoun(m.core(), s, m.first(), null);
        return r.isKnown() ? r : null;
    }

    /**
     * The he/she {@code m} of sentence {@code s} resolved as {@link #resolve} does, but passing over {@code
     * excluded}, a person the quote itself shows is not its speaker; UNKNOWN when no one else fits.
     */
    ResolvedSpeaker resolvePronounExcluding(Mention m, int s, int tok, PersonEntity excluded) {
        return pronoun(m.core(), s, tok, excluded);
    }

    /** Records the speaker of an attributed quote as its sentence's subject, for later pronouns. */
    void noteSentenceSpeaker(int s, ResolvedSpeaker sp) {
        sentences.noteSentenceSpeaker(s, sp);
    }

    /** See {@link LateIdentification#orIdentified}. */
    ResolvedSpeaker orIdentified(ResolvedSpeaker sp) {
        return late.orIdentified(sp);
    }

    /** See {@link LateIdentification#identifyLede}. */
    ResolvedSpeaker identifyLede(Mention m, int s) {
        return late.identifyLede(m, s);
    }
}
