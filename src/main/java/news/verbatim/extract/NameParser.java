package news.verbatim.extract;

import java.util.List;

/**
 * Parses the noun phrase that names a speaker: a personal name with its titles and honorifics
 * ("Hezbollah leader Sayyed Hassan Nasrallah" → core "Hassan Nasrallah"), an organisation ("the Israel Defense
 * Forces"), an unnamed source ("a prominent Lebanese source close to Hezbollah"), a definite description that
 * points back ("the official", "the mayor", "the council") or a pronoun.
 *
 * <p>Names are parsed right to left from the word next to the cue verb, because the end of a subject is where
 * the evidence is (the verb) while its start may be anywhere in a long title. The parser only looks at word
 * shapes and the lists in {@link Lexicon}; deciding which person a name refers to is {@link SpeakerResolver}'s job.
 * Descriptions (unnamed sources, "the mayor") are parsed by {@link DescriptionParser}.
 */
final class NameParser {

    /** A personal name never has more words than this (not counting particles). */
    private static final int MAX_CORE = 4;

    /** The longest subject phrase {@link #parseForward} tries. */
    private static final int MAX_PHRASE_TOKENS = 16;

    /** How many lower-case words a role phrase before a name may have ("senior policy analyst"). */
    private static final int MAX_ROLE_MODIFIERS = 3;

    /** How far back a capitalised run is searched for an organisation word. */
    private static final int MAX_ORG_RUN = 8;

    /** Titles and organisation names are never longer than this; bounds the walk back. */
    private static final int MAX_TITLE_TOKENS = 12;

    private final DescriptionParser descriptions = new DescriptionParser();

    /** Parses the phrase ending at token {@code last} (inclusive), not reaching before {@code from}. */
    Mention parseBackward(List<Tok> toks, int from, int last) {
        if (last < from || last >= toks.size()) {
            return null;
        }
        Tok t = toks.get(last);
        if (!t.isWord()) {
            return null;
        }
        if (Lexicon.PRONOUNS.contains(t.lower())) {
            return new Mention(
                    Mention.Type.PRONOUN,
                    last,
                    last,
                    t.lower(),
                    t.text(),
                    false,
                    Gender.ofPronoun(t.lower()),
                    false,
                    t.lower());
        }
        Mention anon = descriptions.parseAnonymous(toks, from, last);
        if (anon != null) {
            return anon;
        }
        Mention ref = descriptions.parseDefiniteRef(toks, from, last);
        if (ref != null) {
            return ref;
        }
        Mention groupRef = descriptions.parseGroupRef(toks, from, last);
        if (groupRef != null) {
            return groupRef;
        }
        if (t.isCap() && !t.isPossessive()) {
            if (isNameToken(t) && !runHasOrgWord(toks, from, last)) {
                Mention name = parseName(toks, from, last);
                if (name != null) {
                    return name;
                }
            }
            return parseOrg(toks, from, last);
        }
        return null;
    }

    /**
     * Parses the phrase starting at token {@code first} and ending before {@code limit}: the longest phrase
     * that {@link #parseBackward} accepts as starting at {@code first} (or one word later, for "the").
     */
    Mention parseForward(List<Tok> toks, int first, int limit) {
        if (first >= limit || first >= toks.size()) {
            return null;
        }
        Tok t = toks.get(first);
        if (t.isWord() && Lexicon.PRONOUNS.contains(t.lower())) {
            return parseBackward(toks, first, first);
        }
        int max = first;
        while (max < limit && max < toks.size() && max - first < MAX_PHRASE_TOKENS) {
            Tok x = toks.get(max);
            if (!x.isWord()
                    || Lexicon.CUE_VERBS.contains(x.lower()) && max > first
                    || x.lower().equals("according")
                    || x.lower().equals("who")) {
                break;
            }
            max++;
        }
        for (int e = max - 1; e >= first; e--) {
            Mention m = parseBackward(toks, first, e);
            if (m != null && m.first() <= first + (toks.get(first).lower().equals("the") ? 1 : 0)) {
                return m;
            }
        }
        return null;
    }

    /**
     * Whether the capitalised run ending at {@code last} ("Department of Health and Social Care") contains an
     * organisation word, which makes the whole run an organisation rather than a name. The walk stops at a
     * title word, so "White House Press Secretary Katherine Jean-Pierre" stays a person.
     */
    private static boolean runHasOrgWord(List<Tok> toks, int from, int last) {
        for (int k = last - 1; k >= from && k >= last - MAX_ORG_RUN; k--) {
            Tok x = toks.get(k);
            String l = x.lower();
            if (x.isCap()) {
                if (Lexicon.TITLE_WORDS.contains(l) || Lexicon.HONORIFICS.contains(l)) {
                    return false;
                }
                if (Lexicon.ORG_WORDS.contains(l)) {
                    return true;
                }
            } else if (l.equals("of") || l.equals("for")) {
                // "Journal of Population Screening", "Frontiers of Deep-Sea Biology": a personal name never
                // has "of" inside it, only titles do ("Secretary of State", stopped above).
                if (k > from
                        && toks.get(k - 1).isCap()
                        && !Lexicon.TITLE_WORDS.contains(toks.get(k - 1).lower())) {
                    return true;
                }
            } else if (!(l.equals("and") || l.equals("&"))) {
                return false;
            }
        }
        return false;
    }

    /** A capitalised word that can be part of a personal name. */
    static boolean isNameToken(Tok t) {
        return t.nameLike();
    }

    /** The rule behind {@link #isNameToken}, applied once per token by {@link Tok#of}. */
    static boolean nameLike(String word, String lw) {
        if (!Character.isUpperCase(word.charAt(0))
                && !lw.startsWith("al-")
                && !lw.startsWith("el-")
                && !lw.startsWith("bin-")) {
            return false;
        }
        String text = lw.endsWith("'s")
                ? word.substring(0, word.length() - 2)
                : lw.endsWith("s'") ? word.substring(0, word.length() - 1) : word;
        if (text.isEmpty()) {
            return false;
        }
        int cp = text.codePointAt(0);
        if (!Character.isUpperCase(cp)) {
            return text.startsWith("al-") || text.startsWith("el-") || text.startsWith("bin-");
        }
        String l = Lexicon.lower(text);
        if (Lexicon.TITLE_WORDS.contains(l)
                || Lexicon.HONORIFICS.contains(l)
                || Lexicon.DEMONYMS.contains(l)
                || Lexicon.CALENDAR.contains(l)
                || Lexicon.NON_NAME_CAPS.contains(l)
                || Lexicon.ORG_WORDS.contains(l)
                || Lexicon.PLACES.contains(l)
                || Lexicon.CUE_VERBS.contains(l)) {
            return false;
        }
        if (text.length() >= 2 && isAllCaps(text) && !Lexicon.NAME_SUFFIXES.contains(l)) {
            return false; // IDF, NATO, CNN
        }
        return Character.isLetter(cp);
    }

    static boolean isAllCaps(String s) {
        boolean letter = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            letter |= Character.isLetter(c);
        }
        return letter;
    }

    Mention parseName(List<Tok> toks, int from, int last) {
        int k = last;
        int words = 0;
        while (k >= from) {
            Tok x = toks.get(k);
            boolean particle =
                    k < last && Lexicon.NAME_PARTICLES.contains(x.lower()) && k > from && isNameToken(toks.get(k - 1));
            boolean suffix = k == last && Lexicon.NAME_SUFFIXES.contains(x.lower()) && k > from;
            if (k < last && x.isPossessive()) {
                break;
            }
            if (particle || suffix) {
                k--;
                continue;
            }
            if (!isNameToken(x) || words == MAX_CORE) {
                break;
            }
            words++;
            k--;
        }
        int coreStart = k + 1;
        if (words == 0) {
            return null;
        }
        // "Physiotherapist Lena Brandvold", "Fly-half Tom" at the start of a sentence: a capitalised role noun
        // is a title.
        if ((words >= 3
                        || words == 2
                                && Lexicon.ROLE_NOUNS.contains(
                                        toks.get(coreStart).lower()))
                && isCapitalisedRole(toks.get(coreStart))) {
            coreStart++;
            words--;
        }
        // "the Journal of Population Screening": capitalised words after "of" name an institution or a work.
        if (coreStart - 2 >= from
                && (toks.get(coreStart - 1).lower().equals("of")
                        || toks.get(coreStart - 1).lower().equals("for"))
                && toks.get(coreStart - 2).isCap()
                && !Lexicon.TITLE_WORDS.contains(toks.get(coreStart - 2).lower())) {
            return null;
        }
        // Honorifics right before the name: kept in the printed form, never in the canonical name.
        int h = coreStart - 1;
        Gender gender = Gender.UNKNOWN;
        while (h >= from && Lexicon.HONORIFICS.contains(toks.get(h).lower())) {
            gender = genderOf(toks.get(h).lower(), gender);
            h--;
        }
        int honorStart = h + 1;
        // Title prefix: titles, role words, descriptive capitalised words and possessives before the name.
        int p = h;
        boolean hasTitle = honorStart < coreStart;
        int floor = Math.max(from, h - MAX_TITLE_TOKENS);
        int modifiers = 0;
        while (p >= floor) {
            Tok x = toks.get(p);
            if (!x.isWord()) {
                break;
            }
            String l = x.lower();
            boolean title = Lexicon.TITLE_WORDS.contains(l) || Lexicon.HONORIFICS.contains(l);
            boolean descriptive = x.isCap() || Lexicon.DEMONYMS.contains(l);
            // "Secretary of State", "Ambassador to Israel" — but not "member of Prime Minister …", where a
            // lower-case role word governs a phrase that is itself a title.
            boolean joiner = (l.equals("of") || l.equals("to") || l.equals("for"))
                    && p > from
                    && p + 1 <= h
                    && toks.get(p - 1).isCap()
                    && toks.get(p + 1).isCap();
            // "shelter manager Teresa Obuya", "state forester Craig Lindqvist": lower-case role words and the
            // words qualifying them describe the person as surely as a capitalised title does.
            boolean role = !title && !descriptive && !joiner && isRoleWord(toks, p, h, modifiers);
            if (!title && !descriptive && !joiner && !role) {
                break;
            }
            if (role) {
                modifiers++;
                hasTitle = true;
                gender = genderOf(l, gender);
                p--;
                continue;
            }
            if (descriptive
                    && !title
                    && !isCapitalisedRole(x)
                    && isNameToken(x)
                    && !x.isPossessive()
                    && p + 1 < toks.size()
                    && isNameToken(toks.get(p + 1))
                    && p + 1 == coreStart) {
                break; // another name right before this one
            }
            if (title
                    || isCapitalisedRole(x)
                    || x.isPossessive()
                            && (Lexicon.PLACES.contains(Lexicon.lower(x.withoutPossessive())) || x.isCap())) {
                hasTitle = true;
                gender = genderOf(l, gender);
            }
            p--;
        }
        int prefixStart = p + 1;
        if (!hasTitle) {
            prefixStart = honorStart;
        }
        while (prefixStart < honorStart
                && Lexicon.TITLE_JOINERS.contains(toks.get(prefixStart).lower())) {
            prefixStart++;
        }
        // The prefix must not end with a capitalised word that is really the tail of another name.
        Tok lastTok = toks.get(last);
        String core = text(toks, coreStart, last, lastTok);
        String printed = text(toks, prefixStart, last, lastTok);
        boolean titled = prefixStart < coreStart;
        return new Mention(Mention.Type.PERSON_NAME, prefixStart, last, core, printed, titled, gender, false, null);
    }

    /**
     * Whether the lower-case word at {@code p} belongs to a role phrase before the name whose honorifics end at
     * {@code h}: a role noun right before the name ("forester", "goalkeeper"), or a word qualifying the
     * title or role word after it ("shelter manager", "senior analyst"), at most {@link #MAX_ROLE_MODIFIERS}.
     */
    private static boolean isRoleWord(List<Tok> toks, int p, int h, int modifiers) {
        Tok x = toks.get(p);
        String l = x.lower();
        if (modifiers >= MAX_ROLE_MODIFIERS
                || x.isPossessive()
                || !isLowerWord(x.text())
                || Lexicon.NOT_ROLE_WORDS.contains(l)
                || Lexicon.CUE_VERBS.contains(l)
                || Lexicon.GAP_WORDS.contains(l)
                || Lexicon.CALENDAR.contains(l)) {
            return false;
        }
        if (p == h) {
            return isRoleNoun(l) || Lexicon.TITLE_WORDS.contains(l);
        }
        String next = toks.get(p + 1).lower();
        // "central bank spokeswoman": a word qualifying the qualifier is accepted too, up to the limit.
        return modifiers > 0 || Lexicon.TITLE_WORDS.contains(next) || isRoleNoun(next);
    }

    /** A noun naming what a person is or does ("forester", "campaigner", "pharmacist", "volunteer"). */
    static boolean isRoleNoun(String l) {
        if (Lexicon.ROLE_NOUNS.contains(l) || Lexicon.PERSON_NOUNS.contains(l)) {
            return true;
        }
        if (l.length() < 5 || Lexicon.NOT_ROLE_WORDS.contains(l) || Lexicon.DEMONYMS.contains(l)) {
            return false;
        }
        return l.endsWith("er") || l.endsWith("or") || l.endsWith("ist") || l.endsWith("ian") || l.endsWith("eer");
    }

    private static boolean isCapitalisedRole(Tok t) {
        String l = t.lower();
        return isRoleNoun(l) && !Lexicon.MALE_FIRST_NAMES.contains(l) && !Lexicon.FEMALE_FIRST_NAMES.contains(l);
    }

    private static boolean isLowerWord(String w) {
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (!(Character.isLowerCase(c) || c == '-' && i > 0)) {
                return false;
            }
        }
        return true;
    }

    /** Whether the name ending at {@code last} is followed by ", which": an institution, since people take "who". */
    static boolean followedByWhich(List<Tok> toks, int last) {
        return last + 2 < toks.size()
                && toks.get(last + 1).isPunct(",")
                && toks.get(last + 2).lower().equals("which");
    }

    /** The capitalised words (possessives included) ending at {@code last}: "Patients' Voice Shropshire". */
    static String capitalisedRun(List<Tok> toks, int last) {
        int k = last;
        while (k > 0 && toks.get(k - 1).isWord() && toks.get(k - 1).isCap() && last - k < MAX_TITLE_TOKENS) {
            k--;
        }
        return text(toks, k, last, toks.get(last));
    }

    /** The gender a title or role word gives ("Mrs", "spokesman"), else {@code current}. */
    static Gender genderOf(String word, Gender current) {
        if (Lexicon.MALE_WORDS.contains(word)) {
            return Gender.MALE;
        }
        if (Lexicon.FEMALE_WORDS.contains(word)) {
            return Gender.FEMALE;
        }
        return current;
    }

    /** The text from token a to token b, without the possessive ending of {@code lastTok}. */
    private static String text(List<Tok> toks, int a, int b, Tok lastTok) {
        StringBuilder sb = new StringBuilder();
        for (int i = a; i <= b; i++) {
            if (i > a) {
                sb.append(' ');
            }
            Tok x = toks.get(i);
            sb.append(i == b ? x.withoutPossessive() : x.text());
        }
        return sb.toString();
    }

    /** Printed text from token a to token b exactly as in the article (keeps no-break spaces). */
    static String printed(String article, List<Tok> toks, int a, int b) {
        Tok last = toks.get(b);
        int end = last.start() + last.withoutPossessive().length();
        return article.substring(toks.get(a).start(), end);
    }

    private Mention parseOrg(List<Tok> toks, int from, int last) {
        Tok t = toks.get(last);
        String l = t.lower();
        if (Lexicon.CALENDAR.contains(l)
                || Lexicon.NON_NAME_CAPS.contains(l)
                || Lexicon.DEMONYMS.contains(l) && !isAllCaps(t.text())
                || Lexicon.TITLE_WORDS.contains(l)
                || Lexicon.HONORIFICS.contains(l)) {
            return null;
        }
        int k = last - 1;
        int floor = Math.max(from, last - MAX_TITLE_TOKENS);
        while (k >= floor) {
            Tok x = toks.get(k);
            String xl = x.lower();
            if (x.isCap()
                    && !x.isPossessive()
                    && !Lexicon.CALENDAR.contains(xl)
                    && !(Lexicon.NON_NAME_CAPS.contains(xl) && !xl.equals("new"))) {
                k--;
            } else if ((xl.equals("of") || xl.equals("for") || xl.equals("and") || xl.equals("&"))
                    && k > from
                    && toks.get(k - 1).isCap()) {
                k--;
            } else {
                break;
            }
        }
        int start = k + 1;
        boolean the = start - 1 >= from && toks.get(start - 1).lower().equals("the");
        String name = text(toks, start, last, t);
        return new Mention(
                Mention.Type.ORG, the ? start - 1 : start, last, name, name, false, Gender.UNKNOWN, the, null);
    }
}
