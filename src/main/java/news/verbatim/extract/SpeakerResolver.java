package news.verbatim.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the subject phrase of an attribution into a speaker, using the article's {@link ArticleEntities}:
 * full names and surname back-references ("Blinken said" → Antony Blinken, "UK’s Healey" → John Healey),
 * pronouns ("he stressed" → the most recent compatible subject), definite descriptions ("the official", "the
 * mayor", "the council") and unnamed sources. When the evidence is not there it answers UNKNOWN rather than
 * guess: a wrong name is worse than none.
 *
 * <p>It remembers, per sentence, the speaker of its attributed quote and its subject, for the pronouns and
 * descriptions of later sentences; so one resolver serves one article, quote after quote in order:
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

    /** How many sentences back a pronoun looks for its antecedent. */
    private static final int PRONOUN_SENTENCES = 8;

    /** How many paragraphs back a pronoun looks for its antecedent. */
    private static final int PRONOUN_PARAGRAPHS = 3;

    /** A delayed lede ("A blind woman … has said") is only in the opening paragraphs. */
    private static final int LAST_LEDE_PARAGRAPH = 2;

    private final ArticleLayout layout;
    private final List<Tok> toks;
    private final NameParser parser;
    private final SubjectFinder subjects;
    private final ArticleEntities entities;
    private final GroupFinder groups;
    /** Per sentence: the speaker of its first attributed quote, or null. */
    private final ResolvedSpeaker[] quoteSpeaker;
    /** Per sentence whose subject was looked for: that subject, or null when it has none. */
    private final Map<Integer, ResolvedSpeaker> subjectOfSentence = new HashMap<>();

    SpeakerResolver(ArticleLayout layout, NameParser parser, SubjectFinder subjects) {
        this.layout = layout;
        this.toks = layout.tokens;
        this.parser = parser;
        this.subjects = subjects;
        this.entities = new EntityScanner(layout, parser, subjects).scan();
        this.groups = subjects.groups();
        this.quoteSpeaker = new ResolvedSpeaker[layout.sentenceCount()];
    }

    /** Resolves the subject phrase {@code m} of an attribution in sentence {@code s} at token {@code tok}. */
    ResolvedSpeaker resolve(Mention m, int s, int tok) {
        if (m == null) {
            return ResolvedSpeaker.UNKNOWN;
        }
        return switch (m.type()) {
            case PERSON_NAME -> {
                if (NameParser.followedByWhich(toks, m.last())) {
                    // "Healthwatch Tamarside, which represents patients, said": people take "who".
                    yield ResolvedSpeaker.organisation(canonicalOrg(NameParser.capitalisedRun(toks, m.last())));
                }
                PersonEntity e = entities.personEntity(m, m.last());
                // A bare capitalised word never introduced as a person is a country, city or institution
                // speaking ("Moscow", "Hamas said"): news copy always names a person in full first.
                if (e == null
                        && m.coreWords() == 1
                        && entities.knownSurname(Lexicon.lower(ArticleEntities.canonical(m.core())))) {
                    yield ResolvedSpeaker.UNKNOWN; // a surname several people of the article share
                }
                yield e != null
                        ? ResolvedSpeaker.person(e)
                        : ResolvedSpeaker.organisation(ArticleEntities.canonical(m.core()));
            }
            case ORG -> ResolvedSpeaker.organisation(canonicalOrg(m.core()));
            case ANON -> anonymous(m, s, tok);
            case ROLE_REF -> {
                PersonEntity e = entities.byRole(m.head(), modifiersOf(m), tok);
                if (e != null) {
                    yield ResolvedSpeaker.person(e);
                }
                // "The health secretary said" / "The 52-year-old admitted" right after a sentence about a person
                // introduced without that title: the description points at the person in focus.
                ResolvedSpeaker focus = salientPerson(s, FOCUS_SENTENCES);
                // …unless the article gave that person another role ("coach Mike Brandt" is not "the sophomore").
                boolean fits = focus != null && focus.entity().fitsRole(m.head());
                yield fits ? focus : ResolvedSpeaker.anonymous(m.core(), false);
            }
            case ORG_REF -> {
                ArticleEntities.Organisation o = entities.organisationBefore(tok, m.head());
                yield ResolvedSpeaker.organisation(o != null ? canonicalOrg(o.name()) : m.core());
            }
            case PRONOUN -> pronoun(m.core(), s, tok);
            case GROUP -> group(m);
        };
    }

    /** A group of named people: each member resolved to the person the article introduced. */
    private ResolvedSpeaker group(Mention m) {
        List<String> names = new ArrayList<>();
        for (Mention member : groups.members(m)) {
            PersonEntity e = entities.personEntity(member, member.last());
            String name = e != null && e.isFullName() ? e.canonical() : ArticleEntities.canonical(member.core());
            if (!names.contains(name)) {
                names.add(name);
            }
        }
        if (names.size() < 2) {
            return ResolvedSpeaker.UNKNOWN;
        }
        String joined = String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
        return ResolvedSpeaker.group(joined);
    }

    /** The words before the head noun of a description ("finance" in "the finance chief"), lower case. */
    private static List<String> modifiersOf(Mention m) {
        String[] words = m.core().split(" ");
        List<String> out = new ArrayList<>();
        for (int i = 0; i < words.length - 1; i++) {
            String l = Lexicon.lower(words[i]);
            if (!Lexicon.NOT_ROLE_WORDS.contains(l) && !l.isEmpty() && !Character.isDigit(l.charAt(0))) {
                out.add(l.endsWith("'s") ? l.substring(0, l.length() - 2) : l);
            }
        }
        return out;
    }

    private static String canonicalOrg(String name) {
        String n = ArticleEntities.canonical(name);
        if (n.toLowerCase().startsWith("the ")) {
            n = n.substring(4);
        }
        return n;
    }

    private ResolvedSpeaker anonymous(Mention m, int s, int tok) {
        // "the two ministers": the number is the determiner the parser saw, but "the" makes it point back.
        boolean definite =
                m.definite() || m.first() > 0 && toks.get(m.first() - 1).lower().equals("the");
        if (definite && (m.plural() || Lexicon.GROUP_NOUNS.contains(m.head()))) {
            // "the governors wrote", "the couple said": the people named together just before.
            ResolvedSpeaker group = latestGroup(s);
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
            // "the spokesman" after "White House spokesman John Kirby"
            PersonEntity e = entities.byRole(m.head(), tok);
            if (e != null) {
                return ResolvedSpeaker.person(e);
            }
        }
        return ResolvedSpeaker.anonymous(m.core(), m.plural());
    }

    /**
     * "he"/"she": a person in subject position earlier in the same sentence, else the subject of the nearest
     * earlier sentence that is compatible (sentences whose subject is the same pronoun continue the chain).
     * "they" → the latest plural source; "it" → the latest organisation subject.
     */
    private ResolvedSpeaker pronoun(String p, int s, int tok) {
        Gender g = Gender.ofPronoun(p);
        boolean personal = g.isKnown();
        if (personal) {
            ResolvedSpeaker inSentence = personEarlierInSentence(g, s, tok);
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
            ResolvedSpeaker subj = subjectOf(k);
            if (subj == null) {
                continue;
            }
            if (subj == AMBIGUOUS_PERSON) {
                return ResolvedSpeaker.UNKNOWN;
            }
            if (personal) {
                if (subj.kind() == SpeakerType.PERSON && subj.entity().admits(g)) {
                    learn(subj, g);
                    return subj;
                }
                if (subj.kind() == SpeakerType.ANONYMOUS && !subj.plural()) {
                    return subj;
                }
            } else if (p.equals("they")) {
                if (subj.kind() == SpeakerType.ANONYMOUS && subj.plural() || subj.kind() == SpeakerType.GROUP) {
                    return subj;
                }
            } else if (p.equals("it")) {
                if (subj.kind() == SpeakerType.ORGANISATION) {
                    return subj;
                }
            }
        }
        if (p.equals("they")) {
            ResolvedSpeaker group = namedGroupBefore(s);
            if (group != null) {
                return group;
            }
        }
        return ResolvedSpeaker.UNKNOWN;
    }

    /**
     * The group of named people that a recent sentence (this one included) is about, or that was named most
     * recently anywhere in the last paragraphs, whichever is nearer; null when there is none.
     */
    private ResolvedSpeaker latestGroup(int s) {
        if (quoteSpeaker[s] != null && quoteSpeaker[s].kind() == SpeakerType.GROUP) {
            return quoteSpeaker[s];
        }
        Mention named = namedGroupMention(s);
        int para = layout.sentenceParagraph(s);
        for (int k = s - 1; k >= 0 && k >= s - PRONOUN_SENTENCES; k--) {
            if (para - layout.sentenceParagraph(k) > PRONOUN_PARAGRAPHS
                    || named != null && named.first() >= layout.sentenceEnd(k)) {
                break; // the group named later is nearer
            }
            ResolvedSpeaker subj = subjectOf(k);
            if (subj != null && subj.kind() == SpeakerType.GROUP) {
                return subj;
            }
        }
        return knownGroup(named);
    }

    /** A group named anywhere in the last few paragraphs ("Steve and Lorraine Garbutt have run …"), or null. */
    private ResolvedSpeaker namedGroupBefore(int s) {
        return knownGroup(namedGroupMention(s));
    }

    /** The group a group mention names, or null when the mention is null or its members cannot be named. */
    private ResolvedSpeaker knownGroup(Mention g) {
        if (g == null) {
            return null;
        }
        ResolvedSpeaker group = group(g);
        return group.isKnown() ? group : null;
    }

    private Mention namedGroupMention(int s) {
        int para = layout.sentenceParagraph(s);
        int k = s;
        while (k > 0 && para - layout.sentenceParagraph(k - 1) <= PRONOUN_PARAGRAPHS) {
            k--;
        }
        return entities.groupBefore(layout.sentenceStart(s), layout.sentenceStart(k));
    }

    /** The last person of gender {@code g} starting a clause of sentence {@code s} before token {@code tok}. */
    private ResolvedSpeaker personEarlierInSentence(Gender g, int s, int tok) {
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
                if (e != null && e.admits(g)) {
                    inSentence = ResolvedSpeaker.person(e);
                }
            }
        }
        return inSentence;
    }

    /** The person subject of one of the {@code back} sentences before {@code s}, nearest first, or null. */
    private ResolvedSpeaker salientPerson(int s, int back) {
        for (int k = s - 1; k >= 0 && k >= s - back; k--) {
            ResolvedSpeaker subj = subjectOf(k);
            if (subj != null && subj.kind() == SpeakerType.PERSON) {
                return subj;
            }
            if (subj != null && !subj.isPronounMarker()) {
                return null;
            }
        }
        return null;
    }

    /** The subject of a sentence about a person whose name fits several people of the article. */
    private static final ResolvedSpeaker AMBIGUOUS_PERSON =
            new ResolvedSpeaker(SpeakerType.UNKNOWN, "ambiguous person", null, false, Gender.UNKNOWN);

    private static void learn(ResolvedSpeaker sp, Gender g) {
        if (sp.entity() != null) {
            sp.entity().learnGender(g);
        }
    }

    /** Records the speaker of an attributed quote as its sentence's subject, for later pronouns. */
    void noteSentenceSpeaker(int s, ResolvedSpeaker sp) {
        if (quoteSpeaker[s] == null && sp != null && sp.isKnown()) {
            quoteSpeaker[s] = sp;
        }
    }

    /** Who sentence {@code s} is about: its quote's speaker, the subject of its first cue verb, or its subject. */
    private ResolvedSpeaker subjectOf(int s) {
        if (quoteSpeaker[s] != null) {
            return quoteSpeaker[s];
        }
        if (subjectOfSentence.containsKey(s)) {
            return subjectOfSentence.get(s);
        }
        subjectOfSentence.put(s, null); // a description resolved below may look back at this sentence
        if (layout.namesNoSource(layout.sentenceParagraph(s))) {
            return null;
        }
        int ss = layout.sentenceStart(s);
        int se = layout.sentenceEnd(s);
        Mention m = null;
        for (int v = ss; v < se && m == null; v++) {
            if (subjects.isCue(v)) {
                m = withReportedGender(subjects.subjectBefore(ss, v), v, se);
            }
        }
        if (m == null) {
            m = subjects.sentenceSubject(ss, se);
        }
        ResolvedSpeaker out = null;
        if (m != null) {
            if (m.type() == Mention.Type.PRONOUN) {
                out = m.gender().isKnown() ? ResolvedSpeaker.pronoun(m.gender()) : null;
            } else {
                ResolvedSpeaker r = resolve(m, s, m.first());
                // "Mrs Pettifer said" where two Pettifers fit: the sentence is about a person we cannot name,
                // so a later "she" must not skip past it to someone named earlier.
                boolean ambiguousPerson = !r.isKnown() && m.type() == Mention.Type.PERSON_NAME;
                out = r.isKnown() ? r : ambiguousPerson ? AMBIGUOUS_PERSON : null;
            }
        }
        if (out == null) {
            out = onlyPersonIn(ss, se);
        }
        if (out == null && opensOnSomeonesRelation(ss, se)) {
            // "Her husband remembers it differently." is about someone other than the woman named before, and
            // we cannot say who: a later "he says" must not skip past it to her.
            out = AMBIGUOUS_PERSON;
        }
        subjectOfSentence.put(s, out);
        return out;
    }

    /**
     * "Shinde said she would go": a bare surname followed by its cue and "he" or "she" takes that gender, as an
     * honorific would give it, so that of two Shindes the one it fits is meant.
     */
    private Mention withReportedGender(Mention m, int cue, int se) {
        if (m == null
                || m.type() != Mention.Type.PERSON_NAME
                || m.coreWords() != 1
                || m.gender().isKnown()
                || cue + 1 >= se) {
            return m;
        }
        Gender g = Gender.ofPronoun(toks.get(cue + 1).lower());
        return g.isKnown()
                ? new Mention(
                        m.type(), m.first(), m.last(), m.core(), m.printed(), m.titled(), g, m.definite(), m.head())
                : m;
    }

    /** Whether the sentence opens on "his", "her" or "their" and a word for a person ("Her husband", "His rival"). */
    private boolean opensOnSomeonesRelation(int ss, int se) {
        int first = ss;
        while (first < se && !toks.get(first).isWord()) {
            first++;
        }
        if (first + 1 >= se) {
            return false;
        }
        String det = toks.get(first).lower();
        String noun = toks.get(first + 1).lower();
        return (det.equals("his") || det.equals("her") || det.equals("their"))
                && (Lexicon.RELATION_NOUNS.contains(noun)
                        || NameParser.isRoleNoun(noun)); // isRoleNoun covers the person nouns too
    }

    /**
     * A sentence without a recognisable subject is still about a person when it names exactly one
     * ("For Nwosu, the work goes on."); two or more names make it ambiguous.
     */
    private ResolvedSpeaker onlyPersonIn(int ss, int se) {
        PersonEntity only = null;
        for (int t = ss; t < se; t++) {
            Tok tok = toks.get(t);
            if (!NameParser.isNameToken(tok)
                    || t + 1 < se && NameParser.isNameToken(toks.get(t + 1)) && !tok.isPossessive()) {
                continue;
            }
            if (tok.isPossessive()) {
                continue; // "transfers Anders Brekke's story": the sentence is about the story, not Brekke
            }
            if (t > ss && toks.get(t - 1).isPossessive()) {
                continue; // "Kovac's Marrickville studio": a word qualifying what the person owns, not a person
            }
            Mention m = parser.parseName(toks, ss, t);
            PersonEntity e = m == null ? null : entities.personEntity(m, t);
            if (e == null) {
                continue;
            }
            if (only != null && only != e) {
                return null;
            }
            only = e;
        }
        return only == null ? null : ResolvedSpeaker.person(only);
    }

    /**
     * The subject of sentence {@code s} (see {@link #subjectOf}) with a pronoun subject resolved, for callers
     * deciding by context; null when there is none.
     */
    ResolvedSpeaker resolvedSubject(int s) {
        ResolvedSpeaker subj = subjectOf(s);
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
        ResolvedSpeaker r = pronoun(m.core(), s, m.first());
        return r.isKnown() ? r : null;
    }

    /**
     * An unnamed source later identified by name ("a spokesperson for Iran’s foreign ministry" … "Nasser
     * Kanaani, the spokesperson for Iran’s foreign ministry"): the one person whose apposition or title says
     * exactly the same thing, or null.
     */
    ResolvedSpeaker identify(ResolvedSpeaker anon) {
        if (anon.kind() != SpeakerType.ANONYMOUS || anon.plural()) {
            return null;
        }
        PersonEntity found = entities.byApposition(anon.name());
        return found == null ? null : ResolvedSpeaker.person(found);
    }

    /** {@code sp}, or the person it turns out to be when it is an unnamed source identified later (see {@link #identify}). */
    ResolvedSpeaker orIdentified(ResolvedSpeaker sp) {
        ResolvedSpeaker named = identify(sp);
        return named != null ? named : sp;
    }

    /**
     * The delayed lede: "A blind woman whose guide dog was taken … has said …" in the opening paragraph, and
     * the next paragraph opens with the person's full name ("Margaret Dunn, 67, had let …"). Only for a
     * singular, indefinite description of a private person (not a source or official).
     */
    ResolvedSpeaker identifyLede(Mention m, int s) {
        if (m.type() != Mention.Type.ANON || m.definite() || m.plural() || !Lexicon.PERSON_NOUNS.contains(m.head())) {
            return null;
        }
        int para = layout.sentenceParagraph(s);
        if (para > LAST_LEDE_PARAGRAPH) {
            return null;
        }
        for (int k = s + 1; k < layout.sentenceCount(); k++) {
            int p = layout.sentenceParagraph(k);
            if (p == para) {
                continue;
            }
            if (p > para + 1) {
                return null;
            }
            Mention subj = subjects.sentenceSubject(layout.sentenceStart(k), layout.sentenceEnd(k));
            if (subj != null && subj.type() == Mention.Type.PERSON_NAME && subj.coreWords() >= 2) {
                PersonEntity e = entities.personEntity(subj, subj.last());
                if (e != null
                        && e.mentions().stream()
                                        .mapToInt(Integer::intValue)
                                        .min()
                                        .orElse(-1)
                                == subj.last()) {
                    return ResolvedSpeaker.person(e); // the first time this person is named
                }
            }
            return null;
        }
        return null;
    }
}
