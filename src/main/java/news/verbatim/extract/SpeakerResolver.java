package news.verbatim.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import news.verbatim.text.TextNormalizer;

/**
 * The per-article entity memory that turns a subject phrase into a speaker: full names with their titles and
 * gender, surname back-references ("Blinken said" → Antony Blinken, "UK’s Healey" → John Healey), pronouns
 * ("he stressed" → the most recent compatible subject), definite descriptions ("the official", "the mayor",
 * "the council") and unnamed sources.
 *
 * <p>Built once per article by a pre-pass over the whole text, because news copy names a person in full once
 * (often only as an object: "his counterparts, Lloyd Austin and John Healey") and then by surname. When the
 * evidence is not there it answers UNKNOWN rather than guess: a wrong name is worse than none.
 */
final class SpeakerResolver {

    /** A person named in the article. */
    static final class Entity {
        final String canonical;
        final String surnameKey;
        final String firstKey;
        char gender = '?';
        /** Printed forms with their offsets, for nameForms in order of appearance. */
        final Map<String, Integer> forms = new LinkedHashMap<>();
        /** Lower-case title and role words printed before the name ("spokesman", "mayor"). */
        final List<String> roles = new ArrayList<>();
        /** Normalised appositions ("the spokesperson for Iran’s foreign ministry"). */
        final List<String> appositions = new ArrayList<>();
        /** Token indices of every mention. */
        final List<Integer> mentions = new ArrayList<>();

        Entity(String canonical) {
            this.canonical = canonical;
            String[] w = canonical.split(" ");
            int last = w.length - 1;
            while (last > 0 && Lexicon.NAME_SUFFIXES.contains(Lexicon.lower(w[last]))) {
                last--;
            }
            this.surnameKey = Lexicon.lower(w[last]);
            this.firstKey = Lexicon.lower(w[0]);
            if (w.length > 1) {
                if (Lexicon.MALE_FIRST_NAMES.contains(firstKey)) {
                    gender = 'm';
                } else if (Lexicon.FEMALE_FIRST_NAMES.contains(firstKey)) {
                    gender = 'f';
                }
            }
        }

        void addForm(String form, int pos) {
            forms.merge(form, pos, Math::min);
        }

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

    /** A resolved speaker: kind, display name and, for persons, the entity. */
    record Speaker(SpeakerType kind, String name, Entity entity, boolean plural, char pronounGender) {
        static final Speaker UNKNOWN = new Speaker(SpeakerType.UNKNOWN, "unknown", null, false, '?');

        /** A sentence whose subject is "he"/"she": the chain of reference continues past it. */
        static Speaker pronoun(char g) {
            return new Speaker(SpeakerType.UNKNOWN, "pronoun", null, false, g);
        }

        boolean isPronounMarker() {
            return pronounGender != '?' && kind == SpeakerType.UNKNOWN;
        }
    }

    private record AnonRecord(int tok, String description, String head, boolean plural) {}

    private record OrgRecord(int tok, String name, String headKey) {}

    private final ArticleLayout layout;
    private final List<Tok> toks;
    private final NameParser parser;
    private final AttributionFinder finder;
    private final Map<String, Entity> entities = new HashMap<>();
    private final List<Entity> entityList = new ArrayList<>();
    private final Map<String, List<Entity>> bySurnameKey = new HashMap<>();
    /** Single-word name mentions (surname references) with their printed forms. */
    private final List<int[]> surnameMentions = new ArrayList<>();

    private final List<String> surnamePrinted = new ArrayList<>();
    private final List<AnonRecord> anons = new ArrayList<>();
    private final List<OrgRecord> orgs = new ArrayList<>();
    private final Speaker[] sentenceSpeaker;
    private final Speaker[] subjectCache;
    private final boolean[] subjectDone;

    SpeakerResolver(ArticleLayout layout, NameParser parser, AttributionFinder finder) {
        this.layout = layout;
        this.toks = layout.tokens;
        this.parser = parser;
        this.finder = finder;
        int n = layout.sentences.size();
        this.sentenceSpeaker = new Speaker[n];
        this.subjectCache = new Speaker[n];
        this.subjectDone = new boolean[n];
        scanNames();
        assignSurnameForms();
        scanSourcesAndGender();
    }

    // ------------------------------------------------------------------ pre-pass

    /** Registers every personal name (with title) and organisation name printed outside quotes. */
    private void scanNames() {
        for (int s = 0; s < layout.sentences.size(); s++) {
            int ss = layout.sentenceStart(s);
            int se = layout.sentenceEnd(s);
            for (int t = ss; t < se; t++) {
                Tok tok = toks.get(t);
                if (!tok.isWord()) {
                    continue;
                }
                boolean nameTok = NameParser.isNameToken(tok);
                boolean runEnd = t + 1 >= se
                        || tok.isPossessive()
                        || !NameParser.isNameToken(toks.get(t + 1))
                                && !(Lexicon.NAME_SUFFIXES.contains(
                                                toks.get(t + 1).lower())
                                        && toks.get(t + 1).isCap());
                if (nameTok && runEnd
                        || Lexicon.NAME_SUFFIXES.contains(tok.lower())
                                && tok.isCap()
                                && t > ss
                                && NameParser.isNameToken(toks.get(t - 1))) {
                    Mention m = parser.parseName(toks, ss, t);
                    if (m != null) {
                        registerPerson(m, ss, se);
                    }
                } else if (tok.isCap()
                        && !nameTok
                        && (t + 1 >= se || !toks.get(t + 1).isCap())
                        && (Lexicon.ORG_WORDS.contains(tok.lower())
                                || NameParser.isAllCaps(tok.text())
                                        && tok.text().length() >= 2)) {
                    Mention m = parser.parseBackward(toks, ss, t);
                    if (m != null && m.type() == Mention.Type.ORG) {
                        String[] w = m.core().split(" ");
                        orgs.add(new OrgRecord(t, m.core(), Lexicon.lower(w[w.length - 1])));
                    }
                }
            }
        }
    }

    private void registerPerson(Mention m, int ss, int se) {
        String printed = NameParser.printed(layout.text, toks, m.first(), m.last());
        if (m.coreWords() >= 2) {
            Entity e = entityFor(canonical(m.core()), true);
            e.addForm(printed, toks.get(m.first()).start());
            e.mentions.add(m.last());
            if (e.gender == '?') {
                e.gender = m.gender();
            }
            for (int i = m.first(); i < m.last(); i++) {
                String l = toks.get(i).lower();
                if (Lexicon.TITLE_WORDS.contains(l) || Lexicon.ROLE_NOUNS.contains(l)) {
                    e.roles.add(l);
                }
            }
            // "Nasser Kanaani, the spokesperson for Iran’s foreign ministry, warned …"
            int a = m.last() + 1;
            if (a + 1 < se && toks.get(a).isPunct(",") && toks.get(a + 1).isWord()) {
                String d = toks.get(a + 1).lower();
                if (d.equals("the") || d.equals("a") || d.equals("an")) {
                    int b = a + 2;
                    while (b < se && toks.get(b).isWord() && !finder.isCue(b)) {
                        b++;
                    }
                    if (b > a + 2) {
                        e.appositions.add(TextNormalizer.normalize(layout.text.substring(
                                toks.get(a + 2).start(), toks.get(b - 1).end())));
                        String head = toks.get(a + 2).lower();
                        if (Lexicon.ROLE_NOUNS.contains(head) || Lexicon.SOURCE_NOUNS.contains(head)) {
                            e.roles.add(head);
                        }
                    }
                }
            }
        } else if (m.coreWords() == 1) {
            surnameMentions.add(new int[] {m.last(), toks.get(m.first()).start(), m.titled() ? 1 : 0, m.gender()});
            surnamePrinted.add(printed);
        }
    }

    /** Attaches every surname-only mention to the entity it refers to, for nameForms. */
    private void assignSurnameForms() {
        for (int i = 0; i < surnameMentions.size(); i++) {
            int[] sm = surnameMentions.get(i);
            String key = Lexicon.lower(toks.get(sm[0]).withoutPossessive());
            Entity e = bySurname(key, sm[0]);
            if (e != null) {
                e.addForm(surnamePrinted.get(i), sm[1]);
                e.mentions.add(sm[0]);
                if (e.gender == '?' && sm[3] != '?') {
                    e.gender = (char) sm[3];
                }
            } else if (sm[2] == 1) {
                // "Mayor Smith" never named in full: a person known by title and surname.
                Entity t = entityFor(canonical(toks.get(sm[0]).withoutPossessive()), true);
                t.addForm(surnamePrinted.get(i), sm[1]);
                t.mentions.add(sm[0]);
                for (int k = sm[0] - 1; k >= 0 && k >= sm[0] - 4 && toks.get(k).isWord(); k--) {
                    String l = toks.get(k).lower();
                    if (Lexicon.TITLE_WORDS.contains(l) || Lexicon.ROLE_NOUNS.contains(l)) {
                        t.roles.add(l);
                    }
                }
                if (t.gender == '?' && sm[3] != '?') {
                    t.gender = (char) sm[3];
                }
            }
        }
    }

    /**
     * Records unnamed sources introduced by cue verbs (for "the official" back-references) and learns
     * each person's gender from the first he/she that follows them as sentence subject.
     */
    private void scanSourcesAndGender() {
        for (int s = 0; s < layout.sentences.size(); s++) {
            int ss = layout.sentenceStart(s);
            int se = layout.sentenceEnd(s);
            for (int v = ss; v < se; v++) {
                if (finder.isCue(v)) {
                    Mention m = finder.subjectBefore(ss, v);
                    if (m != null && m.type() == Mention.Type.ANON && !m.definite()) {
                        anons.add(new AnonRecord(v, m.core(), m.head(), m.plural()));
                    }
                }
            }
            Mention subj = finder.sentenceSubject(ss, se);
            if (subj != null && subj.type() == Mention.Type.PERSON_NAME) {
                Entity e = personEntity(subj, subj.last());
                if (e != null && e.gender == '?') {
                    e.gender = pronounGenderAfter(subj.last() + 1, s);
                }
            }
        }
    }

    /** The gender of the first personal pronoun after {@code from}, up to the end of the next sentence. */
    private char pronounGenderAfter(int from, int s) {
        int end = s + 1 < layout.sentences.size() ? layout.sentenceEnd(s + 1) : layout.sentenceEnd(s);
        for (int k = from; k < end; k++) {
            Tok t = toks.get(k);
            if (!t.isWord()) {
                continue;
            }
            if (NameParser.isNameToken(t) && !(k > from && NameParser.isNameToken(toks.get(k - 1)))) {
                return '?'; // another person may be the antecedent
            }
            switch (t.lower()) {
                case "he", "his", "him", "himself":
                    return 'm';
                case "she", "her", "hers", "herself":
                    return 'f';
                default:
                    break;
            }
        }
        return '?';
    }

    // ------------------------------------------------------------------ look-ups

    static String canonical(String core) {
        String c = core.replace('\u00A0', ' ')
                .replace('\u2019', '\'')
                .replace('\u2018', '\'')
                .trim();
        return c.replaceAll("\\s+", " ");
    }

    private Entity entityFor(String canonical, boolean create) {
        Entity e = entities.get(canonical);
        if (e == null) {
            // "Bagheri Kani" for "Ali Bagheri Kani"
            for (Entity x : entityList) {
                if (x.canonical.endsWith(" " + canonical)) {
                    return x;
                }
            }
            if (!create) {
                return null;
            }
            e = new Entity(canonical);
            entities.put(canonical, e);
            entityList.add(e);
            bySurnameKey.computeIfAbsent(e.surnameKey, k -> new ArrayList<>()).add(e);
        }
        return e;
    }

    /** The person a one-word name refers to: the nearest full name with that surname, else a unique first name. */
    private Entity bySurname(String key, int tok) {
        Entity best = null;
        int bestDist = Integer.MAX_VALUE;
        for (Entity e : bySurnameKey.getOrDefault(key, List.of())) {
            if (e.canonical.indexOf(' ') < 0) {
                continue;
            }
            for (int m : e.mentions) {
                // Prefer mentions before the reference; one after it is a weaker, distant match.
                int d = m <= tok ? tok - m : (m - tok) + 100_000;
                if (d < bestDist) {
                    bestDist = d;
                    best = e;
                }
            }
        }
        if (best != null) {
            return best;
        }
        Entity byFirst = null;
        for (Entity e : entityList) {
            if (e.firstKey.equals(key) && e.canonical.indexOf(' ') > 0) {
                if (byFirst != null) {
                    return null;
                }
                byFirst = e;
            }
        }
        return byFirst;
    }

    private Entity personEntity(Mention m, int tok) {
        if (m.type() != Mention.Type.PERSON_NAME) {
            return null;
        }
        if (m.coreWords() >= 2) {
            return entityFor(canonical(m.core()), true);
        }
        Entity e = bySurname(Lexicon.lower(canonical(m.core())), tok);
        if (e == null) {
            e = entities.get(canonical(m.core()));
        }
        return e;
    }

    // ------------------------------------------------------------------ resolution

    /** Resolves the subject phrase {@code m} of an attribution in sentence {@code s} at token {@code tok}. */
    Speaker resolve(Mention m, int s, int tok) {
        if (m == null) {
            return Speaker.UNKNOWN;
        }
        switch (m.type()) {
            case PERSON_NAME: {
                Entity e = personEntity(m, m.last());
                if (e != null) {
                    return person(e);
                }
                String core = canonical(m.core());
                // A bare capitalised word never introduced as a person is a country, city or institution
                // speaking ("Moscow", "Hamas said"): news copy always names a person in full first.
                return new Speaker(SpeakerType.ORGANISATION, core, null, false, '?');
            }
            case ORG:
                return new Speaker(SpeakerType.ORGANISATION, canonicalOrg(m.core()), null, false, '?');
            case ANON:
                return anonymous(m, tok);
            case ROLE_REF: {
                Entity e = byRole(m.head(), tok);
                if (e != null) {
                    return person(e);
                }
                // "The health secretary said" / "The 52-year-old admitted" right after a sentence about a person
                // introduced without that title: the description points at the person in focus.
                Speaker focus = salientPerson(s, 3);
                if (focus != null) {
                    return focus;
                }
                return new Speaker(SpeakerType.ANONYMOUS, m.core(), null, false, '?');
            }
            case ORG_REF: {
                for (int i = orgs.size() - 1; i >= 0; i--) {
                    OrgRecord o = orgs.get(i);
                    if (o.tok < tok && o.headKey.equals(m.head())) {
                        return new Speaker(SpeakerType.ORGANISATION, canonicalOrg(o.name), null, false, '?');
                    }
                }
                return new Speaker(SpeakerType.ORGANISATION, m.core(), null, false, '?');
            }
            case PRONOUN:
                return pronoun(m.core(), s, tok);
            default:
                return Speaker.UNKNOWN;
        }
    }

    private static String canonicalOrg(String name) {
        String n = canonical(name);
        if (n.toLowerCase().startsWith("the ")) {
            n = n.substring(4);
        }
        return n;
    }

    private static Speaker person(Entity e) {
        return new Speaker(SpeakerType.PERSON, e.canonical, e, false, '?');
    }

    private Speaker anonymous(Mention m, int tok) {
        if (m.definite()) {
            // "the official", "the U.S. official": the latest unnamed source with that head noun and modifiers.
            String[] mods = m.core().split(" ");
            for (int i = anons.size() - 1; i >= 0; i--) {
                AnonRecord a = anons.get(i);
                if (a.tok >= tok || !a.head.equals(m.head())) {
                    continue;
                }
                boolean all = true;
                for (int k = 0; k < mods.length - 1; k++) {
                    if (!a.description.contains(mods[k])) {
                        all = false;
                        break;
                    }
                }
                if (all) {
                    return new Speaker(SpeakerType.ANONYMOUS, a.description, null, a.plural, '?');
                }
            }
            // "the spokesman" after "White House spokesman John Kirby"
            Entity e = byRole(m.head(), tok);
            if (e != null) {
                return person(e);
            }
        }
        return new Speaker(SpeakerType.ANONYMOUS, m.core(), null, m.plural(), '?');
    }

    private Entity byRole(String role, int tok) {
        Entity best = null;
        int bestPos = -1;
        for (Entity e : entityList) {
            if (!e.roles.contains(role)) {
                continue;
            }
            for (int m : e.mentions) {
                if (m < tok && m > bestPos) {
                    bestPos = m;
                    best = e;
                }
            }
        }
        return best;
    }

    /**
     * "he"/"she": a person in subject position earlier in the same sentence, else the subject of the nearest
     * earlier sentence that is compatible (sentences whose subject is the same pronoun continue the chain).
     * "they" → the latest plural source; "it" → the latest organisation subject.
     */
    private Speaker pronoun(String p, int s, int tok) {
        char g = p.equals("he") ? 'm' : p.equals("she") ? 'f' : '?';
        boolean personal = g != '?';
        int ss = layout.sentenceStart(s);
        if (personal) {
            Speaker inSentence = null;
            int st = finder.subjectStart(ss, tok);
            for (int k = Math.max(st, tok - AttributionFinder.WINDOW); k < tok; k++) {
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
                    Entity e = personEntity(m, m.last());
                    if (e != null && compatible(e, g)) {
                        inSentence = person(e);
                    }
                }
            }
            if (inSentence != null) {
                learn(inSentence, g);
                return inSentence;
            }
        }
        int para = layout.sentenceParagraph(s);
        for (int k = s - 1; k >= 0 && k >= s - 8; k--) {
            if (para - layout.sentenceParagraph(k) > 3) {
                break;
            }
            Speaker subj = subjectOf(k);
            if (subj == null) {
                continue;
            }
            if (personal) {
                if (subj.kind() == SpeakerType.PERSON && compatible(subj.entity(), g)) {
                    learn(subj, g);
                    return subj;
                }
                if (subj.kind() == SpeakerType.ANONYMOUS && !subj.plural()) {
                    return subj;
                }
            } else if (p.equals("they")) {
                if (subj.kind() == SpeakerType.ANONYMOUS && subj.plural()) {
                    return subj;
                }
            } else if (p.equals("it")) {
                if (subj.kind() == SpeakerType.ORGANISATION) {
                    return subj;
                }
            }
        }
        return Speaker.UNKNOWN;
    }

    /** The person subject of one of the {@code back} sentences before {@code s}, nearest first, or null. */
    private Speaker salientPerson(int s, int back) {
        for (int k = s - 1; k >= 0 && k >= s - back; k--) {
            Speaker subj = subjectOf(k);
            if (subj != null && subj.kind() == SpeakerType.PERSON) {
                return subj;
            }
            if (subj != null && !subj.isPronounMarker()) {
                return null;
            }
        }
        return null;
    }

    private static boolean compatible(Entity e, char g) {
        return e == null || e.gender == '?' || e.gender == g;
    }

    private static void learn(Speaker sp, char g) {
        if (sp.entity() != null && sp.entity().gender == '?') {
            sp.entity().gender = g;
        }
    }

    /** Records the speaker of an attributed quote as its sentence's subject, for later pronouns. */
    void noteSentenceSpeaker(int s, Speaker sp) {
        if (sentenceSpeaker[s] == null && sp != null && sp.kind() != SpeakerType.UNKNOWN) {
            sentenceSpeaker[s] = sp;
        }
    }

    /** Who sentence {@code s} is about: its quote's speaker, the subject of its first cue verb, or its subject. */
    private Speaker subjectOf(int s) {
        if (sentenceSpeaker[s] != null) {
            return sentenceSpeaker[s];
        }
        if (subjectDone[s]) {
            return subjectCache[s];
        }
        subjectDone[s] = true;
        int ss = layout.sentenceStart(s);
        int se = layout.sentenceEnd(s);
        Mention m = null;
        for (int v = ss; v < se && m == null; v++) {
            if (finder.isCue(v)) {
                m = finder.subjectBefore(ss, v);
            }
        }
        if (m == null) {
            m = finder.sentenceSubject(ss, se);
        }
        Speaker out = null;
        if (m != null) {
            if (m.type() == Mention.Type.PRONOUN) {
                out = m.gender() == '?' ? null : Speaker.pronoun(m.gender());
            } else {
                Speaker r = resolve(m, s, m.first());
                out = r.kind() == SpeakerType.UNKNOWN ? null : r;
            }
        }
        if (out == null) {
            out = onlyPersonIn(ss, se);
        }
        subjectCache[s] = out;
        return out;
    }

    /**
     * A sentence without a recognisable subject is still about a person when it names exactly one
     * ("For Nwosu, the work goes on."); two or more names make it ambiguous.
     */
    private Speaker onlyPersonIn(int ss, int se) {
        Entity only = null;
        for (int t = ss; t < se; t++) {
            Tok tok = toks.get(t);
            if (!NameParser.isNameToken(tok)
                    || t + 1 < se && NameParser.isNameToken(toks.get(t + 1)) && !tok.isPossessive()) {
                continue;
            }
            Mention m = parser.parseName(toks, ss, t);
            Entity e = m == null ? null : personEntity(m, t);
            if (e == null) {
                continue;
            }
            if (only != null && only != e) {
                return null;
            }
            only = e;
        }
        return only == null ? null : person(only);
    }

    /**
     * The subject of sentence {@code s} (see {@link #subjectOf}) with a pronoun subject resolved, for callers
     * deciding by context; null when there is none.
     */
    Speaker resolvedSubject(int s) {
        Speaker subj = subjectOf(s);
        if (subj == null || !subj.isPronounMarker()) {
            return subj;
        }
        int ss = layout.sentenceStart(s);
        int se = layout.sentenceEnd(s);
        Mention m = finder.sentenceSubject(ss, se);
        if (m == null || m.type() != Mention.Type.PRONOUN) {
            for (int v = ss; v < se && (m == null || m.type() != Mention.Type.PRONOUN); v++) {
                if (finder.isCue(v)) {
                    m = finder.subjectBefore(ss, v);
                }
            }
        }
        if (m == null || m.type() != Mention.Type.PRONOUN) {
            return null;
        }
        Speaker r = pronoun(m.core(), s, m.first());
        return r.kind() == SpeakerType.UNKNOWN ? null : r;
    }

    /** Whether sentence {@code s} reports speech: it has a cue verb outside quotations. */
    boolean hasCue(int s) {
        for (int v = layout.sentenceStart(s); v < layout.sentenceEnd(s); v++) {
            if (finder.isCue(v)) {
                return true;
            }
        }
        return false;
    }

    /**
     * An unnamed source later identified by name ("a spokesperson for Iran’s foreign ministry" … "Nasser
     * Kanaani, the spokesperson for Iran’s foreign ministry"): the one person whose apposition or title says
     * exactly the same thing, or null.
     */
    Speaker identify(Speaker anon) {
        if (anon.kind() != SpeakerType.ANONYMOUS || anon.plural()) {
            return null;
        }
        String d = TextNormalizer.normalize(anon.name());
        Entity found = null;
        for (Entity e : entityList) {
            for (String a : e.appositions) {
                if (a.equals(d)) {
                    if (found != null && found != e) {
                        return null;
                    }
                    found = e;
                }
            }
        }
        return found == null ? null : person(found);
    }

    /**
     * The delayed lede: "A blind woman whose guide dog was taken … has said …" in the opening paragraph, and
     * the next paragraph opens with the person's full name ("Margaret Dunn, 67, had let …"). Only for a
     * singular, indefinite description of a private person (not a source or official).
     */
    Speaker identifyLede(Mention m, int s) {
        if (m.type() != Mention.Type.ANON || m.definite() || m.plural() || !Lexicon.PERSON_NOUNS.contains(m.head())) {
            return null;
        }
        int para = layout.sentenceParagraph(s);
        if (para > 2) {
            return null;
        }
        for (int k = s + 1; k < layout.sentences.size(); k++) {
            int p = layout.sentenceParagraph(k);
            if (p == para) {
                continue;
            }
            if (p > para + 1) {
                return null;
            }
            Mention subj = finder.sentenceSubject(layout.sentenceStart(k), layout.sentenceEnd(k));
            if (subj != null && subj.type() == Mention.Type.PERSON_NAME && subj.coreWords() >= 2) {
                Entity e = personEntity(subj, subj.last());
                if (e != null
                        && e.mentions.stream().mapToInt(Integer::intValue).min().orElse(-1) == subj.last()) {
                    return person(e); // the first time this person is named
                }
            }
            return null;
        }
        return null;
    }
}
