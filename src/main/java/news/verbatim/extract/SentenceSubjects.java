package news.verbatim.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Who each sentence of one article is about, for the pronouns and descriptions of later sentences: the speaker
 * of its first attributed quote once {@link #noteSentenceSpeaker} recorded one, else its subject phrase resolved
 * (looked up once, then remembered). {@link SpeakerResolver} owns one and gives it the way to resolve a
 * subject phrase, since a description resolved here may itself look back at earlier sentences:
 *
 * <pre>{@code
 * SentenceSubjects sentences = new SentenceSubjects(layout, parser, subjects, entities, this::resolve);
 * sentences.noteSentenceSpeaker(s, who);
 * ResolvedSpeaker about = sentences.subjectOf(s - 1);
 * }</pre>
 */
final class SentenceSubjects {

    /** Resolves the subject phrase {@code m} of sentence {@code s} at token {@code tok} (a resolver's job). */
    @FunctionalInterface
    interface MentionResolver {
        ResolvedSpeaker resolve(Mention m, int s, int tok);
    }

    /** The subject of a sentence about a person whose name fits several people of the article. */
    static final ResolvedSpeaker AMBIGUOUS_PERSON =
            new ResolvedSpeaker(SpeakerType.UNKNOWN, "ambiguous person", null, false, Gender.UNKNOWN);

    private final ArticleLayout layout;
    private final List<Tok> toks;
    private final NameParser parser;
    private final SubjectFinder subjects;
    private final ArticleEntities entities;
    private final MentionResolver resolver;
    /** Per sentence: the speaker of its first attributed quote, or null. */
    private final ResolvedSpeaker[] quoteSpeaker;
    /** Per sentence whose subject was looked for: that subject, or null when it has none. */
    private final Map<Integer, ResolvedSpeaker> subjectOfSentence = new HashMap<>();

    SentenceSubjects(
            ArticleLayout layout,
            NameParser parser,
            SubjectFinder subjects,
            ArticleEntities entities,
            MentionResolver resolver) {
        this.layout = Objects.requireNonNull(layout, "layout");
        this.toks = layout.tokens;
        this.parser = Objects.requireNonNull(parser, "parser");
        this.subjects = Objects.requireNonNull(subjects, "subjects");
        this.entities = Objects.requireNonNull(entities, "entities");
        this.resolver = Objects.requireNonNull(resolver, "resolver");
        this.quoteSpeaker = new ResolvedSpeaker[layout.sentenceCount()];
    }

    /** The speaker of sentence {@code s}'s first attributed quote, or null when none was recorded yet. */
    ResolvedSpeaker quoteSpeaker(int s) {
        return quoteSpeaker[s];
    }

    /** Records the speaker of an attributed quote as its sentence's subject, for later pronouns. */
    void noteSentenceSpeaker(int s, ResolvedSpeaker sp) {
        if (quoteSpeaker[s] == null && sp != null && sp.isKnown()) {
            quoteSpeaker[s] = sp;
        }
    }

    /** Who sentence {@code s} is about: its quote's speaker, the subject of its first cue verb, or its subject. */
    ResolvedSpeaker subjectOf(int s) {
        if (layout.namesNoSource(layout.sentenceParagraph(s))) {
            return null; // a caption's or topic line's people, even one a quote in it was given to, are not sources
        }
        if (quoteSpeaker[s] != null) {
            return quoteSpeaker[s];
        }
        if (subjectOfSentence.containsKey(s)) {
            return subjectOfSentence.get(s);
        }
        subjectOfSentence.put(s, null); // a description resolved below may look back at this sentence
        int ss = layout.sentenceStart(s);
        int se = layout.sentenceEnd(s);
        ResolvedSpeaker out = subjectPhraseOf(s);
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
     * Who sentence {@code s} names as its actor: its quote's speaker, else the subject phrase of its first cue
     * verb (or of the sentence) resolved; null when that names nobody known. Unlike {@link #subjectOf} it never
     * falls back on the only person the sentence mentions: "In a statement, the municipality said the pipe by
     * Ann Roe's house had burst" issues nothing in her name.
     */
    ResolvedSpeaker namedActorOf(int s) {
        if (layout.namesNoSource(layout.sentenceParagraph(s))) {
            return null;
        }
        if (quoteSpeaker[s] != null) {
            return quoteSpeaker[s];
        }
        ResolvedSpeaker out = subjectPhraseOf(s);
        return out == null || out.isPronounMarker() || out == AMBIGUOUS_PERSON ? null : out;
    }

    /** The subject phrase of sentence {@code s}'s first cue verb, or of the sentence, resolved; null for none. */
    private ResolvedSpeaker subjectPhraseOf(int s) {
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
        } else if (m.type() == Mention.Type.PRONOUN) {
            // "Ann Roe has a habit of laughing before she says something serious.": a pronoun cue inside the
            // sentence is about the person its subject names; the sentence is about her, not about "she".
            Mention named = subjects.sentenceSubject(ss, se);
            if (named != null && named.type() == Mention.Type.PERSON_NAME && named.last() < m.first()) {
                m = named;
            }
        }
        if (m == null) {
            return null;
        }
        if (m.type() == Mention.Type.PRONOUN) {
            return m.gender().isKnown() ? ResolvedSpeaker.pronoun(m.gender()) : null;
        }
        ResolvedSpeaker r = resolver.resolve(m, s, m.first());
        // "Mrs Pettifer said" where two Pettifers fit: the sentence is about a person we cannot name,
        // so a later "she" must not skip past it to someone named earlier.
        boolean ambiguousPerson = !r.isKnown() && m.type() == Mention.Type.PERSON_NAME;
        return r.isKnown() ? r : ambiguousPerson ? AMBIGUOUS_PERSON : null;
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
                        || NameShapes.isRoleNoun(noun)); // isRoleNoun covers the person nouns too
    }

    /**
     * Whether the name ending at {@code t} opens the sentence starting at {@code ss}: "Josh Penhale's drop goal
     * gave Harrowden …" is about him, as a possessive inside the sentence is not.
     */
    private boolean opensOn(int ss, int t) {
        int k = ss;
        while (k < t && !toks.get(k).isWord()) {
            k++;
        }
        while (k < t && NameShapes.isNameToken(toks.get(k)) && !toks.get(k).isPossessive()) {
            k++;
        }
        return k == t;
    }

    /**
     * "on the north face of Cross Fell", "the summit of Ben Nevis": a capitalised pair after "of" and a lower-case
     * noun that is not a person's is a place's or a thing's name, not a person the sentence is about.
     */
    private boolean isPlaceComplement(int first, int ss) {
        if (first - 2 < ss || !toks.get(first - 1).lower().equals("of")) {
            return false;
        }
        Tok noun = toks.get(first - 2);
        String l = noun.lower();
        return noun.isWord()
                && !noun.isCap()
                && !Lexicon.RELATION_NOUNS.contains(l)
                && !Lexicon.KIN_GROUPS.contains(l)
                && !NameShapes.isRoleNoun(l);
    }

    /**
     * A sentence without a recognisable subject is still about a person when it names exactly one
     * ("For Nwosu, the work goes on."); two or more names make it ambiguous, and a pronoun stops there.
     */
    private ResolvedSpeaker onlyPersonIn(int ss, int se) {
        PersonEntity only = null;
        for (int t = ss; t < se; t++) {
            Tok tok = toks.get(t);
            if (!NameShapes.isNameToken(tok)
                    || t + 1 < se && NameShapes.isNameToken(toks.get(t + 1)) && !tok.isPossessive()) {
                continue;
            }
            if (tok.isPossessive() && !opensOn(ss, t)) {
                continue; // "transfers Anders Brekke's story": the sentence is about the story, not Brekke
            }
            if (t > ss && toks.get(t - 1).isPossessive()) {
                continue; // "Kovac's Marrickville studio": a word qualifying what the person owns, not a person
            }
            Mention m = parser.parseName(toks, ss, t);
            if (m != null && isPlaceComplement(m.first(), ss)) {
                continue;
            }
            PersonEntity e = m == null ? null : entities.personEntity(m, t);
            if (e == null) {
                continue;
            }
            if (only != null && only != e) {
                // "Captain Sam Ellery, cousin of the scorer Rhys Ellery, was sent off.": about one of them,
                // and we cannot say which, so a later "he wrote" must not skip past it to an earlier speaker.
                return AMBIGUOUS_PERSON;
            }
            only = e;
        }
        return only == null ? null : ResolvedSpeaker.person(only);
    }
}
