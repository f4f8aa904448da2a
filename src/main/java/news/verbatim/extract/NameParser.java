package news.verbatim.extract;

import java.util.List;
import java.util.Set;

/**
 * Parses the noun phrase that names a speaker: a personal name with its titles and honorifics
 * ("Hezbollah leader Sayyed Hassan Nasrallah" → core "Hassan Nasrallah"), an organisation ("the Israel Defense
 * Forces"), an unnamed source ("a prominent Lebanese source close to Hezbollah"), a definite description that
 * points back ("the official", "the mayor", "the council") or a pronoun.
 *
 * <p>Names are parsed right to left from the word next to the cue verb, because the end of a subject is where
 * the evidence is (the verb) while its start may be anywhere in a long title. The parser only looks at word
 * shapes and the lists in {@link Lexicon}; deciding which person a name refers to is {@link SpeakerResolver}'s job.
 * Descriptions (unnamed sources, "the mayor") are parsed by {@link DescriptionParser}, organisation names by
 * {@link OrganisationParser}; the word-shape tests all of them share are {@link NameShapes}.
 */
final class NameParser {

    /** A personal name never has more words than this (not counting particles). */
    private static final int MAX_CORE = 4;

    /** The longest subject phrase {@link #parseForward} tries. */
    private static final int MAX_PHRASE_TOKENS = 16;

    /** How many lower-case words a role phrase before a name may have ("senior policy analyst"). */
    private static final int MAX_ROLE_MODIFIERS = 3;

    /** The words for "detective" before a rank ("Det Con", "Detective Con"). */
    private static final Set<String> DETECTIVE = Set.of("det", "det.", "detective");

    /** "Con" after {@link #DETECTIVE}: the rank detective constable, which is also a first name elsewhere. */
    private static final Set<String> CONSTABLE = Set.of("con", "con.");

    private final DescriptionParser descriptions = new DescriptionParser();
    private final OrganisationParser organisations = new OrganisationParser();

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
        Mention kin = kinOfPronoun(toks, from, last);
        if (kin != null) {
            return kin;
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
        if (t.isCap() && Lexicon.POST_NOMINALS.contains(t.lower()) && last > from) {
            // "Barra Ó Fearghail SC, defending, said": the letters after the name belong to how it is printed
            Mention name = parseName(toks, from, last - 1);
            if (name != null && name.type() == Mention.Type.PERSON_NAME && name.last() == last - 1) {
                return new Mention(
                        Mention.Type.PERSON_NAME,
                        name.first(),
                        last,
                        name.core(),
                        name.printed(),
                        name.titled(),
                        name.gender(),
                        false,
                        null);
            }
        }
        if (t.isCap() && !t.isPossessive()) {
            if (NameShapes.isNameToken(t) && !OrganisationParser.runHasOrgWord(toks, from, last)) {
                Mention name = parseName(toks, from, last);
                if (name != null) {
                    return name;
                }
            }
            return organisations.parseOrg(toks, from, last);
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

    Mention parseName(List<Tok> toks, int from, int last) {
        int k = last;
        int words = 0;
        while (k >= from) {
            Tok x = toks.get(k);
            boolean particle = k < last
                    && Lexicon.NAME_PARTICLES.contains(x.lower())
                    && k > from
                    && NameShapes.isNameToken(toks.get(k - 1));
            boolean suffix = k == last && Lexicon.NAME_SUFFIXES.contains(x.lower()) && k > from;
            // "Dr. S. R. Kulkarni", "A.K. Menon": initials before a name are part of the printed name, so a claim
            // for "S. R. Kulkarni" matches the speaker stored from it.
            boolean initial = words > 0 && isInitial(x);
            if (k < last && x.isPossessive()) {
                break;
            }
            if (particle || suffix || initial) {
                k--;
                continue;
            }
            if (!NameShapes.isNameTokenAt(toks, k) || words == MAX_CORE) {
                break;
            }
            words++;
            k--;
        }
        int coreStart = k + 1;
        if (words == 0) {
            return null;
        }
        if (Lexicon.LANDFORM_WORDS.contains(toks.get(last).lower())) {
            return null; // "the Eyre Peninsula", "Goulburn Valley growers": a place, however it is capitalised
        }
        // "Physiotherapist Lena Brandvold", "Fly-half Tom" at the start of a sentence: a capitalised role noun
        // is a title.
        if ((words >= 3
                        || words == 2
                                && Lexicon.ROLE_NOUNS.contains(
                                        toks.get(coreStart).lower()))
                && NameShapes.isCapitalisedRole(toks.get(coreStart))) {
            coreStart++;
            words--;
        }
        // "Minister for Arts Aoife Brannigan": capitalised words after a title and "of"/"for" are the title's
        // complement (the portfolio), not the name; the name is the last two words.
        // "Her long-time band, The Moy Tinkers, said": a name run after a capitalised "The" inside a sentence is
        // the name of a band, a ship or an institution, never a person.
        if (coreStart - 2 >= 0
                && coreStart - 1 >= from
                && toks.get(coreStart - 1).text().equals("The")
                && (toks.get(coreStart - 2).isWord()
                        || toks.get(coreStart - 2).isPunct(",")
                        || words >= 2
                                && !Lexicon.isFirstName(toks.get(coreStart).lower()))) {
            // …and "The Long Kitchen is the last play …" opening a sentence, unless a first name follows ("The
            // Garbutts said" is a family).
            return null;
        }
        // "In her memoir, Cold Ledger (2014), she wrote": a capitalised run in apposition to a work is its title.
        if (coreStart - 2 >= 0
                && toks.get(coreStart - 1).isPunct(",")
                && Lexicon.WORK_NOUNS.contains(toks.get(coreStart - 2).lower())) {
            return null;
        }
        boolean complement = false;
        // The portfolio is looked for before the phrase too: a phrase parsed from "Sanitation" on, after the "and" of
        // "Minister of Water and Sanitation", still holds the portfolio's last word.
        while (words > 2 && isTitleComplement(toks, coreStart)) {
            coreStart++;
            words--;
            complement = true;
        }
        // "Det Con Alice Fernley": after "Det" or "Detective", "Con" is the rank (constable), not a first name.
        if (words >= 2 && isDetectiveRank(toks, from, coreStart)) {
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
            gender = NameShapes.genderOf(toks.get(h).lower(), gender);
            h--;
        }
        int honorStart = h + 1;
        // Title prefix: titles, role words, descriptive capitalised words and possessives before the name.
        int p = h;
        boolean hasTitle = honorStart < coreStart;
        int floor = Math.max(from, h - NameShapes.MAX_TITLE_TOKENS);
        int modifiers = 0;
        int ofRole = roleOfPhraseStart(toks, from, h);
        if (ofRole >= 0) {
            // "said chairman of trustees Philippa Oduya", "head of communications Tom Bale": a role noun governing
            // "of" and its lower-case words is one role phrase; words qualifying the role may come before it.
            p = ofRole - 1;
            hasTitle = true;
            modifiers = 1;
            gender = NameShapes.genderOf(toks.get(ofRole).lower(), gender);
        }
        while (p >= floor) {
            Tok x = toks.get(p);
            if (!x.isWord()) {
                break;
            }
            String l = x.lower();
            boolean title =
                    Lexicon.TITLE_WORDS.contains(l) || Lexicon.HONORIFICS.contains(l) || isDetectiveRank(toks, from, p);
            boolean descriptive = x.isCap() || Lexicon.DEMONYMS.contains(l);
            // "Secretary of State", "Ambassador to Israel" — but not "member of Prime Minister …", where a
            // lower-case role word governs a phrase that is itself a title.
            boolean joiner = (l.equals("of") || l.equals("to") || l.equals("for"))
                            && p > from
                            && p + 1 <= h
                            && toks.get(p - 1).isCap()
                            && toks.get(p + 1).isCap()
                    // "Captain and left-back Sam Ellery", "Lifeguard and student Jess Dunn": two roles of one person.
                    || l.equals("and") && hasTitle && p > from && isRoleOrTitle(toks.get(p - 1));
            // "shelter manager Teresa Obuya", "state forester Craig Lindqvist": lower-case role words and the
            // words qualifying them describe the person as surely as a capitalised title does.
            boolean role = !title && !descriptive && !joiner && isRoleWord(toks, p, h, modifiers);
            if (!title && !descriptive && !joiner && !role) {
                break;
            }
            if (role) {
                modifiers++;
                hasTitle = true;
                gender = NameShapes.genderOf(l, gender);
                p--;
                continue;
            }
            if (descriptive
                    && !title
                    && !NameShapes.isCapitalisedRole(x)
                    && NameShapes.isNameToken(x)
                    && !x.isPossessive()
                    && p + 1 < toks.size()
                    && NameShapes.isNameToken(toks.get(p + 1))
                    && p + 1 == coreStart
                    && !complement) {
                break; // another name right before this one
            }
            if (title
                    || NameShapes.isCapitalisedRole(x)
                    || x.isPossessive()
                            && (Lexicon.PLACES.contains(Lexicon.lower(x.withoutPossessive())) || x.isCap())) {
                hasTitle = true;
                gender = NameShapes.genderOf(l, gender);
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
        String core = NameShapes.text(toks, coreStart, last, lastTok);
        String printed = NameShapes.text(toks, prefixStart, last, lastTok);
        boolean titled = prefixStart < coreStart;
        return new Mention(Mention.Type.PERSON_NAME, prefixStart, last, core, printed, titled, gender, false, null);
    }

    /**
     * Whether the run of name words starting at {@code coreStart} follows a title and "of"/"for". It looks back to
     * the start of the text, not the phrase: the title may lie before where the phrase was parsed from.
     */
    private static boolean isTitleComplement(List<Tok> toks, int coreStart) {
        int joiner = coreStart - 1;
        // "Minister of Water and Sanitation Sipho Radebe": a portfolio of two parts joined by "and" is one complement.
        while (joiner >= 0
                && joiner > coreStart - MAX_CORE
                && (toks.get(joiner).isCap() || isPortfolioAnd(toks, joiner, coreStart))) {
            joiner--;
        }
        if (joiner < 1) {
            return false;
        }
        String j = toks.get(joiner).lower();
        return (j.equals("for") || j.equals("of"))
                && Lexicon.TITLE_WORDS.contains(toks.get(joiner - 1).lower());
    }

    /** Whether the token at {@code i} is an "and" between two capitalised words of a portfolio before the name. */
    private static boolean isPortfolioAnd(List<Tok> toks, int i, int coreStart) {
        return i > 0
                && i < coreStart
                && (toks.get(i).lower().equals("and") || toks.get(i).isPunct("&"))
                && toks.get(i - 1).isCap()
                && toks.get(i + 1).isCap();
    }

    /**
     * An initial or a run of them ("S.", "A.K."): letters each followed by a full stop, not an abbreviation the
     * lexicon knows ("U.S.").
     */
    private static boolean isInitial(Tok t) {
        String w = t.text();
        if (!t.isWord() || w.length() < 2 || w.length() % 2 != 0) {
            return false;
        }
        for (int i = 0; i < w.length(); i += 2) {
            if (!Character.isUpperCase(w.charAt(i)) || w.charAt(i + 1) != '.') {
                return false;
            }
        }
        String l = t.lower();
        return !Lexicon.PLACES.contains(l) && !Lexicon.DEMONYMS.contains(l) && !Lexicon.ABBREVIATIONS.contains(l);
    }

    /**
     * "her family said", "his parents said": a kin group after "his" or "her", as a {@link Mention.Type#PRONOUN}
     * mention of that possessive whose head is the kin noun, so that the speaker is the group of the person the
     * possessive means, never that person; null for anything else.
     */
    private static Mention kinOfPronoun(List<Tok> toks, int from, int last) {
        if (last - 1 < from || !Lexicon.KIN_GROUPS.contains(toks.get(last).lower())) {
            return null;
        }
        Tok p = toks.get(last - 1);
        if (!p.lower().equals("his") && !p.lower().equals("her")) {
            return null;
        }
        Gender g = p.lower().equals("his") ? Gender.MALE : Gender.FEMALE;
        return new Mention(
                Mention.Type.PRONOUN,
                last - 1,
                last,
                p.lower(),
                p.text() + " " + toks.get(last).text(),
                false,
                g,
                false,
                toks.get(last).lower());
    }

    /** Whether the token at {@code i} is "Con" right after "Det": a rank, never a first name. */
    private static boolean isDetectiveRank(List<Tok> toks, int from, int i) {
        return i - 1 >= from
                && CONSTABLE.contains(toks.get(i).lower())
                && DETECTIVE.contains(toks.get(i - 1).lower());
    }

    /**
     * The token of the role noun that opens "chairman of trustees", "head of communications" right before the name
     * whose honorifics end at {@code h} (one or two lower-case words after "of"), or -1 when there is none.
     */
    private static int roleOfPhraseStart(List<Tok> toks, int from, int h) {
        for (int of = h - 1; of >= h - 2 && of - 1 >= from; of--) {
            if (!toks.get(of).lower().equals("of")) {
                continue;
            }
            for (int k = of + 1; k <= h; k++) {
                Tok w = toks.get(k);
                if (!w.isWord()
                        || !NameShapes.isLowerWord(w.text())
                        || Lexicon.NOUN_DETERMINERS.contains(w.lower())
                        || Lexicon.CUE_VERBS.contains(w.lower())
                        || Lexicon.GAP_WORDS.contains(w.lower())) {
                    return -1;
                }
            }
            return isRoleOrTitle(toks.get(of - 1)) ? of - 1 : -1;
        }
        return -1;
    }

    /** A role noun or title in any case ("Captain", "Lifeguard", "left-back"). */
    private static boolean isRoleOrTitle(Tok t) {
        String l = t.lower();
        return t.isWord() && NameShapes.isListedRoleOrTitle(l);
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
                || !NameShapes.isLowerWord(x.text())
                || Lexicon.NOT_ROLE_WORDS.contains(l)
                || Lexicon.CUE_VERBS.contains(l)
                || Lexicon.GAP_WORDS.contains(l)
                || Lexicon.CALENDAR.contains(l)) {
            return false;
        }
        if (p == h) {
            return NameShapes.isRoleNoun(l) || Lexicon.TITLE_WORDS.contains(l);
        }
        String next = toks.get(p + 1).lower();
        // "central bank spokeswoman": a word qualifying the qualifier is accepted too, up to the limit.
        return modifiers > 0 || Lexicon.TITLE_WORDS.contains(next) || NameShapes.isRoleNoun(next);
    }
}
