package news.verbatim.extract;

import java.util.List;
import java.util.Set;

/**
 * Finds the subject of a cue verb, and of a sentence, in the tokens outside quotations: the phrase right
 * before the verb, a name in apposition, the sentence's own subject past connectives and an introductory
 * adverbial. The phrases themselves are parsed by {@link NameParser}.
 *
 * <pre>{@code
 * SubjectFinder subjects = new SubjectFinder(layout, parser);
 * if (subjects.isCue(v)) {
 *     Mention who = subjects.subjectBefore(layout.sentenceStart(s), v); // null: the caller decides
 * }
 * }</pre>
 */
final class SubjectFinder {

    /** How many tokens around a quote or verb attribution patterns may span; bounds the work per quote. */
    static final int WINDOW = 60;

    /** How many gap words ("later", "in his statement Friday") may stand between a subject and its verb. */
    private static final int MAX_GAP_WORDS = 8;

    /** How many words a preposition-led phrase in the gap may have ("in a CNN interview"). */
    private static final int MAX_PREPOSITION_PHRASE = 5;

    /** How far into a sentence an introductory adverbial may reach its comma ("In Lebanon, …"). */
    private static final int MAX_INTRO_TOKENS = 22;

    /** How many tokens a description or an apposition between commas may have. */
    private static final int MAX_APPOSITION_TOKENS = 8;

    /** How far back from a cue verb "a statement from X" is looked for. */
    private static final int MAX_DOCUMENT_TOKENS = 12;

    /** "went on to say": the speaker goes on, the verb after them is the cue. */
    private static final Set<String> GOES_ON = Set.of("went", "goes", "go", "going");

    private final List<Tok> toks;
    private final NameParser parser;
    private final GroupFinder groups;

    SubjectFinder(ArticleLayout layout, NameParser parser) {
        this.toks = layout.tokens;
        this.parser = parser;
        this.groups = new GroupFinder(layout.tokens, parser);
    }

    /** The article's group finder, shared by the stages that read groups (it keeps no state). */
    GroupFinder groups() {
        return groups;
    }

    /**
     * Several named people joined by "and" filling the subject from {@code st} to {@code e} (a comma closing an
     * apposition right before the verb is left out), or null.
     */
    Mention groupSubject(int st, int e) {
        int end = e >= st && toks.get(e).isPunct(",") ? e - 1 : e;
        return groups.groupIn(st, end);
    }

    /** True when the word at {@code i} is a cue verb used as a verb (not "the claims", "his calls"). */
    /** Cue verbs that, before "to", say no speech: "continued to have", "added to the pressure". */
    private static final Set<String> NOT_SPEECH_BEFORE_TO =
            Set.of("continue", "continues", "continued", "add", "adds", "added");

    boolean isCue(int i) {
        Tok t = toks.get(i);
        if (t.isWord() && isDocumentReading(i)) {
            return true; // "“…,” the statement read."
        }
        if (!t.isWord() || !Lexicon.CUE_VERBS.contains(t.lower())) {
            return false;
        }
        if (i + 1 < toks.size() && toks.get(i + 1).lower().equals("to") && NOT_SPEECH_BEFORE_TO.contains(t.lower())) {
            return false; // "Hartley continued to have his full confidence", "the delay added to the anger"
        }
        return !(i > 0
                && toks.get(i - 1).isWord()
                && Lexicon.NOUN_DETERMINERS.contains(toks.get(i - 1).lower()));
    }

    /**
     * "the statement read", "the letter reads": a document's wording reported with "read", which says speech only
     * after a document noun ("Read more", "she read the report" say none).
     */
    private boolean isDocumentReading(int i) {
        String l = toks.get(i).lower();
        if (!(l.equals("read") || l.equals("reads"))
                || i < 2
                || !toks.get(i - 1).isWord()
                || toks.get(i - 1).isCap()
                || !Lexicon.DOCUMENT_NOUNS.contains(toks.get(i - 1).lower())) {
            return false;
        }
        // "a statement read to the court said": a participle, with the verb still to come
        boolean clauseEnds = i + 1 >= toks.size() || !toks.get(i + 1).isWord();
        return clauseEnds && toks.get(i - 2).lower().equals("the");
    }

    /** Whether the tokens [{@code from}, {@code to}) hold a cue verb: the sentence there reports speech. */
    boolean hasCue(int from, int to) {
        for (int v = from; v < to; v++) {
            if (isCue(v)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The subject of the cue verb at {@code v}, looking back to the sentence start {@code ss}: the phrase right
     * before the verb (past adverbs and time phrases: "Biden later told", "Gallant in his statement Friday
     * said"), a name in apposition right before the verb ("Its general secretary, Professor Nicola Ranger,
     * said"), a phrase followed by an apposition or relative clause ("Nasser Kanaani, the spokesperson …,
     * warned", "Austin, who … reiterated"), or the sentence's own subject ("Biden spoke … and told him").
     * Null when none of these holds (then the caller decides, e.g. for participles).
     */
    Mention subjectBefore(int ss, int v) {
        // "A statement from the Saudi foreign ministry said": the document's author speaks.
        for (int k = v - 2; k > ss && k >= v - MAX_DOCUMENT_TOKENS; k--) {
            String l = toks.get(k).lower();
            if ((l.equals("from") || l.equals("by"))
                    && Lexicon.DOCUMENT_NOUNS.contains(toks.get(k - 1).lower())) {
                Mention author = parser.parseForward(toks, k + 1, v);
                if (author != null && author.last() == v - 1) {
                    return author;
                }
                break;
            }
        }
        // "A, B and C said", "his parents, Paul and Denise Brennan, said": the group, never its last member.
        Mention group = groupSubject(subjectStart(ss, v), skipGapBackward(ss, v - 1));
        if (group != null) {
            return group;
        }
        // An unnamed source with a postmodifier reaches the verb itself ("a senior US official focused on the
        // Middle East said"): try it before skipping what looks like a time or place phrase.
        // An auxiliary or adverb right before the verb is a gap, never the end of the description ("Residents
        // of Soshanguve have accused").
        if (v - 1 >= ss
                && toks.get(v - 1).isWord()
                && !Lexicon.GAP_WORDS.contains(toks.get(v - 1).lower())) {
            Mention raw = parser.parseBackward(toks, ss, v - 1);
            if (raw != null && raw.type() == Mention.Type.ANON) {
                return raw;
            }
        }
        int e = skipGapBackward(ss, v - 1);
        if (e >= ss && toks.get(e).isWord() && !toks.get(e).isPossessive()) {
            Mention m = parser.parseBackward(toks, ss, e);
            if (m != null && !(m.type() == Mention.Type.PRONOUN && isObjectPronoun(e))) {
                return m;
            }
        }
        int st = subjectStart(ss, v);
        if (e - 2 > st
                && toks.get(e).isPunct(",")
                && toks.get(e - 2).isPunct(",")
                && Character.isDigit(toks.get(e - 1).text().charAt(0))) {
            e -= 2; // "Mrs Okonjo's daughter, Adaeze Okonjo, 39, said": the age is not part of the apposition
        }
        // "Its general secretary, Professor Nicola Ranger, said", "The owners of the Elms, Bramley Care Group,
        // said": a name in apposition right before the verb names the subject.
        if (e > st && toks.get(e).isPunct(",")) {
            int c1 = e - 1;
            while (c1 >= st && c1 > e - WINDOW && !toks.get(c1).isPunct(",")) {
                c1--;
            }
            Mention named = fullNamedPhrase(c1 + 1, e);
            if (named == null && c1 >= st && introducesRelative(st, c1)) {
                // "His wife of 55 years, Margaret, said": a relative named by first name.
                Mention first = parser.parseForward(toks, c1 + 1, e);
                named = first != null && first.type() == Mention.Type.PERSON_NAME && first.last() == e - 1
                        ? first
                        : null;
            }
            // …unless the phrase before is itself the name ("Nasser Kanaani, the spokesperson …, warned").
            if (named != null && c1 >= st && !isNamedPhrase(parser.parseForward(toks, st, c1), c1)) {
                return named;
            }
        }
        if (st < v) {
            // "Jake and Amber Loftus, whose daughter …, said": the pair before the apposition, not its first name.
            int comma = st;
            while (comma < v && !toks.get(comma).isPunct(",")) {
                comma++;
            }
            Mention pair = comma < v ? groups.groupIn(st, comma - 1) : null;
            if (pair != null) {
                return pair;
            }
            // "Name, apposition, verb", "Name, who …, verb" and "Name began by saying"
            Mention first = parser.parseForward(toks, st, v);
            if (first != null) {
                int after = first.last() + 1;
                boolean appos = after < v && toks.get(after).isPunct(",");
                if (appos && !isNamedPhrase(first, after)) {
                    // "The chair of the committee, Henrik Aalto, a Finnish biologist who …, described": the
                    // name right after the description, not the description, is the subject.
                    Mention named = nameBetweenCommas(after, v);
                    if (named != null) {
                        return named;
                    }
                }
                if (appos || onlyPredicateBetween(after, v)) {
                    return first;
                }
            }
        }
        // "The chair of the lake basin's scientific committee, Henrik Aalto, a Finnish biologist who has advised
        // the three governments since 2019, described …": a description, the name, then a long second
        // apposition; without this the cue had no subject and a fragment fell back to the previous speaker.
        Mention described = nameAfterOpeningDescription(st, v);
        if (described != null) {
            return described;
        }
        Mention roleNamed = nameAfterRoleWords(st, v);
        if (roleNamed != null) {
            return roleNamed;
        }
        // Participles ("…,” adding …) and passives have no subject of their own: the caller decides.
        return null;
    }

    /**
     * The full name between the first two commas of the subject region [st, v) when what precedes it is a
     * plain description ("The chair of …", "Tanzania's deputy minister for …"), or null.
     */
    private Mention nameAfterOpeningDescription(int st, int v) {
        int c1 = st;
        while (c1 < v && c1 <= st + MAX_APPOSITION_TOKENS + 2 && !toks.get(c1).isPunct(",")) {
            Tok t = toks.get(c1);
            if (!t.isWord() && !t.isPunct("-") || isCue(c1)) {
                return null;
            }
            c1++;
        }
        if (c1 >= v || c1 == st || !toks.get(c1).isPunct(",") || !opensDescription(toks.get(st))) {
            return null;
        }
        Mention named = nameBetweenCommas(c1, v);
        return named != null && !isNamedPhrase(parser.parseForward(toks, st, c1), c1) ? named : null;
    }

    /**
     * "Former British number one Laura Denning, commentating for Eurosport, called …": role words run straight
     * into a full name that ends at the first comma of the subject region [st, v); the name, or null.
     */
    private Mention nameAfterRoleWords(int st, int v) {
        int c1 = st;
        while (c1 < v && c1 <= st + MAX_APPOSITION_TOKENS && !toks.get(c1).isPunct(",")) {
            if (!toks.get(c1).isWord() || isCue(c1)) {
                return null;
            }
            c1++;
        }
        if (c1 >= v || c1 - 1 <= st || !toks.get(c1).isPunct(",")) {
            return null;
        }
        Mention m = parser.parseBackward(toks, st, c1 - 1);
        return m != null && m.type() == Mention.Type.PERSON_NAME && m.coreWords() >= 2 && m.first() > st ? m : null;
    }

    /**
     * "The", "A", "An", a possessive ("Tanzania's") or a possessive pronoun ("Their son, Mark Pascoe, who …"):
     * the words that open a description of a person.
     */
    private static boolean opensDescription(Tok t) {
        String l = t.lower();
        return l.equals("the")
                || l.equals("a")
                || l.equals("an")
                || l.equals("his")
                || l.equals("her")
                || l.equals("their")
                || t.isPossessive();
    }

    /**
     * The subject of a sentence without a cue verb, read from its start: the first phrase, or the name in
     * apposition after a description ("Her colleague, Joseph Kamau, who …, was more blunt").
     */
    Mention sentenceSubject(int ss, int se) {
        int st = subjectStart(ss, se);
        int c1 = st;
        while (c1 < se && c1 < st + MAX_APPOSITION_TOKENS && !toks.get(c1).isPunct(",")) {
            c1++;
        }
        if (c1 > st && c1 < se && toks.get(c1).isPunct(",")) {
            int c2 = c1 + 1;
            while (c2 < se && c2 < c1 + MAX_APPOSITION_TOKENS && !toks.get(c2).isPunct(",")) {
                c2++;
            }
            if (c2 < se) {
                Mention named = fullNamedPhrase(c1 + 1, c2);
                if (named != null && !isNamedPhrase(parser.parseForward(toks, st, c1), c1)) {
                    // "Tanzania's deputy minister for fisheries, Amina Salum Juma, who …, welcomed it": the
                    // description before the name is not the subject, the person is.
                    return named;
                }
            }
        }
        Mention first = parser.parseForward(toks, st, se);
        if (first != null) {
            int after = first.last() + 1;
            if (!(after < se && toks.get(after).isWord() && toks.get(after).isPossessive())) {
                return first;
            }
        }
        return null;
    }

    /** Whether the tokens [a, b) hold a family word ("his wife of 55 years", "her son"). */
    private boolean introducesRelative(int a, int b) {
        for (int k = a; k < b; k++) {
            if (toks.get(k).isWord()
                    && Lexicon.RELATION_NOUNS.contains(toks.get(k).lower())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the "of" at {@code of} follows a name that can be a person's ("Rachel Dunne of Durham
     * Constabulary"), not an institution word whose name goes on after it ("the Royal Society of Field
     * Entomologists", "the Diocese of Newcastle").
     */
    private boolean personBeforeOf(int of) {
        Tok before = toks.get(of - 1);
        return before.nameLike() && !(before.isCap() && Lexicon.ORG_WORDS.contains(before.lower()));
    }

    /** Whether {@code m} is a person's name or an organisation ending right before token {@code end}. */
    private static boolean isNamedPhrase(Mention m, int end) {
        return m != null
                && m.last() == end - 1
                && (m.type() == Mention.Type.PERSON_NAME || m.type() == Mention.Type.ORG);
    }

    /** A full name between the comma at {@code comma} and the next comma before {@code v}, or null. */
    private Mention nameBetweenCommas(int comma, int v) {
        int c2 = comma + 1;
        while (c2 < v && c2 <= comma + MAX_APPOSITION_TOKENS && !toks.get(c2).isPunct(",")) {
            c2++;
        }
        if (c2 >= v || !toks.get(c2).isPunct(",")) {
            return null;
        }
        Mention named = fullNamedPhrase(comma + 1, c2);
        return named != null && named.type() == Mention.Type.PERSON_NAME ? named : null;
    }

    /** A personal name of two words or more, or an organisation, filling exactly the tokens [a, b). */
    private Mention fullNamedPhrase(int a, int b) {
        if (a >= b) {
            return null;
        }
        Mention m = parser.parseForward(toks, a, b);
        if (m != null && m.type() == Mention.Type.PERSON_NAME && m.coreWords() >= 2 && personOf(m, b)) {
            return m; // "The family's solicitor, Rhiannon Vale of Garside Law, said": the person of a firm
        }
        if (m == null || m.last() != b - 1) {
            return null;
        }
        if (m.type() == Mention.Type.PERSON_NAME && m.coreWords() >= 2 || m.type() == Mention.Type.ORG) {
            return m;
        }
        return null;
    }

    /** Whether "of" and an organisation's name ending right before {@code b} follow the name {@code m}. */
    private boolean personOf(Mention m, int b) {
        int of = m.last() + 1;
        if (of + 1 >= b || !toks.get(of).lower().equals("of")) {
            return false;
        }
        Mention org = parser.parseBackward(toks, of + 1, b - 1);
        // A firm named after people ("Garside Law", "Hartley Partners") parses like a name: either will do.
        return org != null
                && (org.type() == Mention.Type.ORG || org.type() == Mention.Type.PERSON_NAME)
                && org.first() == of + 1
                && org.last() == b - 1;
    }

    /**
     * Between the sentence subject and the cue verb stands only its own predicate ("Nasrallah began by saying",
     * "Biden spoke to … and told him"), not another clause with a new subject ("…, and the Pentagon said").
     */
    private boolean onlyPredicateBetween(int from, int v) {
        for (int k = from; k < v; k++) {
            Tok t = toks.get(k);
            if (t.isQuote()) {
                return false;
            }
            if (t.isWord()
                    && (t.lower().equals("that")
                            || t.lower().equals("who")
                            || t.lower().equals("which"))) {
                // "X said that Y told …": the later verb has its own subject.
                return false;
            }
            if (t.isWord() && Lexicon.CUE_VERBS.contains(t.lower()) && k != v) {
                return false;
            }
        }
        return true;
    }

    private boolean isObjectPronoun(int i) {
        return i > 0
                && toks.get(i - 1).isWord()
                && Lexicon.ADDRESS_VERBS.contains(toks.get(i - 1).lower());
    }

    /** The most capitalised words a label before a colon has ("Delmore State:"). */
    private static final int MAX_LABEL_WORDS = 3;

    /** The first token of a sentence's subject: past connectives and an introductory adverbial + comma. */
    int subjectStart(int ss, int limit) {
        int k = ss;
        while (k < limit
                && (toks.get(k).kind() == Tok.Kind.PUNCT && !toks.get(k).isQuote()
                        || toks.get(k).isWord()
                                && Lexicon.LEADING_CONNECTIVES.contains(
                                        toks.get(k).lower()))) {
            k++;
        }
        // "Eastbrook: Oakes has scored …": a team or section label before a colon that no quote follows.
        int colon = k;
        while (colon < limit
                && colon - k < MAX_LABEL_WORDS
                && toks.get(colon).isWord()
                && toks.get(colon).isCap()) {
            colon++;
        }
        if (colon > k
                && colon + 1 < limit
                && toks.get(colon).isPunct(":")
                && toks.get(colon + 1).isWord()
                && clauseFollows(colon + 1, limit)) {
            k = colon + 1;
        }
        if (k < limit
                && toks.get(k).isWord()
                && Lexicon.INTRO_WORDS.contains(toks.get(k).lower())) {
            for (int c = k + 1; c < Math.min(limit, k + MAX_INTRO_TOKENS); c++) {
                Tok t = toks.get(c);
                if (t.isQuote()) {
                    break;
                }
                if (t.isPunct(",")) {
                    return c + 1;
                }
            }
        }
        return k;
    }

    /** Whether a lower-case word follows in [a, limit): a clause ("Oakes has scored"), not a credit ("Louise Kennerley"). */
    private boolean clauseFollows(int a, int limit) {
        for (int k = a; k < limit; k++) {
            if (toks.get(k).isQuote()) {
                return false;
            }
            if (toks.get(k).isWord() && !toks.get(k).isCap()) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Later on Thursday the city council said": the phrase from the preposition at {@code p} to {@code k} is a
     * time ("on Thursday") and then the subject, which starts at the determiner after the calendar word.
     */
    private boolean timeThenSubject(int p, int k) {
        for (int d = p + 2; d <= k; d++) {
            String dl = toks.get(d).lower();
            boolean determiner = dl.equals("the") || dl.equals("a") || dl.equals("an");
            if (determiner && Lexicon.CALENDAR.contains(toks.get(d - 1).lower())) {
                return true;
            }
        }
        return false;
    }

    /** Steps back from {@code e} over adverbs, auxiliaries and time or place phrases to the subject's end. */
    int skipGapBackward(int from, int e) {
        int k = e;
        int skipped = 0;
        while (k >= from && skipped < MAX_GAP_WORDS) {
            Tok t = toks.get(k);
            if (!t.isWord()) {
                break;
            }
            String l = t.lower();
            if (l.equals("to")
                    && k - 2 >= from
                    && toks.get(k - 1).lower().equals("on")
                    && GOES_ON.contains(toks.get(k - 2).lower())) {
                k -= 3; // "she went on to say"
                skipped += 3;
                continue;
            }
            if (Lexicon.GAP_WORDS.contains(l)
                    || Lexicon.CALENDAR.contains(l)
                    // a number is a gap ("said on May 12"), an age epithet is the subject ("the 28-year-old said")
                    || Character.isDigit(t.text().charAt(0)) && !l.endsWith("-year-old")) {
                k--;
                skipped++;
                continue;
            }
            // "in his statement", "in a CNN interview", "in Washington": a preposition-led phrase
            int p = k;
            while (p > from && p > k - MAX_PREPOSITION_PHRASE && toks.get(p).isWord()) {
                String pl = toks.get(p).lower();
                if (pl.equals("in")
                        || pl.equals("at")
                        || pl.equals("on")
                        || pl.equals("from")
                        || pl.equals("during")
                        || pl.equals("of") && p > from && personBeforeOf(p)) {
                    break; // "Gallant in his statement Friday", "Inspector Rachel Dunne of Durham Constabulary"
                }
                p--;
            }
            if (p < k && p >= from && toks.get(p).isWord() && !timeThenSubject(p, k)) {
                String pl = toks.get(p).lower();
                if ((pl.equals("in")
                                || pl.equals("at")
                                || pl.equals("on")
                                || pl.equals("from")
                                || pl.equals("during")
                                || pl.equals("of") && personBeforeOf(p))
                        && p > from) {
                    skipped += k - p + 1;
                    k = p - 1;
                    continue;
                }
            }
            break;
        }
        return k;
    }
}
